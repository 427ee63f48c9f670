import { z } from 'zod';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { areaKm2 } from './polygon-sketch';

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

/** A closed ring of at least three distinct corners (four positions, first = last). */
const ringSchema = z
  .array(position)
  .min(4)
  .refine((r) => r[0][0] === r.at(-1)![0] && r[0][1] === r.at(-1)![1], 'the ring is not closed');

/** An area the user drew on the map, as stored in this browser (IndexedDB). WGS84. */
export const drawnAreaSchema = z.object({
  id: z.string().regex(/^drawn-[a-z0-9-]+$/),
  name: z.string().trim().min(1).max(120),
  note: z.string().max(2000),
  /** ISO time the area was drawn. */
  createdAt: z.string().min(1),
  polygon: z.object({ type: z.literal('Polygon'), coordinates: z.array(ringSchema).length(1) }),
});
export type DrawnArea = z.infer<typeof drawnAreaSchema>;

/** The properties each drawn area carries on the map and in downloads. */
export interface DrawnAreaProperties {
  id: string;
  name: string;
  note: string;
  area_km2: number;
  created: string;
  [key: string]: unknown;
}

/** A fresh id for a drawn area. */
export function newDrawnAreaId(now = Date.now()): string {
  return `drawn-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** The drawn areas as one feature collection (the `drawn-areas` dataset). */
export function drawnAreasCollection(areas: readonly DrawnArea[]): FeatureCollection<Polygon, DrawnAreaProperties> {
  return {
    type: 'FeatureCollection',
    features: areas.map((a): Feature<Polygon, DrawnAreaProperties> => ({
      type: 'Feature',
      id: a.id,
      properties: {
        id: a.id,
        name: a.name,
        note: a.note,
        area_km2: Math.round(areaKm2(a.polygon as Polygon) * 1000) / 1000,
        created: a.createdAt,
      },
      geometry: a.polygon as Polygon,
    })),
  };
}
