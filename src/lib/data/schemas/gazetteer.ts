import { z } from 'zod';

/**
 * The Dalian gazetteer (data/dalian/gazetteer.json): NBS names and codes of every town (乡镇/街道)
 * and village-level unit (村委会/社区) of 普兰店区, 瓦房店市 and 庄河市, plus the older names and
 * codes an official 2014 list may use. A name list only: there are no coordinates, and it is not
 * the list of the 128 designated low-income villages (which is not public).
 */

/** The three county-level units that held Dalian's 2014 low-income villages (seed 004). */
export const GAZETTEER_COUNTY_CODES = ['210214', '210281', '210283'] as const;

/** Town kinds, read from the name's ending: …镇, …乡 (incl. 民族乡), …街道 / …办事处. */
export const townKindSchema = z.enum(['镇', '乡', '街道', 'other']);
export type TownKind = z.infer<typeof townKindSchema>;
/** Village-level kinds, read from the ending: …村委会 / …村民委员会; …社区居委会 / …居委会 / …社区. */
export const villageKindSchema = z.enum(['村委会', '社区', 'other']);
export type VillageKind = z.infer<typeof villageKindSchema>;

const code = (digits: number) => z.string().regex(new RegExp(`^21\\d{${digits - 2}}$`), `a ${digits}-digit NBS code 21…`);
const countyCode = code(6);
const townCode = code(9);
const villageCode = code(12);
/** A year-named NBS vintage, e.g. `2023` (统计用区划代码 of that year). */
const vintageId = z.string().regex(/^\d{4}$/, 'a 4-digit vintage year');
/** Hanyu Pinyin as one capitalised word without tones (`Zhuanghe`, `Xi'an`), ü kept. */
const pinyin = z.string().regex(/^[A-Z][a-zü']*$/, 'one capitalised pinyin word without tones');
/** The name without its kind suffix (村委会, 社区居委会, 镇, 满族乡, 街道 …): what lists and maps often write. */
const baseName = z.string().min(1);

/** Where a vintage was read: the NBS edition as the package's README states it. */
export const vintageSchema = z.object({
  id: vintageId,
  /** `name@version` of the npm package (installed under an alias for older vintages). */
  package: z.string().min(3),
  /** E.g. `2023年统计用区划代码和城乡划分代码`. */
  nbs_title: z.string().min(1),
  /** The edition's cut-off date (截止时间) and publication date (发布时间), ISO. */
  cutoff: z.iso.date(),
  published: z.iso.date(),
  /** Levels of this gazetteer taken from the vintage (the 2015 package has no villages). */
  levels: z.array(z.enum(['county', 'town', 'village'])).min(1),
  /** True for the vintage of counties/towns/villages; false for those only in `former`. */
  current: z.boolean(),
});
export type GazetteerVintage = z.infer<typeof vintageSchema>;

export const gazetteerCountySchema = z.object({
  code: countyCode,
  name_zh: z.string().min(2),
  /** English name as in data/boundaries/counties.geojson, e.g. `Zhuanghe City`. */
  name_en: z.string().min(2),
  /** Pinyin of the name without 区/市, e.g. `Zhuanghe`. */
  pinyin,
});
export type GazetteerCounty = z.infer<typeof gazetteerCountySchema>;

export const gazetteerTownSchema = z.object({
  /** 9-digit NBS code; its first 6 digits are county_code. */
  code: townCode,
  name_zh: z.string().min(2),
  base_name: baseName,
  /** Pinyin of base_name. */
  pinyin,
  kind: townKindSchema,
  county_code: countyCode,
});
export type GazetteerTown = z.infer<typeof gazetteerTownSchema>;

export const gazetteerVillageSchema = z.object({
  /** 12-digit NBS code; its first 9 digits are town_code. */
  code: villageCode,
  name_zh: z.string().min(2),
  base_name: baseName,
  /** Pinyin of base_name. */
  pinyin,
  kind: villageKindSchema,
  town_code: townCode,
});
export type GazetteerVillage = z.infer<typeof gazetteerVillageSchema>;

/**
 * How a former unit was tied to its 2023 successor: same `code`; identical `name` in the same
 * (successor) county; same `base_name` there (one candidate, or one in the successor of its old
 * town); `children` (a town whose villages all went to one town); `via_later_vintage` (a unit of an older vintage
 * followed through its namesake in a later one, e.g. a 2015 town through 2016); `none`.
 */
export const formerMatchSchema = z.enum(['code', 'name', 'base_name', 'children', 'via_later_vintage', 'none']);
/**
 * What happened: `renamed` (same code), `recoded` (same name, new code), `recoded_renamed`,
 * `merged` (into another unit), `moved` (a unit of that name now lies in another county of Dalian,
 * outside this gazetteer), `unresolved` (no successor by the rules).
 */
export const formerChangeSchema = z.enum(['renamed', 'recoded', 'recoded_renamed', 'merged', 'moved', 'unresolved']);

const formerCommon = {
  name_zh: z.string().min(2),
  base_name: baseName,
  pinyin,
  /** The vintages in which this exact code + name occurs (sorted). */
  vintages: z.array(vintageId).min(1),
  match: formerMatchSchema,
  change: formerChangeSchema,
  /** Why / how, in English, naming the successor or the candidates. */
  note: z.string().min(1),
};

/**
 * A unit of an older vintage whose code + name pair is not in 2023, with its 2023 successor of the
 * same level (null when the rules find none inside the three counties).
 */
export const formerUnitSchema = z.discriminatedUnion('level', [
  z.object({
    level: z.literal('county'),
    code: countyCode,
    ...formerCommon,
    successor_code: countyCode.nullable(),
    outside_successor_code: countyCode.nullable(),
  }),
  z.object({
    level: z.literal('town'),
    code: townCode,
    kind: townKindSchema,
    /** The county code in that vintage (210282 for 普兰店市 in 2015). */
    county_code: countyCode,
    ...formerCommon,
    successor_code: townCode.nullable(),
    /** A 2023 town of the same name in another county of Dalian, outside this gazetteer. */
    outside_successor_code: townCode.nullable(),
  }),
  z.object({
    level: z.literal('village'),
    code: villageCode,
    kind: villageKindSchema,
    /** The town code in that vintage. */
    town_code: townCode,
    ...formerCommon,
    successor_code: villageCode.nullable(),
    outside_successor_code: villageCode.nullable(),
  }),
]);
export type FormerUnit = z.infer<typeof formerUnitSchema>;

const LEVEL_ORDER = { county: 0, town: 1, village: 2 } as const;
/** Sort key of former units: level, code, name (a code can carry different names in different vintages). */
export function formerSortKey(f: Pick<FormerUnit, 'level' | 'code' | 'name_zh'>): string {
  return `${LEVEL_ORDER[f.level]}|${f.code}|${f.name_zh}`;
}

export const gazetteerSchema = z
  .object({
    vintages: z.array(vintageSchema).min(1),
    counties: z.array(gazetteerCountySchema).length(GAZETTEER_COUNTY_CODES.length),
    towns: z.array(gazetteerTownSchema).min(1),
    villages: z.array(gazetteerVillageSchema).min(1),
    former: z.array(formerUnitSchema),
  })
  .superRefine((g, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    // Sorted and unique: a deterministic file, and codes usable as keys.
    const checkSorted = (list: string[], key: string) =>
      list.forEach((k, i) => {
        if (i > 0 && list[i - 1] >= k) issue([key, i], `${k} is not after ${list[i - 1]} (sorted, unique)`);
      });
    checkSorted(
      g.vintages.map((v) => v.id),
      'vintages',
    );
    checkSorted(
      g.counties.map((c) => c.code),
      'counties',
    );
    checkSorted(
      g.towns.map((t) => t.code),
      'towns',
    );
    checkSorted(
      g.villages.map((v) => v.code),
      'villages',
    );
    checkSorted(g.former.map(formerSortKey), 'former');
    if (g.vintages.filter((v) => v.current).length !== 1) issue(['vintages'], 'exactly one vintage must be current');
    const countyCodes = new Set<string>(GAZETTEER_COUNTY_CODES);
    g.counties.forEach((c, i) => {
      if (!countyCodes.has(c.code)) issue(['counties', i, 'code'], `${c.code} is not one of ${GAZETTEER_COUNTY_CODES}`);
    });
    const towns = new Set(g.towns.map((t) => t.code));
    const villages = new Set(g.villages.map((v) => v.code));
    g.towns.forEach((t, i) => {
      if (!countyCodes.has(t.county_code)) issue(['towns', i, 'county_code'], `${t.county_code} is not in counties`);
      if (!t.code.startsWith(t.county_code)) issue(['towns', i, 'code'], `does not start with ${t.county_code}`);
    });
    g.villages.forEach((v, i) => {
      if (!towns.has(v.town_code)) issue(['villages', i, 'town_code'], `${v.town_code} is not in towns`);
      if (!v.code.startsWith(v.town_code)) issue(['villages', i, 'code'], `does not start with ${v.town_code}`);
    });
    const vintageIds = new Set(g.vintages.map((v) => v.id));
    const existing = { county: countyCodes, town: towns, village: villages };
    g.former.forEach((f, i) => {
      for (const v of f.vintages) if (!vintageIds.has(v)) issue(['former', i, 'vintages'], `unknown vintage ${v}`);
      if (f.successor_code !== null && !existing[f.level].has(f.successor_code))
        issue(['former', i, 'successor_code'], `${f.successor_code} is not a ${f.level} of the gazetteer`);
      if ((f.successor_code === null) === (f.match !== 'none'))
        issue(['former', i, 'match'], `is "${f.match}" but successor_code is ${f.successor_code}`);
      if (f.level === 'village' && !f.code.startsWith(f.town_code))
        issue(['former', i, 'code'], `does not start with ${f.town_code}`);
      if (f.level === 'town' && !f.code.startsWith(f.county_code))
        issue(['former', i, 'code'], `does not start with ${f.county_code}`);
    });
  });
export type Gazetteer = z.infer<typeof gazetteerSchema>;
