import { area as turfArea, kinks } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Polygon, Position } from 'geojson';

/** A corner of a sketch, [lon, lat] in WGS84 degrees. */
export type LonLat = [number, number];

/** Why a sketch cannot become an area yet; the interface words each one. */
export type SketchProblem =
  { kind: 'too-few'; corners: number } | { kind: 'crosses'; at: LonLat } | { kind: 'no-area' };

/** Map pixels per degree of longitude at a zoom level (MapLibre's 512-pixel tiles). */
export function pixelsPerDegree(zoom: number): number {
  return (512 * 2 ** zoom) / 360;
}

/**
 * Distance between two positions in screen pixels at `zoom` (Web Mercator, local scale): the
 * latitude difference is stretched by 1/cos(lat) as the map stretches it.
 */
export function pixelDistance(a: LonLat, b: LonLat, zoom: number): number {
  const k = pixelsPerDegree(zoom);
  const lat = (((a[1] + b[1]) / 2) * Math.PI) / 180;
  const dx = (a[0] - b[0]) * k;
  const dy = ((a[1] - b[1]) * k) / Math.cos(lat);
  return Math.hypot(dx, dy);
}

/**
 * What a click does to a sketch: a click on (within `tolerancePx` of) the first corner closes it
 * when there are three or more; a click on the last corner (the second click of a double click)
 * adds nothing; otherwise the corner is added.
 */
export function clickSketch(
  corners: readonly LonLat[],
  at: LonLat,
  zoom: number,
  tolerancePx = 8,
): { corners: LonLat[]; close: boolean } {
  if (corners.length >= 3 && pixelDistance(corners[0], at, zoom) <= tolerancePx)
    return { corners: [...corners], close: true };
  const last = corners.at(-1);
  if (last && pixelDistance(last, at, zoom) <= 2) return { corners: [...corners], close: false };
  return { corners: [...corners, [round(at[0]), round(at[1])]], close: false };
}

/** Seven decimals (about 1 cm): enough for a hand-drawn corner, and stable in files. */
const round = (v: number) => Math.round(v * 1e7) / 1e7;

/** The closed polygon of a sketch's corners (the first corner repeated at the end). */
export function sketchPolygon(corners: readonly LonLat[]): Polygon {
  return { type: 'Polygon', coordinates: [[...corners, corners[0]].map((c) => [c[0], c[1]] as Position)] };
}

/** Whether the corners make a usable area: at least three, not crossing itself, with some area. */
export function sketchProblem(corners: readonly LonLat[]): SketchProblem | null {
  if (corners.length < 3) return { kind: 'too-few', corners: corners.length };
  const polygon = sketchPolygon(corners);
  const crossing = kinks(polygon).features[0];
  if (crossing) {
    const [lon, lat] = crossing.geometry.coordinates;
    return { kind: 'crosses', at: [lon, lat] };
  }
  if (areaKm2(polygon) < 1e-6) return { kind: 'no-area' };
  return null;
}

/** Area in square kilometres (on the sphere, as turf measures it). */
export function areaKm2(polygon: Polygon): number {
  return turfArea(polygon) / 1e6;
}

/**
 * What the map shows while drawing: the area so far (3+ corners), the outline with a rubber band
 * to the pointer, and the corners (the first one marked, as the place to click to close).
 */
export function sketchFeatures(corners: readonly LonLat[], pointer: LonLat | null): FeatureCollection<Geometry> {
  const features: Feature<Geometry>[] = [];
  const path = pointer ? [...corners, pointer] : [...corners];
  if (path.length >= 3) features.push({ type: 'Feature', properties: { part: 'area' }, geometry: sketchPolygon(path) });
  if (path.length >= 2)
    features.push({
      type: 'Feature',
      properties: { part: 'outline' },
      geometry: { type: 'LineString', coordinates: path.length >= 3 ? [...path, path[0]] : path },
    });
  corners.forEach((c, i) =>
    features.push({
      type: 'Feature',
      properties: { part: i === 0 ? 'first' : 'corner' },
      geometry: { type: 'Point', coordinates: c },
    }),
  );
  return { type: 'FeatureCollection', features };
}
