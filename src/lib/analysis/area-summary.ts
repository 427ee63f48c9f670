import {
  area as turfArea,
  bbox as turfBbox,
  booleanIntersects,
  booleanPointInPolygon,
  coordAll,
  featureCollection,
  intersect,
  pointToLineDistance,
} from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { AnyCollection, AnyFeature } from '../layers/types';

/** A county the drawn area reaches, and how much of the area lies in it. */
export interface CountyShare {
  code: string;
  name_zh: string;
  name_en: string;
  prefecture_code: string;
  /** Fraction of the drawn area inside this county (0–1, 3 decimals); the rest is sea or another province. */
  share: number;
}

const overlaps = (a: number[], b: number[]) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/**
 * The counties a drawn area touches or overlaps, largest share first. The share is measured on the
 * sphere (turf); a county the area only touches has share 0.
 */
export function countiesInArea(area: Polygon, counties: AnyCollection): CountyShare[] {
  const box = turfBbox(area);
  const total = turfArea(area);
  const areaFeature: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: area };
  const out: CountyShare[] = [];
  for (const c of counties.features) {
    if (!overlaps(turfBbox(c), box) || !booleanIntersects(c, areaFeature)) continue;
    const common = intersect(featureCollection([areaFeature, c as Feature<Polygon | MultiPolygon>]));
    const share = common && total > 0 ? Math.round((turfArea(common) / total) * 1000) / 1000 : 0;
    const p = c.properties;
    out.push({
      code: String(p.code),
      name_zh: String(p.name_zh),
      name_en: String(p.name_en),
      prefecture_code: String(p.prefecture_code),
      share,
    });
  }
  return out.sort((a, b) => b.share - a.share || a.code.localeCompare(b.code));
}

/** The lines of a geometry (rings of polygons included); points have none. */
function lines(g: Geometry): Position[][] {
  switch (g.type) {
    case 'LineString':
      return [g.coordinates];
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates;
    case 'MultiPolygon':
      return g.coordinates.flat();
    case 'GeometryCollection':
      return g.geometries.flatMap(lines);
    default:
      return [];
  }
}

/** Shortest distance from a point to a set of lines, km (great-circle, turf). */
function pointToLinesKm(p: Position, ls: readonly Position[][]): number {
  let best = Infinity;
  for (const l of ls) {
    if (l.length < 2) continue;
    const d = pointToLineDistance(p, { type: 'LineString', coordinates: l }, { units: 'kilometers' });
    if (d < best) best = d;
  }
  return best;
}

/**
 * Distance in km from a drawn area to a feature: 0 if they touch or overlap, else the shortest
 * distance between them (the nearest pair is always a vertex of one against an edge of the other).
 */
export function distanceToAreaKm(area: Polygon, geometry: Geometry): number {
  const areaFeature: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: area };
  if (booleanIntersects(areaFeature, { type: 'Feature', properties: {}, geometry })) return 0;
  const ring = area.coordinates;
  let best = Infinity;
  for (const v of coordAll(geometry)) {
    if (booleanPointInPolygon(v, area)) return 0;
    best = Math.min(best, pointToLinesKm(v, ring));
  }
  const theirs = lines(geometry);
  if (theirs.length) for (const v of ring[0]) best = Math.min(best, pointToLinesKm(v, theirs));
  return best;
}

/**
 * A lower bound of the distance in km between two boxes [w, s, e, n]: the gaps in latitude and
 * longitude, the latter at the box edge nearest a pole, where a degree of longitude is shortest.
 */
export function boxGapKm(a: readonly number[], b: readonly number[]): number {
  const KM_PER_DEGREE = 6371.0088 * (Math.PI / 180);
  const dLat = Math.max(0, a[1] - b[3], b[1] - a[3]);
  const dLon = Math.max(0, a[0] - b[2], b[0] - a[2]);
  const poleward = Math.max(Math.abs(a[1]), Math.abs(a[3]), Math.abs(b[1]), Math.abs(b[3]));
  return Math.hypot(dLat, dLon * Math.cos((Math.min(poleward, 89.9) * Math.PI) / 180)) * KM_PER_DEGREE * 0.995;
}

/**
 * The nearest feature of a collection to a drawn area, with its distance (km); null if it has none.
 * Features are visited nearest box first, and a feature whose box is already farther than the best
 * distance found is not measured, so a large imported layer costs little more than its boxes.
 */
export function nearestToArea(area: Polygon, fc: AnyCollection): { feature: AnyFeature; distanceKm: number } | null {
  const areaBox = turfBbox(area);
  const candidates = fc.features
    .filter((f) => f.geometry)
    .map((f) => ({ f, gap: boxGapKm(areaBox, turfBbox(f.geometry)) }))
    .sort((a, b) => a.gap - b.gap);
  let best: { feature: AnyFeature; distanceKm: number } | null = null;
  for (const { f, gap } of candidates) {
    if (best && gap > best.distanceKm) break;
    const d = distanceToAreaKm(area, f.geometry);
    if (!best || d < best.distanceKm) best = { feature: f, distanceKm: d };
    if (d === 0) break;
  }
  return best;
}
