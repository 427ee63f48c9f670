import { z } from 'zod';
import { bboxSchema, bilingualSchema } from './geojson';

/**
 * Where a dataset comes from: a registry package (name@version) with its licence, a seed document,
 * or a file downloaded or supplied by the user (`download`, with the URL it came from if any).
 */
export const sourceSchema = z.object({
  kind: z.enum(['npm', 'debian', 'seed', 'download']),
  name: z.string().min(1),
  /** For `download`: where the file was fetched from. */
  url: z.url().optional(),
  version: z.string().min(1),
  licence: z.string().min(1),
  /** Files inside the package that were read. */
  files: z.array(z.string()).min(1),
  note: z.string().optional(),
});
export type DataSource = z.infer<typeof sourceSchema>;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: as precise as the source states it, and a real calendar day. */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((s) => {
    if (s.length < 10) return true;
    const t = Date.parse(`${s}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().startsWith(s);
  }, 'not a calendar day');

/**
 * What a date of a dataset is: `issued` (a government document's date of issue), `edition` (a data
 * release's own date), `as-of` (the day the content describes, e.g. a division code cut-off),
 * `published` (when a report appeared), `retrieved` (the day a file was downloaded: only for data a
 * user fetches, never for bundled data).
 */
export const dateKindSchema = z.enum(['issued', 'edition', 'as-of', 'published', 'retrieved']);
export type DateKind = z.infer<typeof dateKindSchema>;

/**
 * The date of a dataset's content, traced to a source: `note` (English) says what the date is and
 * where it is written (file and words). A derived dataset takes the date of what it describes. When
 * no source on hand states a date, `kind` is `unknown`, `value` null, and `note` says so.
 */
export const datasetDateSchema = z.discriminatedUnion('kind', [
  z.object({ value: partialDateSchema, kind: dateKindSchema, note: z.string().min(1) }),
  z.object({ value: z.null(), kind: z.literal('unknown'), note: z.string().min(1) }),
]);
export type DatasetDate = z.infer<typeof datasetDateSchema>;

export const manifestEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Path relative to data/, e.g. `boundaries/counties.geojson`. */
  path: z.string().regex(/^[a-z0-9/-]+\.(geo)?json$/),
  title: bilingualSchema,
  description: bilingualSchema,
  sources: z.array(sourceSchema).min(1),
  date: datasetDateSchema,
  crs: z.literal('EPSG:4326'),
  /** What was done to reach WGS84, e.g. `GCJ-02 → WGS84 with gcoord@1.0.7`; `none` if the source was WGS84. */
  conversion: z.string().min(1),
  /** Accuracy statement and known gaps, in English (the catalogue translates the headings, not the text). */
  accuracy: z.string().min(1),
  feature_count: z.number().int().nonnegative(),
  bbox: bboxSchema,
  bytes: z.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

export const manifestSchema = z.object({
  name: z.literal('liaoning-rural-industry-atlas-data'),
  /** Bumped when the shape of the data (not its content) changes. */
  schema_version: z.literal(1),
  datasets: z.array(manifestEntrySchema),
});
export type Manifest = z.infer<typeof manifestSchema>;
