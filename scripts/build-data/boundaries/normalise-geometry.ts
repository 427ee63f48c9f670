/**
 * Geometry clean-up shared by the pipeline and its golden test: GCJ-02 → WGS84 per vertex,
 * rounding, removal of repeated vertices and RFC 7946 winding, always as a MultiPolygon.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { gcj02ToWgs84, type LonLat } from '../../../src/lib/io/crs';
import { roundCoordinates } from '../lib/geojson-utils';

/** A 2D position as the shared schemas type it (GeoJSON's `Position` is any-length `number[]`). */
export type Pos = [number, number];
/** The MultiPolygon every boundary dataset uses, with 2D positions. */
export interface MultiPolygon2 {
  type: 'MultiPolygon';
  coordinates: Pos[][][];
}

/** Convert one GCJ-02 position to WGS84 and round it to 6 decimals. */
export function convertPosition(p: Position): Pos {
  return roundCoordinates(gcj02ToWgs84([p[0], p[1]] as LonLat));
}

/**
 * Drop repeated positions and zero-width spikes, and close the ring. Rounding can merge neighbours,
 * and the source, quantised to 1/1024°, has vertices that repeat and out-and-back spikes (A→B→A);
 * both make an invalid ring. Spikes are found by exact equality, so only true back-tracks go.
 * Returns null when fewer than 3 distinct positions remain, i.e. the ring has no area.
 */
export function cleanRing(ring: Position[]): Pos[] | null {
  const same = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];
  const out: Pos[] = [];
  for (const p of ring) {
    if (out.length > 0 && same(out[out.length - 1], p)) continue;
    if (out.length > 1 && same(out[out.length - 2], p)) {
      out.pop(); // A→B→A: drop the spike tip B; the stack now ends in A, so p is not pushed again
      continue;
    }
    out.push([p[0], p[1]]);
  }
  // The ring is circular: repeat the same removals across the seam between its end and its start.
  for (;;) {
    const n = out.length;
    if (n >= 2 && same(out[0], out[n - 1])) out.pop();
    else if (n >= 3 && same(out[n - 2], out[0])) out.pop();
    else if (n >= 3 && same(out[n - 1], out[1])) out.shift();
    else break;
  }
  if (out.length < 3) return null;
  out.push([out[0][0], out[0][1]]);
  return out;
}

/** Twice the signed planar area of a closed ring (positive = counter-clockwise). */
export function signedArea2(ring: Position[]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return s;
}

/**
 * Wind rings as RFC 7946 asks: exterior counter-clockwise, holes clockwise. Reversing keeps the
 * first position, so the output does not depend on where a ring started beyond the source's choice.
 */
export function windPolygon(rings: Pos[][]): Pos[][] {
  return rings.map((ring, i) => {
    const ccw = signedArea2(ring) > 0;
    const wantCcw = i === 0;
    return ccw === wantCcw ? ring : [...ring].reverse();
  });
}

/**
 * Normalise a polygonal geometry: apply `transform` to every vertex (conversion and rounding),
 * clean and wind every ring, drop parts whose exterior collapsed, return a MultiPolygon.
 * Throws if nothing with area is left, naming `label` (the feature) in the message.
 */
export function normaliseGeometry(
  geometry: Polygon | MultiPolygon,
  transform: (p: Position) => Position,
  label: string,
): MultiPolygon2 {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const out: Pos[][][] = [];
  for (const part of parts) {
    const rings = part.map((ring) => cleanRing(ring.map(transform)));
    if (!rings[0]) continue; // the exterior collapsed: holes of it mean nothing either
    const kept = rings.filter((r): r is Pos[] => r !== null);
    out.push(windPolygon(kept));
  }
  if (out.length === 0) throw new Error(`${label}: geometry has no ring with area after cleaning`);
  return { type: 'MultiPolygon', coordinates: out };
}

/** Every ring of a (Multi)Polygon, for checks that look at all rings alike. */
export function allRings(geometry: Polygon | MultiPolygon): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}
