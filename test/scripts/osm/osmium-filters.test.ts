/**
 * The osmium tags-filter expressions of data:osm must let through every object classifyOsmTags
 * keeps; otherwise the command would silently lose a class the Overpass loader shows.
 */
import { describe, expect, it } from 'vitest';
import { classifyOsmTags, type OsmGeometryKind } from '../../../src/lib/infra/osm-tags';
import { OSMIUM_TAG_FILTERS } from '../../../scripts/osm/osmium';

/** osmium's expression semantics for the forms used: `[nwr]/key` and `[nwr]/key=v1,v2`. */
function passes(tags: Record<string, string>, type: 'n' | 'w' | 'r'): boolean {
  return OSMIUM_TAG_FILTERS.some((expr) => {
    const [types, rest] = expr.split('/');
    if (!types.includes(type)) return false;
    const [key, values] = rest.split('=');
    return key in tags && (values === undefined || values.split(',').includes(tags[key]));
  });
}

const SAMPLES: [Record<string, string>, OsmGeometryKind][] = [
  [{ highway: 'motorway_link' }, 'line'],
  [{ highway: 'unclassified', ref: 'Y001' }, 'line'],
  [{ railway: 'narrow_gauge' }, 'line'],
  [{ railway: 'halt' }, 'point'],
  [{ public_transport: 'station', train: 'yes' }, 'area'],
  [{ power: 'minor_line', voltage: '10000' }, 'line'],
  [{ power: 'substation' }, 'point'],
  [{ power: 'plant', 'plant:source': 'wind' }, 'area'],
  [{ power: 'generator', 'generator:source': 'solar', name: '光伏' }, 'area'],
  [{ waterway: 'canal' }, 'line'],
  [{ natural: 'water', water: 'lake' }, 'area'],
  [{ landuse: 'reservoir' }, 'area'],
  [{ man_made: 'water_works' }, 'point'],
  [{ tourism: 'zoo' }, 'area'],
  [{ leisure: 'park', 'tourism:grade': '4A' }, 'area'],
  [{ tourism: 'chalet', agritourism: 'yes' }, 'point'],
  [{ aeroway: 'aerodrome' }, 'area'],
  [{ 'seamark:type': 'harbour' }, 'point'],
  [{ landuse: 'port' }, 'area'],
  [{ industrial: 'port' }, 'area'],
  [{ harbour: 'yes' }, 'point'],
];

describe('OSMIUM_TAG_FILTERS', () => {
  it.each(SAMPLES)('lets %o (%s) through', (tags, geometry) => {
    expect(classifyOsmTags(tags, geometry)).not.toBeNull();
    const types =
      geometry === 'point' ? (['n'] as const) : geometry === 'line' ? (['w'] as const) : (['w', 'r'] as const);
    for (const t of types) expect(passes(tags, t), `${t} ${JSON.stringify(tags)}`).toBe(true);
  });
});
