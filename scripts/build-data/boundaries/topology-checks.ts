/**
 * Checks that say whether the county mosaic is sound: holes left in a dissolved outline (gaps
 * between counties, or pinched rings), area lost or gained by dissolving (overlaps), and seats
 * that fall outside their own county.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { area as turfArea, booleanPointInPolygon } from '@turf/turf';

export interface HoleReport {
  /** Area of the hole, m², rounded. */
  area_m2: number;
  /** First vertex of the hole, to find it on a map. */
  at: [number, number];
}

/** Every interior ring of a dissolved outline, with its area, largest first (ties by position). */
export function listHoles(geometry: Polygon | MultiPolygon): HoleReport[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const holes: HoleReport[] = [];
  for (const rings of polygons)
    for (const ring of rings.slice(1))
      holes.push({
        area_m2: Math.round(turfArea({ type: 'Polygon', coordinates: [ring] })),
        at: [ring[0][0], ring[0][1]],
      });
  return holes.sort((a, b) => b.area_m2 - a.area_m2 || a.at[0] - b.at[0] || a.at[1] - b.at[1]);
}

/**
 * Relative difference between the sum of the parts' areas and the area of their union, in %.
 * Positive means the parts overlap; gaps do not show here (they are holes, see listHoles).
 */
export function overlapPct(parts: readonly (Polygon | MultiPolygon)[], union: Polygon | MultiPolygon): number {
  const sum = parts.reduce((s, g) => s + turfArea(g), 0);
  const whole = turfArea(union);
  if (!(whole > 0)) throw new Error('the union has no area');
  return ((sum - whole) / whole) * 100;
}

/** Codes (with names) of units whose seat point is not inside their own polygon. */
export function seatsOutside(
  units: readonly { code: string; name_zh: string; seat: [number, number]; geometry: Polygon | MultiPolygon }[],
): string[] {
  return units.filter((u) => !booleanPointInPolygon(u.seat, u.geometry)).map((u) => `${u.code} ${u.name_zh}`);
}
