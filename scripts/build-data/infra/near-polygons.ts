/** Keep the parts of lines that lie in or near a set of polygons (the province), vertex by vertex. */
import { boundsOf, pointInPolygon, type Position, type Ring } from '../basemap/ring-geometry';

/** Kilometres per degree of latitude, and of longitude at the equator (local equirectangular). */
const KM_PER_DEG_LAT = 110.57;
const KM_PER_DEG_LON = 111.32;

type Bounds = [number, number, number, number];

/** Distance in km from `p` to the segment a–b, on a plane scaled at p's latitude (fine over tens of km). */
export function pointSegmentKm(p: Position, a: Position, b: Position): number {
  const kx = KM_PER_DEG_LON * Math.cos((p[1] * Math.PI) / 180);
  const ax = (a[0] - p[0]) * kx;
  const ay = (a[1] - p[1]) * KM_PER_DEG_LAT;
  const bx = (b[0] - p[0]) * kx;
  const by = (b[1] - p[1]) * KM_PER_DEG_LAT;
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

/** Point tests against polygons (outer ring plus holes), with a bounding-box filter per polygon. */
export interface PolygonTests {
  /** Whether `p` is inside one of the polygons. */
  contains(p: Position): boolean;
  /** Distance in km from `p` to the nearest polygon (0 inside); `Infinity` beyond `maxKm` (finite). */
  distanceKm(p: Position, maxKm: number): number;
}

/** Grid cell for the edge index, in degrees (~5 km): a distance query looks at a few cells only. */
const CELL_DEG = 0.05;

type Segment = [Position, Position];

/** Every polygon edge, filed under each grid cell its bounding box touches. */
function indexEdges(polygons: Ring[][]): Map<string, Segment[]> {
  const cells = new Map<string, Segment[]>();
  for (const poly of polygons) {
    for (const ring of poly) {
      for (let j = 1; j < ring.length; j++) {
        const a = ring[j - 1];
        const b = ring[j];
        for (
          let ix = Math.floor(Math.min(a[0], b[0]) / CELL_DEG);
          ix <= Math.floor(Math.max(a[0], b[0]) / CELL_DEG);
          ix++
        ) {
          for (
            let iy = Math.floor(Math.min(a[1], b[1]) / CELL_DEG);
            iy <= Math.floor(Math.max(a[1], b[1]) / CELL_DEG);
            iy++
          ) {
            const key = `${ix},${iy}`;
            const list = cells.get(key);
            if (list) list.push([a, b]);
            else cells.set(key, [[a, b]]);
          }
        }
      }
    }
  }
  return cells;
}

/**
 * Point tests for `polygons`. Distances are measured to every ring's edges, holes included, which is
 * what "near the province" means at a pinched border.
 *
 * @throws if there are no polygons or a ring has fewer than 4 positions
 */
export function makePolygonTests(polygons: Ring[][]): PolygonTests {
  if (polygons.length === 0) throw new Error('makePolygonTests: no polygons given');
  polygons.forEach((poly, i) =>
    poly.forEach((ring, k) => {
      if (ring.length < 4) throw new Error(`makePolygonTests: polygon ${i} ring ${k} has ${ring.length} positions`);
    }),
  );
  const bounds: Bounds[] = polygons.map((poly) => boundsOf(poly[0]));
  const edges = indexEdges(polygons);
  const contains = (p: Position): boolean =>
    polygons.some((poly, i) => {
      const [w, s, e, n] = bounds[i];
      return p[0] >= w && p[0] <= e && p[1] >= s && p[1] <= n && pointInPolygon(p, poly);
    });
  return {
    contains,
    distanceKm(p, maxKm) {
      if (!(maxKm >= 0 && Number.isFinite(maxKm))) throw new Error(`distanceKm: maxKm must be finite, got ${maxKm}`);
      if (contains(p)) return 0;
      // Cells within maxKm of p; an edge farther than that cannot matter.
      const rx = Math.ceil(maxKm / (KM_PER_DEG_LON * Math.cos((p[1] * Math.PI) / 180) * CELL_DEG));
      const ry = Math.ceil(maxKm / (KM_PER_DEG_LAT * CELL_DEG));
      const cx = Math.floor(p[0] / CELL_DEG);
      const cy = Math.floor(p[1] / CELL_DEG);
      let best = Infinity;
      for (let ix = cx - rx; ix <= cx + rx; ix++) {
        for (let iy = cy - ry; iy <= cy + ry; iy++) {
          for (const [a, b] of edges.get(`${ix},${iy}`) ?? []) best = Math.min(best, pointSegmentKm(p, a, b));
        }
      }
      return best <= maxKm ? best : Infinity;
    },
  };
}

/**
 * The runs of consecutive vertices of `line` for which `keep` holds, each with at least two
 * positions. Cuts fall on vertices, not on the exact edge of the kept zone: good enough where vertices
 * are much closer together than the zone is wide.
 */
export function splitLineWhere(line: Position[], keep: (p: Position) => boolean): Position[][] {
  const runs: Position[][] = [];
  let current: Position[] = [];
  for (const p of line) {
    if (keep(p)) {
      current.push(p);
      continue;
    }
    if (current.length >= 2) runs.push(current);
    current = [];
  }
  if (current.length >= 2) runs.push(current);
  return runs;
}

/** The polygons of a GeoJSON Polygon or MultiPolygon geometry, as rings (e.g. the province's). */
export function polygonsOf(geometry: { type: string; coordinates: unknown }): Ring[][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates as Ring[]];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as Ring[][];
  throw new Error(`expected a Polygon or MultiPolygon, got ${geometry.type}`);
}
