/** Deterministic helpers for pipeline output: rounding, sorting, stable serialisation. */
export { computeBbox } from '../../../src/lib/data/bbox';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Round a coordinate to 6 decimals (~0.1 m), normalising -0 to 0. */
export function roundCoord(value: number, decimals = 6): number {
  const f = 10 ** decimals;
  const r = Math.round(value * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

/** Recursively round every number inside nested coordinate arrays. */
export function roundCoordinates<T>(coords: T, decimals = 6): T {
  if (typeof coords === 'number') return roundCoord(coords, decimals) as T;
  if (Array.isArray(coords)) return coords.map((c) => roundCoordinates(c, decimals)) as T;
  return coords;
}

/**
 * JSON with a stable layout: GeoJSON keys in a conventional order (type, id, properties, geometry),
 * other object keys in insertion order, one feature per line so diffs stay readable.
 */
export function stableStringify(value: unknown): string {
  const v = value as { type?: string; features?: unknown[] };
  if (v && v.type === 'FeatureCollection' && Array.isArray(v.features)) {
    const { features, ...rest } = v as { features: unknown[] } & Record<string, unknown>;
    const head = JSON.stringify(orderKeys(rest as Json));
    const lines = features.map((f) => JSON.stringify(orderKeys(f as Json)));
    return `${head.slice(0, -1)},"features":[\n${lines.join(',\n')}\n]}`;
  }
  return JSON.stringify(orderKeys(value as Json), null, 2);
}

const FEATURE_KEY_ORDER = ['type', 'id', 'properties', 'geometry', 'coordinates'];

function orderKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(orderKeys);
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    const known = FEATURE_KEY_ORDER.filter((k) => keys.includes(k));
    const rest = keys.filter((k) => !FEATURE_KEY_ORDER.includes(k));
    const out: Record<string, Json> = {};
    for (const k of [...known, ...rest]) out[k] = orderKeys(value[k]);
    return out;
  }
  return value;
}

/** Number of features of a FeatureCollection, or of records of a top-level array; 1 otherwise. */
export function countFeatures(value: unknown): number {
  const v = value as { features?: unknown[] };
  if (v && Array.isArray(v.features)) return v.features.length;
  if (Array.isArray(value)) return value.length;
  return 1;
}
