import { z } from 'zod';
import { infraCollectionSchema, infraThemeSchema } from '../../data/schemas/infra';

/** How an imported layer came to be: recorded on the layer and shown in its panel and downloads. */
export const provenanceSchema = z.object({
  kind: z.enum(['file', 'overpass']),
  /** File names, or the Overpass endpoint. */
  files: z.array(z.string()),
  format: z.string(),
  /** The file's coordinate system and what was done to reach WGS84. */
  crs: z.string(),
  conversion: z.string(),
  encoding: z.string().optional(),
  /** Rows read, imported, rejected (with the first reasons) and skipped by the mapping. */
  rows: z.number().int().nonnegative(),
  imported: z.number().int().nonnegative(),
  rejected: z.array(z.object({ row: z.number().int(), message: z.string() })),
  rejectedCount: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  /** The field mapping as chosen, in words (e.g. `道路等级 → class`). */
  mapping: z.array(z.string()),
  importedAt: z.string(),
  /** Overpass: when the data was fetched, and the query. */
  query: z.string().optional(),
});
export type Provenance = z.infer<typeof provenanceSchema>;

/** An imported layer as stored in IndexedDB and held by the app. */
export const userLayerRecordSchema = z.object({
  id: z.string().regex(/^user-[a-z0-9-]+$/),
  name: z.string().min(1).max(120),
  theme: infraThemeSchema,
  /** One colour for every feature, or null for the theme's class colours. */
  color: z
    .string()
    .regex(/^#[0-9a-f]{6}$/i)
    .nullable(),
  provenance: provenanceSchema,
  collection: infraCollectionSchema,
});
export type UserLayerRecord = z.infer<typeof userLayerRecordSchema>;

/** A fresh id for an imported layer. */
export function newUserLayerId(): string {
  const rand = Math.random().toString(36).slice(2, 8);
  return `user-${Date.now().toString(36)}-${rand}`;
}
