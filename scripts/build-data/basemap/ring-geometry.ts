/** Small planar/spherical helpers on lon/lat rings, used to polygonise and check the basemap. */

/** A WGS84 position [lon, lat] in degrees. */
export type Position = [number, number];
/** A closed ring: first position equals the last. */
export type Ring = Position[];

/** WGS84 semi-major axis, as used by turf's `area` (so areas agree with the rest of the pipeline). */
const EARTH_RADIUS_M = 6378137;

/**
 * Twice the signed planar area (shoelace) of a ring in degree units: positive when counter-clockwise.
 * Only the sign and relative size matter here, so degrees are fine.
 */
export function signedArea2(ring: Ring): number {
  let sum = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[i + 1];
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

/**
 * Area of a ring on the sphere in km² (Chamberlain & Duquette 2007, the formula turf uses).
 * Accurate to well under 1 % at Liaoning's latitudes, enough to drop specks below a threshold.
 */
export function ringAreaKm2(ring: Ring): number {
  const n = ring.length - 1;
  if (n < 3) return 0;
  const rad = Math.PI / 180;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const lower = ring[i];
    const middle = ring[(i + 1) % n];
    const upper = ring[(i + 2) % n];
    total += (upper[0] - lower[0]) * rad * Math.sin(middle[1] * rad);
  }
  return Math.abs((total * EARTH_RADIUS_M * EARTH_RADIUS_M) / 2) / 1e6;
}

/**
 * Whether `point` is strictly inside `ring` (even–odd ray casting). Points exactly on an edge may
 * go either way, so callers test points well away from the shore.
 */
export function pointInRing(point: Position, ring: Ring): boolean {
  const [px, py] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether `point` lies inside a polygon (outer ring minus holes). */
export function pointInPolygon(point: Position, polygon: Ring[]): boolean {
  if (polygon.length === 0 || !pointInRing(point, polygon[0])) return false;
  return !polygon.slice(1).some((hole) => pointInRing(point, hole));
}

/** The ring with the requested winding (RFC 7946: outer rings counter-clockwise, holes clockwise). */
export function orientRing(ring: Ring, counterClockwise: boolean): Ring {
  const isCcw = signedArea2(ring) > 0;
  return isCcw === counterClockwise ? ring : [...ring].reverse();
}

/**
 * Drop consecutive repeated positions (rounding can create them) and make sure the ring is closed.
 * Returns null when fewer than 3 distinct corners are left, i.e. the ring collapsed.
 */
export function cleanRing(ring: Ring): Ring | null {
  const out: Ring = [];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push([p[0], p[1]]);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (out.length > 1 && first[0] === last[0] && first[1] === last[1]) out.pop();
  if (out.length < 3) return null;
  out.push([out[0][0], out[0][1]]);
  return out;
}

/** Bounding box [west, south, east, north] of a list of positions. */
export function boundsOf(points: Position[]): [number, number, number, number] {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const [x, y] of points) {
    if (x < w) w = x;
    if (y < s) s = y;
    if (x > e) e = x;
    if (y > n) n = y;
  }
  return [w, s, e, n];
}
