import { z } from 'zod';
import { describeField } from './field-meta';

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
  id: vintageId.meta(describeField('版本年份', 'Vintage year')),
  /** `name@version` of the npm package (installed under an alias for older vintages). */
  package: z.string().min(3).meta(describeField('读取的 npm 包（名称@版本）', 'The npm package read (name@version)')),
  /** E.g. `2023年统计用区划代码和城乡划分代码`. */
  nbs_title: z.string().min(1).meta(describeField('国家统计局版本名称，照包的 README', "The NBS edition's title, as the package's README gives it")),
  /** The edition's cut-off date (截止时间) and publication date (发布时间), ISO. */
  cutoff: z.iso.date().meta(describeField('截止时间', 'Cut-off date of the edition (截止时间)')),
  published: z.iso.date().meta(describeField('发布时间', 'Publication date of the edition (发布时间)')),
  /** Levels of this gazetteer taken from the vintage (the 2015 package has no villages). */
  levels: z
    .array(z.enum(['county', 'town', 'village']))
    .min(1)
    .meta(describeField('取自该版本的层级（2015年的包没有村级）', 'Levels taken from this vintage (the 2015 package has no villages)')),
  /** True for the vintage of counties/towns/villages; false for those only in `former`. */
  current: z
    .boolean()
    .meta(describeField('是否为现行版本（counties、towns、villages 所用）', 'Whether this is the current vintage (that of counties, towns and villages)')),
});
export type GazetteerVintage = z.infer<typeof vintageSchema>;

export const gazetteerCountySchema = z.object({
  code: countyCode.meta(describeField('县级行政区代码（6位）', 'County-level unit code (6 digits)')),
  name_zh: z.string().min(2).meta(describeField('中文名称', 'Chinese name')),
  /** English name as in data/boundaries/counties.geojson, e.g. `Zhuanghe City`. */
  name_en: z.string().min(2).meta(describeField('英文名称（同 data/boundaries）', 'English name (as in data/boundaries)')),
  /** Pinyin of the name without 区/市, e.g. `Zhuanghe`. */
  pinyin: pinyin.meta(describeField('不含“区”“市”的名称的拼音', 'Pinyin of the name without its 区/市 suffix')),
});
export type GazetteerCounty = z.infer<typeof gazetteerCountySchema>;

const TOWN_KIND = describeField('乡镇类别，按名称结尾判断', "Kind of town, read from the name's ending");
const VILLAGE_KIND = describeField('村级单位类别，按名称结尾判断', "Kind of village-level unit, read from the name's ending");
const FORMER_KIND = describeField(
  '类别，按名称结尾判断（乡镇：镇、乡、街道；村级：村委会、社区）',
  "Kind, read from the name's ending (towns: 镇, 乡, 街道; villages: 村委会, 社区)",
);
const NAME_FIELDS = {
  name_zh: describeField('中文全称', 'Full Chinese name'),
  base_name: describeField('不含类别后缀的名称（村委会、社区居委会、镇、街道等）', 'The name without its kind suffix (村委会, 社区居委会, 镇, 街道 …)'),
  pinyin: describeField('base_name 的拼音（机器生成，未经人工核对）', 'Pinyin of base_name (machine-generated, not reviewed)'),
};

export const gazetteerTownSchema = z.object({
  /** 9-digit NBS code; its first 6 digits are county_code. */
  code: townCode.meta(describeField('乡镇（街道）代码（9位，前6位为县级代码）', 'Town code (9 digits; the first 6 are the county code)')),
  name_zh: z.string().min(2).meta(NAME_FIELDS.name_zh),
  base_name: baseName.meta(NAME_FIELDS.base_name),
  /** Pinyin of base_name. */
  pinyin: pinyin.meta(NAME_FIELDS.pinyin),
  kind: townKindSchema.meta(TOWN_KIND),
  county_code: countyCode.meta(describeField('所属县级行政区代码', 'Code of its county-level unit')),
});
export type GazetteerTown = z.infer<typeof gazetteerTownSchema>;

