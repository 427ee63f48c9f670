import { z } from 'zod';

/** A WGS84 position, rounded to 6 decimals by the pipeline. */
export const positionSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
export type Position = [number, number];

/**
 * Why a coordinate array is not a valid WGS84 array of the given nesting depth (0 = one position,
 * 1 = a line, 2 = polygon rings, 3 = multipolygon), with the path of the first problem; null if valid.
 * A plain loop: the shipped files hold ~10⁵ positions, too many for one zod schema per number.
 */
export function checkCoordinates(
  value: unknown,
  depth: number,
  minLength: (level: number) => number,
): { message: string; path: (string | number)[] } | null {
  const path: (string | number)[] = [];
  if (!Array.isArray(value)) return { message: `expected an array, got ${typeof value}`, path };
  if (depth === 0) {
    const [lon, lat] = value as unknown[];
    if (value.length < 2 || typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat))
      return { message: `expected [lon, lat] numbers, got ${JSON.stringify(value).slice(0, 40)}`, path };
    if (lon < -180 || lon > 180 || lat < -90 || lat > 90)
      return { message: `[${lon}, ${lat}] is outside WGS84 longitude/latitude`, path };
    return null;
  }
  const min = minLength(depth);
  if (value.length < min) return { message: `expected at least ${min} items, got ${value.length}`, path };
  for (let i = 0; i < value.length; i++) {
    const problem = checkCoordinates(value[i], depth - 1, minLength);
    if (problem) {
      // The path is built only on the way out of a failure, so valid data allocates nothing.
      problem.path.unshift(i);
      return problem;
    }
  }
  return null;
}

/** A zod schema for nested coordinate arrays, validated by checkCoordinates. */
function coordinatesSchema<T>(depth: number, minLength: (level: number) => number) {
  return z.custom<T>(() => true).superRefine((value, ctx) => {
    const problem = checkCoordinates(value, depth, minLength);
    if (problem) ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path });
  });
}

/** Rings need 4 positions (closed triangle), lines 2, everything else 1. */
const polygonMin = (level: number) => (level === 1 ? 4 : 1);
const lineMin = (level: number) => (level === 1 ? 2 : 1);

export const polygonSchema = z.object({
  type: z.literal('Polygon'),
  coordinates: coordinatesSchema<Position[][]>(2, polygonMin),
});
export const multiPolygonSchema = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: coordinatesSchema<Position[][][]>(3, polygonMin),
});
export const pointSchema = z.object({ type: z.literal('Point'), coordinates: coordinatesSchema<Position>(0, () => 1) });
export const lineStringSchema = z.object({
  type: z.literal('LineString'),
  coordinates: coordinatesSchema<Position[]>(1, lineMin),
});
export const multiLineStringSchema = z.object({
  type: z.literal('MultiLineString'),
  coordinates: coordinatesSchema<Position[][]>(2, lineMin),
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
