import { z } from 'zod';
import {
  areaGeometrySchema,
  featureCollectionSchema,
  pointSchema,
  positionSchema,
} from './geojson';

/** 6-digit NBS code of a county-level unit in Liaoning (21xxxx, not ending in 00). */
export const countyCodeSchema = z.string().regex(/^21\d{2}(?!00)\d{2}$/, 'a 6-digit county code 21xxxx');
/** 6-digit NBS code of a prefecture-level city in Liaoning (21xx00). */
export const prefectureCodeSchema = z.string().regex(/^21(0[1-9]|1[0-4])00$/, 'a prefecture code 2101xx–2114xx');

/** NBS county kinds: 01–20 districts (区), 21–80 counties (县, incl. autonomous), 81–99 county-level cities (市). */
export const countyKindSchema = z.enum(['district', 'county', 'city']);

export const countyPropertiesSchema = z.object({
  code: countyCodeSchema,
  name_zh: z.string().min(2),
  name_en: z.string().min(2),
  kind: countyKindSchema,
  prefecture_code: prefectureCodeSchema,
  prefecture_zh: z.string().min(2),
  prefecture_en: z.string().min(2),
  /**
   * Area of the WGS84 polygon, km², 1 decimal, by @turf/area on the mean-radius sphere (6371008.8 m):
   * 0.1–0.2 % below the ellipsoidal area at Liaoning's latitudes.
   */
  area_km2: z.number().positive(),
  /** County seat (government location) from the source's `cp`, converted to WGS84. */
  seat: positionSchema,
});
export type CountyProperties = z.infer<typeof countyPropertiesSchema>;
export const countiesSchema = featureCollectionSchema(countyPropertiesSchema, areaGeometrySchema);
export type Counties = z.infer<typeof countiesSchema>;

export const prefecturePropertiesSchema = z.object({
  code: prefectureCodeSchema,
  name_zh: z.string().min(2),
  name_en: z.string().min(2),
  area_km2: z.number().positive(),
  county_count: z.number().int().positive(),
  /** A point inside the polygon for the label (pole of inaccessibility of the largest part). */
  label_point: positionSchema,
});
export type PrefectureProperties = z.infer<typeof prefecturePropertiesSchema>;
export const prefecturesSchema = featureCollectionSchema(prefecturePropertiesSchema, areaGeometrySchema);

export const provincePropertiesSchema = z.object({
  code: z.literal('210000'),
  name_zh: z.literal('辽宁省'),
  name_en: z.string().min(2),
  area_km2: z.number().positive(),
});
export const provinceSchema = featureCollectionSchema(provincePropertiesSchema, areaGeometrySchema);

export const countySeatPropertiesSchema = z.object({
  code: countyCodeSchema,
  name_zh: z.string().min(2),
  name_en: z.string().min(2),
  prefecture_code: prefectureCodeSchema,
});
export type CountySeatProperties = z.infer<typeof countySeatPropertiesSchema>;
export const countySeatsSchema = featureCollectionSchema(countySeatPropertiesSchema, pointSchema);
