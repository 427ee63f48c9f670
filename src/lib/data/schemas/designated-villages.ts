import { z } from 'zod';
import { featureCollectionSchema, pointSchema, positionSchema } from './geojson';

/**
 * Dalian's 2014 low-income villages (128 villages in 37 towns of 普兰店区, 瓦房店市 and 庄河市, all
 * exited by 2020). The list itself is not public: these records come only from a file the user
 * loads, matched to the NBS gazetteer. What the file does not say stays null; nothing is filled in
 * from the report's totals.
 */

/** The three county-level units the designation covered. */
export const DESIGNATED_COUNTY_CODES = ['210214', '210281', '210283'] as const;
export const designatedCountyCodeSchema = z.enum(DESIGNATED_COUNTY_CODES);
export type DesignatedCountyCode = z.infer<typeof designatedCountyCodeSchema>;

/**
 * How a position was obtained: `surveyed` (a surveyed point supplied as such), `from file` (lon/lat
 * in the loaded list, accuracy unknown), `placed by hand` (put on the map by the user), `none`.
 */
export const positionAccuracySchema = z.enum(['surveyed', 'from file', 'placed by hand', 'none']);
export type PositionAccuracy = z.infer<typeof positionAccuracySchema>;

/**
 * How the row was tied to the gazetteer: by its 12-digit code, by name, through a former (pre-2016)
 * code or name, chosen by the user among ambiguous candidates or suggestions, or not at all.
 */
export const matchMethodSchema = z.enum(['code', 'name', 'former code', 'former name', 'chosen', 'unmatched']);
export type MatchMethod = z.infer<typeof matchMethodSchema>;

const year = z.number().int().min(1949).max(2100);
const optionalText = z.string().min(1).nullable().optional();

/** One designated village as the loaded list gives it, with its gazetteer match (if any). */
export const designatedVillageSchema = z
  .object({
    /** 12-digit NBS code (2023) of the village committee / community; null while unmatched. */
    code: z
      .string()
      .regex(/^\d{12}$/, 'expected a 12-digit NBS code')
      .nullable(),
    /** The name as written in the list (verbatim, shown as text only). */
    name_zh: z.string().min(1),
    /** The gazetteer's name for the matched code, e.g. `石河村委会`; null while unmatched. */
    matched_name: z.string().min(1).nullable(),
    /** 9-digit code of the town (乡镇/街道); null when unknown. */
    town_code: z
      .string()
      .regex(/^\d{9}$/, 'expected a 9-digit town code')
      .nullable(),
    /** The gazetteer's town name, or the town as written when unmatched; null when unknown. */
    town_name: z.string().min(1).nullable(),
    /** County-level unit; null only when unmatched and the list does not say. */
    county_code: designatedCountyCodeSchema.nullable(),
    /** Year of designation, only when the file states it (the report's 2014 is shown by the UI). */
    designated_year: year.nullable(),
    /** Year the village exited the list, only when the file states it. */
    exit_year: year.nullable(),
    /** WGS84 [lon, lat]; null when the list gives none. */
    position: positionSchema.nullable(),
    position_accuracy: positionAccuracySchema,
    match: matchMethodSchema,
    /** Outcome fields: present only when the list has them. */
    income_per_capita_yuan: z.number().nonnegative().nullable().optional(),
    projects: z.array(z.string().min(1)).optional(),
    aid_unit: optionalText,
    linkage_model: optionalText,
    note: optionalText,
    /** The row as the user sees it: spreadsheet row / CSV record (header = 1), text line, GeoJSON feature number. */
    source_row: z.number().int().positive(),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if ((v.position === null) !== (v.position_accuracy === 'none'))
      issue('position_accuracy', `is "${v.position_accuracy}" but position is ${v.position ? 'set' : 'null'}`);
    if ((v.code === null) !== (v.match === 'unmatched'))
      issue('match', `is "${v.match}" but code is ${v.code === null ? 'null' : v.code}`);
    if (v.code !== null && v.matched_name === null) issue('matched_name', 'is null but code is set');
    if (v.code && v.town_code && !v.code.startsWith(v.town_code))
      issue('town_code', `${v.town_code} does not contain village ${v.code}`);
    if (v.town_code && v.county_code && !v.town_code.startsWith(v.county_code))
      issue('county_code', `${v.county_code} does not contain town ${v.town_code}`);
  });
export type DesignatedVillage = z.infer<typeof designatedVillageSchema>;

/**
 * The loaded list as GeoJSON. Unlocated villages keep `geometry: null` (valid GeoJSON, RFC 7946
 * §3.2) so the list stays whole; the map draws only the located ones. Feature ids are the village
 * code, or `row-<source_row>` while unmatched.
 */
export const designatedVillageCollectionSchema = featureCollectionSchema(
  designatedVillageSchema,
  pointSchema.nullable(),
).superRefine((fc, ctx) => {
  const seen = new Map<string, number>();
  fc.features.forEach((f, i) => {
    const first = seen.get(f.id);
    if (first !== undefined)
      ctx.addIssue({ code: 'custom', path: ['features', i, 'id'], message: `repeats features[${first}].id "${f.id}"` });
    else seen.set(f.id, i);
    const [lon, lat] = f.geometry?.coordinates ?? [];
    const position = f.properties.position;
    if ((f.geometry === null) !== (position === null) || (position && (position[0] !== lon || position[1] !== lat)))
      ctx.addIssue({ code: 'custom', path: ['features', i, 'geometry'], message: 'does not agree with properties.position' });
  });
});
export type DesignatedVillageCollection = z.infer<typeof designatedVillageCollectionSchema>;

/** Where the loaded list came from and how well it matched. */
export const villageListMetaSchema = z.object({
  /** File name as loaded, or `pasted text`. */
  file: z.string().min(1),
  /** ISO 8601 timestamp. */
  loaded_at: z.iso.datetime({ offset: true }),
  /** Data rows read (blank lines excluded). */
  rows: z.number().int().nonnegative(),
  /** Rows matched automatically (by code, name or former name/code). */
  matched: z.number().int().nonnegative(),
  /** Ambiguous rows (or suggestions) the user resolved by choosing a candidate. */
  ambiguous_resolved: z.number().int().nonnegative(),
  /** Rows kept without a gazetteer match (unlocated unless the file gives a position). */
  unmatched_kept: z.number().int().nonnegative(),
  /** Rows dropped because they repeat a village already in the list. */
  duplicates_dropped: z.number().int().nonnegative().default(0),
});
export type VillageListMeta = z.infer<typeof villageListMetaSchema>;
