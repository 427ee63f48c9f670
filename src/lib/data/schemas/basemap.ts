import { z } from 'zod';
import { areaGeometrySchema, featureCollectionSchema, lineGeometrySchema } from './geojson';

/** Land polygons (GSHHG level 1 shorelines closed along the frame), clipped to the frame around Liaoning. */
export const landPropertiesSchema = z.object({ kind: z.literal('land') });
export const landSchema = featureCollectionSchema(landPropertiesSchema, areaGeometrySchema);

/** Lakes inside land (GSHHG level 2) and national borders (GSHHG/WDB borders level 1). */
export const basemapLinePropertiesSchema = z.object({ kind: z.enum(['national_border']) });
export const basemapLinesSchema = featureCollectionSchema(basemapLinePropertiesSchema, lineGeometrySchema);
export const lakePropertiesSchema = z.object({ kind: z.literal('lake') });
export const lakesSchema = featureCollectionSchema(lakePropertiesSchema, areaGeometrySchema);
