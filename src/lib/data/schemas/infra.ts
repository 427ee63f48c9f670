import { z } from 'zod';
import { INFRA_CLASS_IDS, INFRA_THEMES, getInfraClass } from '../../infra/classes';
import {
  featureCollectionSchema,
  lineStringSchema,
  multiLineStringSchema,
  multiPolygonSchema,
  pointSchema,
  polygonSchema,
} from './geojson';

export const infraThemeSchema = z.enum(INFRA_THEMES);
export const infraClassSchema = z.enum(INFRA_CLASS_IDS);

/** An original attribute kept from the source file, shown as text (never as HTML). */
export const attributeValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/**
 * One infrastructure feature, bundled or imported. Unknown values are null, never guessed:
 * a river without a name has `name: null`, a line without a voltage is class `power_line`.
 */
export const infraPropertiesSchema = z
  .object({
    id: z.string().min(1),
    theme: infraThemeSchema,
    class: infraClassSchema,
    name: z.string().min(1).nullable(),
    /** Road number (G15, S201), IATA/ICAO code, plant or line designation. */
    ref: z.string().min(1).nullable(),
    voltage_kv: z.number().positive().nullable(),
    capacity_mw: z.number().nonnegative().nullable(),
    /** Scenic-area grade (1–5 A) where known. */
    grade: z.number().int().min(1).max(5).nullable(),
    /** True where the position is approximate (e.g. a centroid, a geocoded address). */
    approximate: z.boolean(),
    /** Where the feature came from: a manifest dataset id, a file name or `osm`. */
    source: z.string().min(1),
    /** The source's own attributes, for the tooltip and downloads. */
    attributes: z.record(z.string(), attributeValueSchema),
  })
  .superRefine((p, ctx) => {
    const k = getInfraClass(p.class);
    if (k.theme !== p.theme)
      ctx.addIssue({ code: 'custom', path: ['class'], message: `class "${p.class}" belongs to theme "${k.theme}", not "${p.theme}"` });
  });
export type InfraProperties = z.infer<typeof infraPropertiesSchema>;

export const infraGeometrySchema = z.union([
  pointSchema,
  lineStringSchema,
  multiLineStringSchema,
  polygonSchema,
  multiPolygonSchema,
]);

export const infraCollectionSchema = featureCollectionSchema(infraPropertiesSchema, infraGeometrySchema);
export type InfraCollection = z.infer<typeof infraCollectionSchema>;
