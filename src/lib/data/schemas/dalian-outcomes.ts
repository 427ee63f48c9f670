import { z } from 'zod';
import { bilingualSchema } from './geojson';
import { countyCodeSchema } from './boundaries';
import { citationSchema, SEED_FILES } from './plan';

const idSchema = z.string().regex(/^[a-z0-9-]+$/);
const yearSchema = z.number().int().min(2010).max(2030);

/**
 * How the seed words a number: `exact` (no qualifier), `more_than` (more than, exceed), `about`,
 * `nearly` (nearly, almost: a little under), `at_least`. Checked against the words just before the
 * number in the quote.
 */
export const figureQualifierSchema = z.enum(['exact', 'more_than', 'about', 'nearly', 'at_least']);
export type FigureQualifier = z.infer<typeof figureQualifierSchema>;

/**
 * When a figure holds: a year (`from` = `to`) or a span of years. `basis` says where the years come
 * from: `quote` (the quoted words state them, e.g. "By 2020", "Over the past five years" in a report
 * of January 2021) or `context` (the surrounding paragraph or the document's scope, not the quote).
 */
export const figurePeriodSchema = z
  .object({ from: yearSchema, to: yearSchema, basis: z.enum(['quote', 'context']) })
  .refine((p) => p.from <= p.to, { message: 'period.from after period.to' });

/** One number of the Dalian documents, as the seed states it, with the words it comes from. */
export const dalianFigureSchema = z.object({
  id: idSchema,
  /** A topic id of `topics`, and optionally one of that topic's groups (e.g. infrastructure → power). */
  topic: idSchema,
  group: idSchema.nullable(),
  /** `reported`: an outcome the 2021 report states; `target`: what the 2018 opinions set out to reach. */
  kind: z.enum(['reported', 'target']),
  /** Short label for charts; English is this atlas's wording, Chinese this atlas's translation. */
  label: bilingualSchema,
  /** In base units (yuan, not million yuan; m², not million m²). */
  value: z.number().positive(),
  unit: bilingualSchema,
  qualifier: figureQualifierSchema,
  period: figurePeriodSchema.nullable(),
  /**
   * Set when the text lists names instead of printing the number (Pulandian, Wafangdian and
   * Zhuanghe → 3): the value is their count, and each name occurs in the quote.
   */
  counted: z.array(z.string().min(1)).min(2).nullable(),
  /** What a reader must know: translation doubts, scope, how the atlas reads the words. */
  note: bilingualSchema.nullable(),
  citation: citationSchema,
});
export type DalianFigure = z.infer<typeof dalianFigureSchema>;

export const dalianTopicSchema = z.object({
  id: idSchema,
  label: bilingualSchema,
  /** Sub-groups for charts (infrastructure: roads, power, water, housing); empty if none. */
  groups: z.array(z.object({ id: idSchema, label: bilingualSchema })),
});
export type DalianTopic = z.infer<typeof dalianTopicSchema>;

/** A seed document the figures cite. */
export const dalianDocumentSchema = z.object({
  file: z.enum(SEED_FILES),
  /** ISO date of the document. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** The title line as the seed prints it (checked to occur in the file). */
  title_as_written: z.string().min(2),
  description: bilingualSchema,
});

/**
 * A processing and agglomeration area of the 2018 opinions, named by its town (街道/镇) and the
 * county-level unit the seed puts it in. `code` is set only when that unit is an NBS county of
 * data/boundaries (金普新区, a new area, is not).
 */
export const agglomerationAreaSchema = z.object({
  id: idSchema,
  /** zh as known from the issue (炮台街道 …); en as the seed writes it. */
  town: bilingualSchema,
  county: z.object({
    as_written: z.string().min(2),
    name_zh: z.string().min(2),
    code: countyCodeSchema.nullable(),
  }),
  note: bilingualSchema.nullable(),
  citation: citationSchema,
});
export type AgglomerationArea = z.infer<typeof agglomerationAreaSchema>;

const dalianOutcomesObjectSchema = z.object({
  documents: z.array(dalianDocumentSchema).min(1),
  topics: z.array(dalianTopicSchema).min(1),
  figures: z.array(dalianFigureSchema).min(1),
  agglomeration_areas: z.array(agglomerationAreaSchema),
});

/** Cross-references: unique ids, known topics and groups, counted names that match the value. */
export const dalianOutcomesSchema = dalianOutcomesObjectSchema.superRefine((data, ctx) => {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  for (const key of ['topics', 'figures', 'agglomeration_areas'] as const) {
    const seen = new Set<string>();
    data[key].forEach((item, i) => {
      if (seen.has(item.id)) issue([key, i, 'id'], `duplicate "${item.id}"`);
      seen.add(item.id);
    });
  }
  const topics = new Map(data.topics.map((t) => [t.id, new Set(t.groups.map((g) => g.id))]));
  const files = new Set(data.documents.map((d) => d.file));
  data.figures.forEach((f, i) => {
    const groups = topics.get(f.topic);
    if (!groups) issue(['figures', i, 'topic'], `unknown topic "${f.topic}"`);
    else if (f.group !== null && !groups.has(f.group))
      issue(['figures', i, 'group'], `"${f.group}" is not a group of topic "${f.topic}"`);
    if (f.counted && f.counted.length !== f.value)
      issue(['figures', i, 'counted'], `${f.counted.length} names for the value ${f.value}`);
    if (!files.has(f.citation.file)) issue(['figures', i, 'citation', 'file'], `not in documents`);
  });
  data.agglomeration_areas.forEach((a, i) => {
    if (!files.has(a.citation.file)) issue(['agglomeration_areas', i, 'citation', 'file'], `not in documents`);
  });
});
export type DalianOutcomes = z.infer<typeof dalianOutcomesSchema>;
