/** Order basemap geometry deterministically and wrap it as GeoJSON features with string ids. */
import { ringAreaKm2, type Position, type Ring } from './ring-geometry';

/** A feature with a string id and a single `kind` property, as the basemap schemas expect. */
export interface KindFeature<K extends string, G> {
  type: 'Feature';
  id: string;
  properties: { kind: K };
  geometry: G;
}

/** Compare positions by lon, then lat: a stable tie-break for equal sizes. */
function comparePositions(a: Position, b: Position): number {
  return a[0] - b[0] || a[1] - b[1];
}

/** `prefix-0001`: zero-padded so ids sort in the same order as the features. */
function makeId(prefix: string, index: number): string {
  return `${prefix}-${String(index + 1).padStart(4, '0')}`;
}

/**
 * Polygon features, largest outer ring first (ids `prefix-0001`, …), so the mainland is `-0001` and
 * the order does not depend on how GMT happened to list the pieces.
 */
export function toPolygonFeatures<K extends string>(
  prefix: string,
  kind: K,
  polygons: Ring[][],
): KindFeature<K, { type: 'Polygon'; coordinates: Ring[] }>[] {
  const sized = polygons.map((p) => ({ p, area: ringAreaKm2(p[0]) }));
  sized.sort((a, b) => b.area - a.area || comparePositions(a.p[0][0], b.p[0][0]));
  return sized.map(({ p }, i) => ({
    type: 'Feature',
    id: makeId(prefix, i),
    properties: { kind },
    geometry: { type: 'Polygon', coordinates: p },
  }));
}

/** Planar length in degrees, only used to order lines. */
function lineLength(line: Position[]): number {
  let sum = 0;
  for (let i = 1; i < line.length; i++) sum += Math.hypot(line[i][0] - line[i - 1][0], line[i][1] - line[i - 1][1]);
  return sum;
}

/** LineString features, longest first (ids `prefix-0001`, …). */
export function toLineFeatures<K extends string>(
  prefix: string,
  kind: K,
  lines: Position[][],
): KindFeature<K, { type: 'LineString'; coordinates: Position[] }>[] {
  const sized = lines.map((l) => ({ l, length: lineLength(l) }));
  sized.sort((a, b) => b.length - a.length || comparePositions(a.l[0], b.l[0]));
  return sized.map(({ l }, i) => ({
    type: 'Feature',
    id: makeId(prefix, i),
    properties: { kind },
    geometry: { type: 'LineString', coordinates: l },
  }));
}
