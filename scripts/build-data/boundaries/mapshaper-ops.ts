/**
 * The three mapshaper operations the pipeline needs, run in memory through `applyCommands`:
 * topology-preserving simplification, dissolve, and interior label points. Inputs carry only the
 * fields mapshaper needs (codes); callers re-attach their own properties by code.
 */
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

interface Mapshaper {
  applyCommands(commands: string, input: Record<string, unknown>): Promise<Record<string, string | Uint8Array>>;
}
// mapshaper ships no type declarations and lives in scripts/node_modules, hence require.
const mapshaper = createRequire(import.meta.url)('mapshaper') as Mapshaper;

/** GeoJSON output options used everywhere: 6 decimals, like the rest of data/. */
const OUT = 'format=geojson geojson-type=FeatureCollection precision=0.000001';

type AreaFeature = Feature<Polygon | MultiPolygon, Record<string, string>>;

async function run(commands: string, input: FeatureCollection): Promise<FeatureCollection> {
  // mapshaper's GeoJSON import rewinds rings in place; give it a copy so callers' geometry stays RFC 7946.
  const out = await mapshaper.applyCommands(`-i in.json ${commands} -o out.json ${OUT}`, {
    'in.json': structuredClone(input),
  });
  const raw = out['out.json'];
  if (raw === undefined) throw new Error(`mapshaper "${commands}" wrote no output`);
  // mapshaper returns GeoJSON as a Buffer (or a string, depending on version and size).
  const text = typeof raw === 'string' ? raw : Buffer.from(raw).toString('utf8');
  const json = JSON.parse(text) as FeatureCollection;
  if (json.type !== 'FeatureCollection')
    throw new Error(`mapshaper "${commands}" wrote a ${json.type}, expected features`);
  return json;
}

/**
 * Ramer–Douglas–Peucker simplification at `intervalM` metres on mapshaper's shared-arc topology,
 * so neighbouring counties keep identical edges; `keep-shapes` stops small islands from vanishing.
 * Then `-clean gap-width=0 overlap-rule=min-area` rebuilds the rings: it splits the pinched and
 * self-crossing rings left by the source's 1/1024° quantisation into simple rings, fills no gap,
 * and gives any overlap to the smaller feature, because the source's overlaps are exclaves drawn
 * on top of the surrounding county (兴隆台区's oilfield parts over 大洼区).
 * Features are matched back by `key`; throws if one is lost.
 */
export async function simplifyPolygons(
  features: readonly AreaFeature[],
  key: string,
  intervalM: number,
): Promise<Map<string, Polygon | MultiPolygon>> {
  if (!(intervalM > 0)) throw new RangeError(`simplification interval must be > 0 m, got ${intervalM}`);
  const fc = await run(`-simplify dp interval=${intervalM} keep-shapes -clean gap-width=0 overlap-rule=min-area`, {
    type: 'FeatureCollection',
    features: [...features],
  });
  return geometriesByKey(fc, key, features.length);
}

/**
 * Dissolve polygons by the value of `key` (or all into one when `key` is null) without filling any
 * gap (`gap-width=0`): the output must be exactly the union of the inputs, so gaps stay visible.
 */
export async function dissolvePolygons(
  features: readonly AreaFeature[],
  key: string | null,
): Promise<Map<string, Polygon | MultiPolygon>> {
  const fc = await run(['-dissolve', key, 'gap-width=0'].filter(Boolean).join(' '), {
    type: 'FeatureCollection',
    features: [...features],
  });
  if (key === null) {
    if (fc.features.length !== 1) throw new Error(`dissolving everything gave ${fc.features.length} features`);
    return new Map([['*', fc.features[0].geometry as Polygon | MultiPolygon]]);
  }
  return geometriesByKey(fc, key, new Set(features.map((f) => f.properties[key])).size);
}

/**
 * A label point inside the largest ring of each feature: mapshaper's polylabel-based
 * `-points inner` with the pure pole-of-inaccessibility method (the point farthest from the edge).
 */
export async function innerPoints(
  features: readonly AreaFeature[],
  key: string,
): Promise<Map<string, [number, number]>> {
  const fc = await run('-points inner inner-method=pole', { type: 'FeatureCollection', features: [...features] });
  const out = new Map<string, [number, number]>();
  for (const f of fc.features as Feature<Point, Record<string, string>>[]) {
    if (f.geometry?.type !== 'Point') throw new Error(`no inner point for ${key}=${f.properties?.[key]}`);
    out.set(f.properties[key], [f.geometry.coordinates[0], f.geometry.coordinates[1]]);
  }
  if (out.size !== features.length) throw new Error(`inner points: ${out.size} points for ${features.length} features`);
  return out;
}

function geometriesByKey(fc: FeatureCollection, key: string, expected: number): Map<string, Polygon | MultiPolygon> {
  const out = new Map<string, Polygon | MultiPolygon>();
  for (const f of fc.features) {
    const k = (f.properties as Record<string, string> | null)?.[key];
    const g = f.geometry;
    if (!k) throw new Error(`mapshaper output feature without ${key}`);
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon'))
      throw new Error(`${key}=${k}: geometry lost in mapshaper`);
    out.set(k, g);
  }
  if (out.size !== expected) throw new Error(`mapshaper returned ${out.size} features by ${key}, expected ${expected}`);
  return out;
}
