/**
 * Natural Earth 10m cultural layers → atlas features. Natural Earth is drawn for 1:10 million, so
 * every feature is `approximate`, and road classes come from its generic `type` (Major / Secondary
 * Highway), not from China's administrative classes, except where a route number says more.
 */
import type { InfraProperties } from '../../src/lib/data/schemas/infra';
import type { PlaceProperties } from '../../src/lib/data/schemas/places';
import { classFromChineseRef } from '../../src/lib/infra/osm-tags';
import type { InfraClassId } from '../../src/lib/infra/classes';
import type { InfraFeature, Position } from '../../src/lib/infra/osm-to-features';
import { roundCoordinates } from '../build-data/lib/geojson-utils';
import type { LiaoningArea } from '../osm/liaoning-area';
import type { ShapeRecord } from './archive';

/** A field by name, whatever its case (`NAME` in populated places, `name` in roads). */
export function field(p: Record<string, unknown>, key: string): unknown {
  if (key in p) return p[key];
  const k = Object.keys(p).find((x) => x.toLowerCase() === key);
  return k === undefined ? undefined : p[k];
}

const str = (v: unknown): string | null =>
  typeof v === 'string' && v.trim() !== '' ? v : typeof v === 'number' ? String(v) : null;
const num = (v: unknown): number | null =>
  v === null || v === undefined || v === '' || !Number.isFinite(Number(v)) ? null : Number(v);

/** The source's attributes as shown in tooltips: non-empty values, original field names. */
export function keepAttributes(p: Record<string, unknown>): InfraProperties['attributes'] {
  const out: InfraProperties['attributes'] = {};
  for (const [k, v] of Object.entries(p)) {
    if (v === null || v === undefined || v === '') continue;
    out[k] = typeof v === 'number' || typeof v === 'boolean' ? v : String(v);
  }
  return out;
}

/** The record's id: Natural Earth's `ne_id` where present, else its record number in the shapefile. */
function recordId(prefix: string, r: ShapeRecord): string {
  const neId = num(field(r.properties, 'ne_id'));
  return `${prefix}-${neId !== null ? neId : `fid${r.fid}`}`;
}

/** Lines of a record, cut to Liaoning (pieces in the province), rounded; [] if none is inside. */
function clippedLines(r: ShapeRecord, area: LiaoningArea): Position[][] {
  const g = r.geometry;
  const lines =
    g?.type === 'LineString'
      ? [g.coordinates as Position[]]
      : g?.type === 'MultiLineString'
        ? (g.coordinates as Position[][])
        : [];
  return lines
    .flatMap((l) => area.clipLine(l))
    .map((l) => roundCoordinates(l).filter((p, i, a) => i === 0 || p[0] !== a[i - 1][0] || p[1] !== a[i - 1][1]))
    .filter((l) => l.length >= 2);
}

function lineGeometry(lines: Position[][]): InfraFeature['geometry'] {
  return lines.length === 1
    ? { type: 'LineString', coordinates: lines[0] }
    : { type: 'MultiLineString', coordinates: lines };
}

function infra(
  id: string,
  cls: InfraClassId,
  theme: InfraProperties['theme'],
  p: Record<string, unknown>,
  extra: Partial<InfraProperties>,
  source: string,
) {
  const properties: InfraProperties = {
    id,
    theme,
    class: cls,
    name: str(field(p, 'name')),
    ref: null,
    voltage_kv: null,
    capacity_mw: null,
    grade: null,
    approximate: true,
    source,
    attributes: keepAttributes(p),
    ...extra,
  };
  return properties;
}

