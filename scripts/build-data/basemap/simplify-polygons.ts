/** Simplify basemap geometry with mapshaper, then round and tidy it for deterministic output. */
import { createRequire } from 'node:module';
import { roundCoordinates } from '../lib/geojson-utils';
import { cleanRing, orientRing, type Position, type Ring } from './ring-geometry';

interface Mapshaper {
  applyCommands(commands: string, input: Record<string, string>): Promise<Record<string, Buffer | string>>;
}
// mapshaper ships no type declarations; this is the one function used.
const mapshaper = createRequire(import.meta.url)('mapshaper') as Mapshaper;

type Geometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'LineString'; coordinates: Position[] };

/**
 * Simplify polygons or lines with mapshaper's weighted Visvalingam at `intervalM` metres (measured on the
 * sphere, as the data are lon/lat). `keep-shapes` keeps every polygon, however small; mapshaper repairs
 * any self-intersection simplification makes. Order is kept: output[i] is input[i], or null where
 * mapshaper dropped a geometry (a line collapsed to a point).
 */
export async function simplifyGeometries<G extends Geometry>(
  geometries: G[],
  intervalM: number,
): Promise<(G | null)[]> {
  if (!(intervalM > 0)) throw new Error(`simplifyGeometries: interval must be > 0 m, got ${intervalM}`);
  if (geometries.length === 0) return [];
  const input = {
    type: 'FeatureCollection',
    features: geometries.map((geometry, i) => ({ type: 'Feature', properties: { i }, geometry })),
  };
  const out = await mapshaper.applyCommands(
    `-i in.json -simplify interval=${intervalM} keep-shapes -o out.json format=geojson`,
    { 'in.json': JSON.stringify(input) },
  );
  const result = JSON.parse(String(out['out.json'])) as {
    features: { properties: { i: number }; geometry: G | null }[];
  };
  const byIndex = new Array<G | null>(geometries.length).fill(null);
  for (const f of result.features) byIndex[f.properties.i] = f.geometry;
  return byIndex;
}

/**
 * Round a polygon to 6 decimals (~0.1 m), drop positions that rounding made repeat and rings that
 * collapsed, and wind it per RFC 7946 (outer counter-clockwise, holes clockwise).
 * Returns null if the outer ring collapsed.
 */
export function finishPolygon(rings: Ring[]): Ring[] | null {
  const out: Ring[] = [];
  for (const [k, ring] of rings.entries()) {
    const clean = cleanRing(roundCoordinates(ring));
    if (!clean) {
      if (k === 0) return null;
      continue;
    }
    out.push(orientRing(clean, k === 0));
  }
  return out;
}

/** Round a line to 6 decimals and drop repeated positions; null if fewer than 2 positions are left. */
export function finishLine(line: Position[]): Position[] | null {
  const rounded = roundCoordinates(line);
  const out = rounded.filter((p, i) => i === 0 || p[0] !== rounded[i - 1][0] || p[1] !== rounded[i - 1][1]);
  return out.length >= 2 ? out : null;
}

/** Number of positions in nested coordinate arrays (for the build log). */
export function countPositions(coords: unknown): number {
  if (!Array.isArray(coords)) return 0;
  if (typeof coords[0] === 'number') return 1;
  return coords.reduce((n: number, c: unknown) => n + countPositions(c), 0);
}