export const gazetteerVillageSchema = z.object({
  /** 12-digit NBS code; its first 9 digits are town_code. */
  code: villageCode.meta(describeField('村级单位代码（12位，前9位为乡镇代码）', 'Village-level unit code (12 digits; the first 9 are the town code)')),
  name_zh: z.string().min(2).meta(NAME_FIELDS.name_zh),
  base_name: baseName.meta(NAME_FIELDS.base_name),
  /** Pinyin of base_name. */
  pinyin: pinyin.meta(NAME_FIELDS.pinyin),
  kind: villageKindSchema.meta(VILLAGE_KIND),
  town_code: townCode.meta(describeField('所属乡镇（街道）代码', 'Code of its town')),
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
  name_zh: z.string().min(2).meta(NAME_FIELDS.name_zh),
  base_name: baseName.meta(NAME_FIELDS.base_name),
  pinyin: pinyin.meta(NAME_FIELDS.pinyin),
  /** The vintages in which this exact code + name occurs (sorted). */
  vintages: z
    .array(vintageId)
    .min(1)
    .meta(describeField('出现这一代码和名称的版本年份', 'Vintages in which this code and name occur')),
  match: formerMatchSchema.meta(
    describeField(
      '如何找到2023年的对应单位：code 同代码，name 同名，base_name 同基本名，children 下属村全部归入，via_later_vintage 经较新版本，none 未找到',
      'How the 2023 successor was found: code (same code), name (same name), base_name (same name without suffix), children (all its villages went there), via_later_vintage (through a newer vintage), none',
    ),
  ),
  change: formerChangeSchema.meta(
    describeField(
      '变化：renamed 改名，recoded 改码，recoded_renamed 改码并改名，merged 撤并，moved 同名单位在大连其他县区，unresolved 无对应',
      'What happened: renamed, recoded, recoded_renamed, merged, moved (a unit of that name is now in another county of Dalian), unresolved',
    ),
  ),
  /** Why / how, in English, naming the successor or the candidates. */
  note: z.string().min(1).meta(describeField('说明（英文），列出对应单位或候选', 'Why and how, in English, naming the successor or the candidates')),
};
const FORMER_CODE = describeField('该版本中的代码', 'Code in that vintage');
const SUCCESSOR = describeField('2023年的对应单位代码（同级）；无则为空', 'Code of the 2023 successor (same level); null if none');
const OUTSIDE = describeField(
  '大连市其他县区中2023年同名单位的代码（在本名录之外）；无则为空',
  'Code of a 2023 namesake in another county of Dalian, outside this gazetteer; null if none',
);

/**
 * A unit of an older vintage whose code + name pair is not in 2023, with its 2023 successor of the
 * same level (null when the rules find none inside the three counties).
 */
const FORMER_LEVEL = describeField('层级：县级、乡镇或村级', 'Level: county, town or village');
export const formerUnitSchema = z.discriminatedUnion('level', [
  z.object({
    level: z.literal('county').meta(FORMER_LEVEL),
    code: countyCode.meta(FORMER_CODE),
    ...formerCommon,
    successor_code: countyCode.nullable().meta(SUCCESSOR),
    outside_successor_code: countyCode.nullable().meta(OUTSIDE),
  }),
  z.object({
    level: z.literal('town').meta(FORMER_LEVEL),
    code: townCode.meta(FORMER_CODE),
    kind: townKindSchema.meta(FORMER_KIND),
    /** The county code in that vintage (210282 for 普兰店市 in 2015). */
    county_code: countyCode.meta(describeField('该版本中所属县级单位的代码', 'Code of its county-level unit in that vintage')),
    ...formerCommon,
    successor_code: townCode.nullable().meta(SUCCESSOR),
    /** A 2023 town of the same name in another county of Dalian, outside this gazetteer. */
    outside_successor_code: townCode.nullable().meta(OUTSIDE),
  }),
  z.object({
    level: z.literal('village').meta(FORMER_LEVEL),
    code: villageCode.meta(FORMER_CODE),
    kind: villageKindSchema.meta(FORMER_KIND),
    /** The town code in that vintage. */
    town_code: townCode.meta(describeField('该版本中所属乡镇的代码', 'Code of its town in that vintage')),
    ...formerCommon,
    successor_code: villageCode.nullable().meta(SUCCESSOR),
    outside_successor_code: villageCode.nullable().meta(OUTSIDE),
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
    vintages: z
      .array(vintageSchema)
      .min(1)
      .meta(describeField('读取的国家统计局区划代码版本', 'NBS division-code editions read')),
    counties: z
      .array(gazetteerCountySchema)
      .length(GAZETTEER_COUNTY_CODES.length)
      .meta(describeField('普兰店区、瓦房店市、庄河市', 'Pulandian, Wafangdian and Zhuanghe')),
    towns: z.array(gazetteerTownSchema).min(1).meta(describeField('乡镇（街道），现行版本', 'Towns (乡镇/街道), current vintage')),
    villages: z
      .array(gazetteerVillageSchema)
      .min(1)
      .meta(describeField('村级单位（村委会、社区），现行版本', 'Village-level units (村委会/社区), current vintage')),
    former: z
      .array(formerUnitSchema)
      .meta(
        describeField(
          '旧版本中已改名、改码或撤并的单位及其2023年对应单位',
          'Units of older vintages renamed, re-coded or merged since, each with its 2023 successor',
        ),
      ),
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
