import { z } from 'zod';
import { areaGeometrySchema, bilingualSchema, featureCollectionSchema } from './geojson';
import { countyCodeSchema, prefectureCodeSchema } from './boundaries';

/** The seed documents in ../shared/seeds that plan facts may cite. */
export const SEED_FILES = [
  '000_caf38b5fb39de743.txt',
  '001_89772ce1b764b33e.txt',
  '002_3c1978e00e1ad947.txt',
  '003_f3049a3e96829f5c.txt',
  '004_9b14d3b26f805d22.txt',
] as const;

/**
 * Where a fact comes from: the seed file, a section marker as the document numbers it
 * (e.g. `二、(一)产业布局 ——油料产业`), and the original words, copied exactly (a CI check
 * verifies every quote occurs in the file).
 */
export const citationSchema = z.object({
  file: z.enum(SEED_FILES),
  section: z.string().min(1),
  quote: z.string().min(2),
});
export type Citation = z.infer<typeof citationSchema>;

/** A place the plan names, as it words it, resolved to an NBS code of data/boundaries. */
export const placeRefSchema = z.discriminatedUnion('level', [
  z.object({ level: z.literal('prefecture'), code: prefectureCodeSchema, as_written: z.string().min(1) }),
  z.object({ level: z.literal('county'), code: countyCodeSchema, as_written: z.string().min(1) }),
]);
export type PlaceRef = z.infer<typeof placeRefSchema>;

/** A group of places within an industry (e.g. 花卉's four groups), or the single `main` group. */
export const industryGroupSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: bilingualSchema,
  places: z.array(placeRefSchema).min(1),
  citation: citationSchema,
});

export const industrySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** 1–16, in the plan's order. */
  order: z.number().int().min(1).max(16),
  name: bilingualSchema,
  /** Regions the plan gives only in words (辽东, 辽西北, 城市近郊 …); never turned into polygons. */
  regions_text: z.array(z.string().min(1)),
  /** What the plan says to develop, in its words (zh) and in English. */
  description: bilingualSchema,
  /** Places named for the industry; empty when the plan names only regions in words. */
  groups: z.array(industryGroupSchema),
  citation: citationSchema,
});
export type Industry = z.infer<typeof industrySchema>;
export const industriesSchema = z.array(industrySchema).length(16);

export const zoneSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: bilingualSchema,
  /** The farming the zone's name stands for, e.g. 粮油, 畜牧业 (used by the consistency hints). */
  focus: z.array(z.string().min(1)).min(1),
  citation: citationSchema,
});
export type Zone = z.infer<typeof zoneSchema>;
export const zonesSchema = z.array(zoneSchema).length(5);

/** This atlas's reading: the plan names the zones but draws no boundary. */
export const zoneAssignmentSchema = z.object({
  county_code: countyCodeSchema,
  zone_id: z.string().regex(/^[a-z0-9-]+$/),
  /** Which rule placed the county: `coast` (touches the sea), `prefecture` (its prefecture's zone), `override`. */
  rule: z.enum(['coast', 'prefecture', 'override']),
  reason: bilingualSchema,
});
export const zoneAssignmentsSchema = z.array(zoneAssignmentSchema).length(100);

export const exitTargetSchema = z.object({
  year: z.number().int().min(2016).max(2020),
  /** People lifted out of poverty that year; null for 2020 (consolidation, no number). */
  people: z.number().int().positive().nullable(),
  description: bilingualSchema,
  citation: citationSchema,
});

export const industryTargetSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  description: bilingualSchema,
  value: z.number().positive().nullable(),
  unit: bilingualSchema.nullable(),
  per_year: z.boolean(),
  citation: citationSchema,
});

export const targetsSchema = z.object({
  /**
   * `by_year` is the sum of the yearly numbers (2016–2019); it need not equal `people`, and `note`
   * says how and why they differ.
   */
  exit_total: z.object({
    people: z.number().int().positive(),
    by_year: z.number().int(),
    note: bilingualSchema,
    citation: citationSchema,
  }),
  exit_by_year: z.array(exitTargetSchema).length(5),
  industry: z.array(industryTargetSchema).min(1),
});
export type Targets = z.infer<typeof targetsSchema>;

