import { z } from 'zod';

/** A WGS84 position, rounded to 6 decimals by the pipeline. */
export const positionSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
export const ringSchema = z.array(positionSchema).min(4);
export const polygonSchema = z.object({
  type: z.literal('Polygon'),
  coordinates: z.array(ringSchema).min(1),
});
export const multiPolygonSchema = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(ringSchema).min(1)).min(1),
});
export const pointSchema = z.object({ type: z.literal('Point'), coordinates: positionSchema });
export const lineStringSchema = z.object({
  type: z.literal('LineString'),
  coordinates: z.array(positionSchema).min(2),
});
export const multiLineStringSchema = z.object({
  type: z.literal('MultiLineString'),
  coordinates: z.array(z.array(positionSchema).min(2)).min(1),
});
export const areaGeometrySchema = z.union([polygonSchema, multiPolygonSchema]);
export const lineGeometrySchema = z.union([lineStringSchema, multiLineStringSchema]);

export const bboxSchema = z.tuple([z.number(), z.number(), z.number(), z.number()]);

/**
 * A FeatureCollection whose features all carry `properties` and `geometry` of the given schemas.
 * Feature ids are strings (codes), so the map can address features by id.
 */
export function featureCollectionSchema<P extends z.ZodType, G extends z.ZodType>(
  properties: P,
  geometry: G,
) {
  return z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        id: z.string().min(1),
        properties,
        geometry,
      }),
    ),
  });
}

/** Bilingual text: Chinese is the source, English is generated or reviewed. */
export const bilingualSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) });
export type Bilingual = z.infer<typeof bilingualSchema>;