/** NE roads → expressway (expressway = 1), else by route number, else national (Major Highway, Beltway, Bypass), provincial (Secondary Highway) or county road (other types); ferries left out. */
export function neRoadClass(p: Record<string, unknown>, ref: string | null): InfraClassId | null {
  const type = str(field(p, 'type')) ?? '';
  if (/ferry/i.test(type) || /ferry/i.test(str(field(p, 'featurecla')) ?? '')) return null;
  if (num(field(p, 'expressway')) === 1) return 'expressway';
  const byRef = classFromChineseRef(ref ?? undefined);
  if (byRef) return byRef;
  if (['Major Highway', 'Beltway', 'Bypass'].includes(type)) return 'national_road';
  if (type === 'Secondary Highway') return 'provincial_road';
  return 'county_road';
}

/** ne_10m_roads records → road features cut to Liaoning. */
export function neRoadFeatures(records: ShapeRecord[], area: LiaoningArea, source: string): InfraFeature[] {
  const out: InfraFeature[] = [];
  for (const r of records) {
    const label = str(field(r.properties, 'label'));
    // `label` is the route shield text; taken as the ref only when it looks like one (G15, S201).
    const ref = label && /^[A-Z]{0,2}\d+[A-Z]?$/.test(label) ? label : null;
    const cls = neRoadClass(r.properties, ref);
    const lines = cls ? clippedLines(r, area) : [];
    if (!cls || lines.length === 0) continue;
    const id = recordId('ne-road', r);
    out.push({
      type: 'Feature',
      id,
      properties: infra(id, cls, 'roads', r.properties, { ref }, source),
      geometry: lineGeometry(lines),
    });
  }
  return out;
}

/** ne_10m_railroads records → railway features cut to Liaoning. */
export function neRailFeatures(records: ShapeRecord[], area: LiaoningArea, source: string): InfraFeature[] {
  const out: InfraFeature[] = [];
  for (const r of records) {
    const lines = clippedLines(r, area);
    if (lines.length === 0) continue;
    const id = recordId('ne-rail', r);
    out.push({
      type: 'Feature',
      id,
      properties: infra(id, 'railway', 'roads', r.properties, {}, source),
      geometry: lineGeometry(lines),
    });
  }
  return out;
}

function pointOf(r: ShapeRecord): Position | null {
  const g = r.geometry;
  if (g?.type === 'Point') return g.coordinates as Position;
  if (g?.type === 'MultiPoint') return (g.coordinates as Position[])[0] ?? null;
  return null;
}

/** ne_10m_ports records in Liaoning → port features (theme tourism: gateways). */
export function nePortFeatures(records: ShapeRecord[], area: LiaoningArea, source: string): InfraFeature[] {
  const out: InfraFeature[] = [];
  for (const r of records) {
    const p = pointOf(r);
    if (!p || !area.contains(p[0], p[1])) continue;
    const id = recordId('ne-port', r);
    out.push({
      type: 'Feature',
      id,
      properties: infra(id, 'port', 'tourism', r.properties, {}, source),
      geometry: { type: 'Point', coordinates: roundCoordinates(p) },
    });
  }
  return out;
}

/** ne_10m_populated_places records in Liaoning → place features. */
export function nePlaceFeatures(records: ShapeRecord[], area: LiaoningArea) {
  const out: {
    type: 'Feature';
    id: string;
    properties: PlaceProperties;
    geometry: { type: 'Point'; coordinates: Position };
  }[] = [];
  for (const r of records) {
    const p = pointOf(r);
    const name = str(field(r.properties, 'name'));
    if (!p || !name || !area.contains(p[0], p[1])) continue;
    const pop = num(field(r.properties, 'pop_max'));
    const rank = num(field(r.properties, 'scalerank'));
    const properties: PlaceProperties = {
      name,
      name_zh: str(field(r.properties, 'name_zh')),
      // Natural Earth writes -99 for "unknown".
      pop_max: pop !== null && pop >= 0 ? Math.round(pop) : null,
      feature_class: str(field(r.properties, 'featurecla')),
      rank: rank !== null && rank >= 0 && rank <= 10 ? Math.round(rank) : null,
    };
    out.push({
      type: 'Feature',
      id: recordId('ne-place', r),
      properties,
      geometry: { type: 'Point', coordinates: roundCoordinates(p) },
    });
  }
  return out;
}