export const keyProjectSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The plan's numbering, e.g. `(一)1` or `(十一)`. */
  number: z.string().min(1),
  name: bilingualSchema,
  /** Sub-projects listed under it, if any. */
  parent: z.string().nullable(),
  citation: citationSchema,
});
export const keyProjectsSchema = z.array(keyProjectSchema);

export const programmeCountySchema = z.object({ place: placeRefSchema, citation: citationSchema });

/** One pairing-assistance link as the plan words it, with this atlas's reading stated. */
export const pairingSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  from: z.object({ name: bilingualSchema, place: placeRefSchema.nullable() }),
  to: placeRefSchema,
  /** `continuing` for links the plan says continue, `new` for those it adds. */
  status: z.enum(['continuing', 'new']),
  reading: bilingualSchema,
  citation: citationSchema,
});
export type Pairing = z.infer<typeof pairingSchema>;

export const linkageModelSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: bilingualSchema,
  /** How the name was obtained (the seed is an English machine translation; zh is this atlas's). */
  reading: bilingualSchema,
  citation: citationSchema,
});

/** The plan's starred list of provincial key counties was lost from the source text. */
export const keyCountiesSchema = z.object({
  status: z.literal('unknown'),
  expected_count: z.literal(15),
  counties: z.null(),
  note: bilingualSchema,
  /** Where the plan says the list is (the 带* line of the lost table). */
  citation: citationSchema,
  /** Where the plan gives the number 15. */
  count_citation: citationSchema,
});

const planObjectSchema = z.object({
  document: z.object({ title: bilingualSchema, number: z.string(), date: z.string(), citation: citationSchema }),
  industries: industriesSchema,
  zones: zonesSchema,
  zone_assignments: zoneAssignmentsSchema,
  targets: targetsSchema,
  key_projects: keyProjectsSchema,
  ecommerce_demo_counties: z.array(programmeCountySchema),
  pairings: z.array(pairingSchema),
  linkage_models: z.array(linkageModelSchema).length(6),
  key_counties: keyCountiesSchema,
});

/** Cross-references inside the plan: unique ids, zones and parents that exist, each county once. */
export const planSchema = planObjectSchema.superRefine((plan, ctx) => {
  const idLists: [string, string[]][] = [
    ['industries', plan.industries.map((i) => i.id)],
    ['zones', plan.zones.map((z) => z.id)],
    ['zone_assignments', plan.zone_assignments.map((a) => a.county_code)],
    ['key_projects', plan.key_projects.map((p) => p.id)],
    ['pairings', plan.pairings.map((p) => p.id)],
    ['linkage_models', plan.linkage_models.map((m) => m.id)],
  ];
  for (const [key, ids] of idLists) {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [key, i], message: `duplicate "${id}"` });
      seen.add(id);
    });
  }
  const zoneIds = new Set(plan.zones.map((z) => z.id));
  plan.zone_assignments.forEach((a, i) => {
    if (!zoneIds.has(a.zone_id))
      ctx.addIssue({ code: 'custom', path: ['zone_assignments', i, 'zone_id'], message: `unknown zone "${a.zone_id}"` });
  });
  const projectIds = new Set(plan.key_projects.map((p) => p.id));
  plan.key_projects.forEach((p, i) => {
    if (p.parent !== null && !projectIds.has(p.parent))
      ctx.addIssue({ code: 'custom', path: ['key_projects', i, 'parent'], message: `unknown parent "${p.parent}"` });
  });
});
export type Plan = z.infer<typeof planSchema>;

/** Zone polygons dissolved from the county→zone table (this atlas's reading, not the plan's drawing). */
export const zonePolygonPropertiesSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name_zh: z.string().min(2),
  name_en: z.string().min(2),
  county_count: z.number().int().positive(),
  area_km2: z.number().positive(),
  label_point: z.tuple([z.number(), z.number()]),
});
export const zonePolygonsSchema = featureCollectionSchema(zonePolygonPropertiesSchema, areaGeometrySchema);
