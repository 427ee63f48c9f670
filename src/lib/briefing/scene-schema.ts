import { z } from 'zod';
import { bilingualSchema } from '../data/schemas/geojson';
import { figureQualifierSchema } from '../data/schemas/dalian-outcomes';
import { citationSchema } from '../data/schemas/plan';

/**
 * A briefing deck: scenes an LED wall plays by itself, kept as data so staff can reorder and edit
 * them. The schema checks shape and lengths; `checkDeck` checks what needs the data (layer ids,
 * industries, figures that resolve, quotes).
 */

const kebabSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id (a-z, 0-9, "-")');
const chars = (s: string) => [...s].length;

/** Bilingual text with length limits: read from the back of the room, so short. */
const shortText = (zhMax: number, enMax: number) =>
  z.strictObject({
    zh: z
      .string()
      .min(1)
      .refine((s) => chars(s) <= zhMax, { message: `at most ${zhMax} characters` }),
    en: z
      .string()
      .min(1)
      .refine((s) => chars(s) <= enMax, { message: `at most ${enMax} characters` }),
  });

const lonLatSchema = z.tuple([
  z.number().min(-180, 'longitude must be −180…180').max(180, 'longitude must be −180…180'),
  z.number().min(-90, 'latitude must be −90…90').max(90, 'latitude must be −90…90'),
]);
const pitchSchema = z.number().min(0, 'pitch must be 0–60°').max(60, 'pitch must be 0–60°');
const bearingSchema = z.number().min(-180, 'bearing must be −180…180°').max(180, 'bearing must be −180…180°');

/** `[west, south, east, north]` in WGS84 degrees. */
export const bboxSchema = z
  .tuple([z.number(), z.number(), z.number(), z.number()])
  .refine(([w, s, e, n]) => w < e && s < n && w >= -180 && e <= 180 && s >= -90 && n <= 90, {
    message: 'expected [west, south, east, north] with west < east and south < north',
  });

/** Fly to a point, or fit a named extent (the view knows the province and Dalian) or a bbox. */
export const cameraSchema = z.union([
  z.strictObject({
    center: lonLatSchema,
    zoom: z.number().min(0, 'zoom must be 0–22').max(22, 'zoom must be 0–22'),
    pitch: pitchSchema,
    bearing: bearingSchema,
  }),
  z.strictObject({
    fit: z.union([z.enum(['province', 'dalian']), bboxSchema]),
    pitch: pitchSchema.optional(),
    bearing: bearingSchema.optional(),
  }),
]);
export type Camera = z.infer<typeof cameraSchema>;

/**
 * Counts the deck can compute from plan.json. `zone-counties` counts the county→zone table, which is
 * this atlas's reading (the plan draws no zone boundary): every county-level division has one row.
 */
export const COUNT_DATASETS = [
  'plan-industries',
  'plan-industry-counties',
  'plan-zones',
  'zone-counties',
  'plan-pairings',
  'plan-pairings-continuing',
  'plan-pairings-new',
  'plan-key-projects',
  'plan-ecommerce-counties',
] as const;
export type CountDataset = (typeof COUNT_DATASETS)[number];

/**
 * A path into plan.json: dot-separated keys, each optionally with `[n]` (array index) or
 * `[field=value]` (the item whose field equals value), e.g. `targets.exit_by_year[year=2016].people`.
 */
export const PLAN_PATH_PATTERN = /^[a-z_]+(\[(\d+|[a-z_]+=[^\]]+)\])?(\.[a-z_]+(\[(\d+|[a-z_]+=[^\]]+)\])?)*$/;

/** Where a KPI's number comes from. Numbers that live only in the deck must quote a seed verbatim. */
export const figureRefSchema = z.discriminatedUnion('source', [
  z.strictObject({
    source: z.literal('plan'),
    path: z.string().regex(PLAN_PATH_PATTERN, 'expected a path like targets.exit_by_year[year=2016].people'),
    /** Needed only where the data gives none (industry targets carry their own unit). */
    unit: bilingualSchema.optional(),
  }),
  z.strictObject({ source: z.literal('dalian'), id: kebabSchema }),
  z.strictObject({ source: z.literal('count'), dataset: z.enum(COUNT_DATASETS) }),
  z.strictObject({
    source: z.literal('cited'),
    value: z.number().finite(),
    unit: bilingualSchema,
    qualifier: figureQualifierSchema.optional(),
    /** `year`: show the value as a year (2035, not 2,035). */
    format: z.enum(['number', 'year']).optional(),
    citation: citationSchema,
  }),
]);
export type FigureRef = z.infer<typeof figureRefSchema>;

/** A big-number tile. `label` overrides the figure's own; plan paths and cited numbers need one. */
export const kpiSchema = z.strictObject({ figure: figureRefSchema, label: shortText(12, 40).optional() });
export type Kpi = z.infer<typeof kpiSchema>;

/** The chart renderers of src/lib/charts a scene can show beside the map. */
export const CHART_KINDS = [
  'exit-targets',
  'industry-targets',
  'dalian-funds',
  'dalian-infrastructure',
  'dalian-social',
  'none',
] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

export const sceneSchema = z.strictObject({
  id: kebabSchema,
  title: shortText(16, 40),
  camera: cameraSchema,
  /** Registry layer ids to show; every other layer but the basemap is hidden during the scene. */
  layers: z.array(z.string().min(1)),
  /** Plan industry ids the industry-focus layer highlights. */
  industries: z.array(z.string().min(1)).optional(),
  kpis: z.array(kpiSchema).min(1, 'at least 1 KPI tile').max(4, 'at most 4 KPI tiles'),
  chart: z.strictObject({ kind: z.enum(CHART_KINDS) }),
  caption: shortText(60, 120),
  /** One short source line, e.g. 辽政发〔2016〕62号. */
  source: shortText(40, 80),
  dwell_seconds: z.number().min(5, 'dwell must be 5–120 s').max(120, 'dwell must be 5–120 s').optional(),
});
export type Scene = z.infer<typeof sceneSchema>;

const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s), {
    message: 'not a calendar date',
  });

export const deckSchema = z.strictObject({
  version: z.literal(1),
  title: shortText(24, 60),
  /** The date of the newest document whose figures the deck shows. */
  data_date: isoDateSchema,
  /** Which document `data_date` is. */
  data_date_note: bilingualSchema,
  default_dwell_seconds: z.number().min(5, 'dwell must be 5–120 s').max(120, 'dwell must be 5–120 s'),
  scenes: z.array(sceneSchema).min(1, 'at least one scene'),
});
export type Deck = z.infer<typeof deckSchema>;
