/**
 * Zone polygons: the counties dissolved by the atlas's county→zone table (not a boundary the plan
 * draws), with a label point inside each and the area, in the plan's zone order.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Zone } from '../../../src/lib/data/schemas/plan';
import { dissolvePolygons, innerPoints } from '../boundaries/mapshaper-ops';
import { normaliseGeometry, type MultiPolygon2, type Pos } from '../boundaries/normalise-geometry';
import { areaKm2 } from '../boundaries/normalise-counties';
import { roundCoordinates } from '../lib/geojson-utils';

export interface ZonePolygonFeature {
  type: 'Feature';
  id: string;
  properties: {
    id: string;
    name_zh: string;
    name_en: string;
    county_count: number;
    area_km2: number;
    label_point: [number, number];
  };
  geometry: MultiPolygon2;
}

const roundPosition = (p: Position): Pos => roundCoordinates([p[0], p[1]]);

/**
 * Dissolve `counties` by `zoneOf` (county code → zone id) into one MultiPolygon per zone, in the
 * order of `zones` (the legend colours zones by that order). Throws if a county has no zone or a
 * zone has no county.
 */
export async function buildZonePolygons(
  counties: readonly { code: string; geometry: Polygon | MultiPolygon }[],
  zoneOf: ReadonlyMap<string, string>,
  zones: readonly Zone[],
): Promise<ZonePolygonFeature[]> {
  const input = counties.map((c) => {
    const zone = zoneOf.get(c.code);
    if (!zone) throw new Error(`buildZonePolygons: county ${c.code} has no zone`);
    return { type: 'Feature' as const, properties: { zone }, geometry: c.geometry };
  });
  const dissolved = await dissolvePolygons(input, 'zone');
  const geometries = new Map<string, MultiPolygon2>();
  for (const z of zones) {
    const g = dissolved.get(z.id);
    if (!g) throw new Error(`buildZonePolygons: zone ${z.id} has no county`);
    geometries.set(z.id, normaliseGeometry(g, roundPosition, `zone ${z.id}`));
  }
  const labels = await innerPoints(
    zones.map((z) => ({ type: 'Feature' as const, properties: { zone: z.id }, geometry: geometries.get(z.id)! })),
    'zone',
  );
  return zones.map((z) => {
    const geometry = geometries.get(z.id)!;
    return {
      type: 'Feature',
      id: z.id,
      properties: {
        id: z.id,
        name_zh: z.name.zh,
        name_en: z.name.en,
        county_count: input.filter((f) => f.properties.zone === z.id).length,
        area_km2: areaKm2(geometry),
        label_point: roundCoordinates(labels.get(z.id)!),
      },
      geometry,
    };
  });
}
