/**
 * Which counties touch the sea, measured on the polygons: the length of each county's outer
 * boundary (edges on the province outline, so not shared with another county) that lies seaward
 * of the GSHHG land polygons or within `toleranceM` of their shoreline. Pure and deterministic.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

export interface AreaUnit {
  code: string;
  geometry: Polygon | MultiPolygon;
}

const R = 6371008.8;
const RAD = Math.PI / 180;
type XY = [number, number];

const polygonsOf = (g: Polygon | MultiPolygon): Position[][][] =>
  g.type === 'Polygon' ? [g.coordinates] : g.coordinates;

function pointInRing(p: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function distanceToSegment(p: XY, a: XY, b: XY): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** The land polygons with their bboxes, and their shoreline in a grid of `cell`-metre squares. */
function indexLand(land: readonly (Polygon | MultiPolygon)[], project: (p: Position) => XY, cell: number) {
  const polygons = land.flatMap(polygonsOf).map((rings) => {
    const xs = rings[0].map((p) => p[0]);
    const ys = rings[0].map((p) => p[1]);
    return { rings, bbox: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] };
  });
  const segments: [XY, XY][] = [];
  const grid = new Map<string, number[]>();
  for (const { rings } of polygons)
    for (const ring of rings)
      for (let i = 1; i < ring.length; i++) {
        const a = project(ring[i - 1]);
        const b = project(ring[i]);
        const id = segments.push([a, b]) - 1;
        const [x0, x1] = [Math.floor(Math.min(a[0], b[0]) / cell), Math.floor(Math.max(a[0], b[0]) / cell)];
        const [y0, y1] = [Math.floor(Math.min(a[1], b[1]) / cell), Math.floor(Math.max(a[1], b[1]) / cell)];
        for (let x = x0; x <= x1; x++)
          for (let y = y0; y <= y1; y++) {
            const key = `${x},${y}`;
            const list = grid.get(key);
            if (list) list.push(id);
            else grid.set(key, [id]);
          }
      }
  const onLand = (p: Position) =>
    polygons.some(
      ({ rings, bbox }) =>
        p[0] >= bbox[0] &&
        p[0] <= bbox[2] &&
        p[1] >= bbox[1] &&
        p[1] <= bbox[3] &&
        pointInRing(p, rings[0]) &&
        !rings.slice(1).some((hole) => pointInRing(p, hole)),
    );
  /** Distance to the nearest shoreline segment in the 3×3 cells around p (Infinity if none). */
  const nearShore = (p: XY) => {
    const [cx, cy] = [Math.floor(p[0] / cell), Math.floor(p[1] / cell)];
    let best = Infinity;
    for (let x = cx - 1; x <= cx + 1; x++)
      for (let y = cy - 1; y <= cy + 1; y++)
        for (const id of grid.get(`${x},${y}`) ?? []) best = Math.min(best, distanceToSegment(p, ...segments[id]));
    return best;
  };
  return { onLand, nearShore };
}

/**
 * Per county code, the km (1 decimal) of its outer boundary that is sea shore: edges whose both
 * ends are vertices of `province` (the dissolved outline, so they are not shared with a neighbour)
 * and whose midpoint is off the `land` polygons or within `toleranceM` of their shoreline.
 * Distances on a sinusoidal projection centred on the province (error well under 1 % here).
 */
export function seaShoreKm(
  counties: readonly AreaUnit[],
  province: Polygon | MultiPolygon,
  land: readonly (Polygon | MultiPolygon)[],
  toleranceM: number,
): Map<string, number> {
  if (!(toleranceM > 0)) throw new RangeError(`seaShoreKm: toleranceM must be > 0, got ${toleranceM}`);
  if (counties.length === 0) throw new Error('seaShoreKm: no counties');
  if (land.length === 0) throw new Error('seaShoreKm: no land polygons');
  const outline = new Set<string>();
  let [west, east] = [Infinity, -Infinity];
  for (const rings of polygonsOf(province))
    for (const ring of rings)
      for (const p of ring) {
        outline.add(`${p[0]},${p[1]}`);
        [west, east] = [Math.min(west, p[0]), Math.max(east, p[0])];
      }
  const lon0 = (west + east) / 2;
  const project = (p: Position): XY => [R * (p[0] - lon0) * RAD * Math.cos(p[1] * RAD), R * p[1] * RAD];
  const { onLand, nearShore } = indexLand(land, project, toleranceM);

  const out = new Map<string, number>();
  for (const county of counties) {
    let metres = 0;
    for (const rings of polygonsOf(county.geometry))
      for (const ring of rings)
        for (let i = 1; i < ring.length; i++) {
          const [a, b] = [ring[i - 1], ring[i]];
          if (!outline.has(`${a[0]},${a[1]}`) || !outline.has(`${b[0]},${b[1]}`)) continue;
          const [pa, pb] = [project(a), project(b)];
          const mid: Position = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
          if (nearShore(project(mid)) <= toleranceM || !onLand(mid)) metres += Math.hypot(pa[0] - pb[0], pa[1] - pb[1]);
        }
    out.set(county.code, Math.round(metres / 100) / 10);
  }
  return out;
}
