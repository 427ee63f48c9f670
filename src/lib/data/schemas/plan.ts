import { z } from 'zod';
import { areaGeometrySchema, bilingualSchema, featureCollectionSchema } from './geojson';
import { countyCodeSchema, prefectureCodeSchema } from './boundaries';
import { describeField, UNITS } from './field-meta';

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
export const citationSchema = z
  .object({
    file: z.enum(SEED_FILES).meta(describeField('种子文件（../shared/seeds 中的文件名）', 'Seed document (file name in ../shared/seeds)')),
    section: z.string().min(1).meta(describeField('章节标记，按原文的编号', 'Section marker, as the document numbers it')),
    quote: z
      .string()
      .min(2)
      .meta(describeField('原文，逐字照录（构建时核对）', 'The original words, copied exactly (checked at build time)')),
  })
  .meta(describeField('出处：种子文件、章节与原文', 'Where it comes from: seed file, section and original words'));
export type Citation = z.infer<typeof citationSchema>;

/** A place the plan names, as it words it, resolved to an NBS code of data/boundaries. */
const PLACE_FIELDS = {
  level: describeField('级别：地级市或县级行政区', 'Level: prefecture or county-level unit'),
  code: describeField('国家统计局区划代码（6位，同 data/boundaries）', 'NBS division code (6 digits, as in data/boundaries)'),
  as_written: describeField('规划原文中的写法', 'The name as the plan writes it'),
};
export const placeRefSchema = z
  .discriminatedUnion('level', [
    z.object({
      level: z.literal('prefecture').meta(PLACE_FIELDS.level),
      code: prefectureCodeSchema.meta(PLACE_FIELDS.code),
      as_written: z.string().min(1).meta(PLACE_FIELDS.as_written),
    }),
    z.object({
      level: z.literal('county').meta(PLACE_FIELDS.level),
      code: countyCodeSchema.meta(PLACE_FIELDS.code),
      as_written: z.string().min(1).meta(PLACE_FIELDS.as_written),
    }),
  ])
  .meta(describeField('规划点名的地方', 'A place the plan names'));
export type PlaceRef = z.infer<typeof placeRefSchema>;

/** A group of places within an industry (e.g. 花卉's four groups), or the single `main` group. */
export const industryGroupSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/).meta(describeField('组标识（只有一组时为 main）', 'Group id (main when there is one group)')),
  label: bilingualSchema.meta(describeField('组名称', 'Group label')),
  places: z.array(placeRefSchema).min(1).meta(describeField('该组点名的地方', 'Places named in the group')),
  citation: citationSchema,
});

export const industrySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/).meta(describeField('产业标识', 'Industry id')),
  /** 1–16, in the plan's order. */
  order: z.number().int().min(1).max(16).meta(describeField('规划中的序号（1–16）', "Number in the plan's order (1–16)")),
  name: bilingualSchema.meta(describeField('产业名称', 'Industry name')),
  /** Regions the plan gives only in words (辽东, 辽西北, 城市近郊 …); never turned into polygons. */
  regions_text: z
    .array(z.string().min(1))
    .meta(
      describeField(
        '规划仅以文字描述的区域（辽东、辽西北、城市近郊等），不画成多边形',
        'Regions the plan gives only in words (eastern Liaoning, north-western Liaoning, city outskirts …); never drawn as polygons',
      ),
    ),
  /** What the plan says to develop, in its words (zh) and in English. */
  description: bilingualSchema.meta(
    describeField('规划要求发展的内容（中文为原文）', 'What the plan says to develop (Chinese: the plan’s words)'),
  ),
  /** Places named for the industry; empty when the plan names only regions in words. */
  groups: z
    .array(industryGroupSchema)
    .meta(
      describeField(
        '规划为该产业点名的市县，分组；只以文字描述区域时为空',
        'Places named for the industry, in groups; empty when the plan names regions only in words',
      ),
    ),
  citation: citationSchema,
});
export type Industry = z.infer<typeof industrySchema>;
export const industriesSchema = z
  .array(industrySchema)
  .length(16)
  .meta(describeField('16项特色产业', 'The 16 characteristic industries'));

export const zoneSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/).meta(describeField('农业区标识', 'Zone id')),
  name: bilingualSchema.meta(describeField('农业区名称', 'Zone name')),
  /** The farming the zone's name stands for, e.g. 粮油, 畜牧业 (used by the consistency hints). */
  focus: z
    .array(z.string().min(1))
    .min(1)
    .meta(
      describeField(
        '区名所指的农业门类（如粮油、畜牧业），供一致性提示使用',
        "The farming the zone's name stands for (e.g. grain and oil, livestock), used by the consistency hints",
      ),
    ),
  citation: citationSchema,
});
export type Zone = z.infer<typeof zoneSchema>;
export const zonesSchema = z.array(zoneSchema).length(5).meta(describeField('五大农业区', 'The five agricultural zones'));

/** This atlas's reading: the plan names the zones but draws no boundary. */
export const zoneAssignmentSchema = z.object({
  county_code: countyCodeSchema.meta(describeField('县级行政区代码', 'County-level unit code (NBS)')),
  zone_id: z.string().regex(/^[a-z0-9-]+$/).meta(describeField('所归农业区（zones[].id）', 'Zone it is placed in (zones[].id)')),
  /** Which rule placed the county: `coast` (touches the sea), `prefecture` (its prefecture's zone), `override`. */
  rule: z
    .enum(['coast', 'prefecture', 'override'])
    .meta(
      describeField(
        '归属规则：coast 临海，prefecture 随所属地级市，override 明示的例外',
        "Rule that placed it: coast (touches the sea), prefecture (its prefecture's zone), override (a stated exception)",
      ),
    ),
  reason: bilingualSchema.meta(describeField('归属理由', 'Why it is placed there')),
});
export const zoneAssignmentsSchema = z
  .array(zoneAssignmentSchema)
  .length(100)
  .meta(
    describeField(
      '县区→农业区归属（本图集的解读：规划未划定边界）',
      "County → zone table (this atlas's reading: the plan draws no boundary)",
    ),
  );

export const exitTargetSchema = z.object({
  year: z.number().int().min(2016).max(2020).meta(describeField('年度', 'Year')),
  /** People lifted out of poverty that year; null for 2020 (consolidation, no number). */
  people: z
    .number()
    .int()
    .positive()
    .nullable()
    .meta(
      describeField(
        '当年脱贫人数目标；2020年为空（巩固提升，无数字）',
        'People to exit poverty that year; null for 2020 (consolidation, no number)',
        UNITS.people,
      ),
    ),
  description: bilingualSchema.meta(describeField('年度目标', 'The yearly target in words')),
  citation: citationSchema,
});

export const industryTargetSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/).meta(describeField('目标标识', 'Target id')),
  description: bilingualSchema.meta(describeField('产业目标', 'The industry target in words')),
  value: z
    .number()
    .positive()
    .nullable()
    .meta(describeField('目标数值（单位见 unit）；无数值时为空', 'Target number (its unit in unit); null if there is none')),
  unit: bilingualSchema.nullable().meta(describeField('目标数值的单位', 'Unit of the target number')),
  per_year: z.boolean().meta(describeField('是否为每年的数值', 'Whether the number is for each year')),
  citation: citationSchema,
});

export const targetsSchema = z.object({
  /**
   * `by_year` is the sum of the yearly numbers (2016–2019); it need not equal `people`, and `note`
   * says how and why they differ.
   */
  exit_total: z
    .object({
      people: z
        .number()
        .int()
        .positive()
        .meta(describeField('到2020年脱贫的总人数', 'People to exit poverty by 2020, in total', UNITS.people)),
      by_year: z
        .number()
        .int()
        .meta(describeField('2016—2019年度目标之和', 'Sum of the yearly targets 2016–2019', UNITS.people)),
      note: bilingualSchema.meta(describeField('总数与年度之和有何不同', 'How the total and the yearly sum differ')),
      citation: citationSchema,
    })
    .meta(describeField('脱贫总目标', 'Overall exit target')),
  exit_by_year: z
    .array(exitTargetSchema)
    .length(5)
    .meta(describeField('年度脱贫目标（2016—2020）', 'Yearly exit targets, 2016–2020')),
  industry: z.array(industryTargetSchema).min(1).meta(describeField('产业目标', 'Industry targets')),
});
export type Targets = z.infer<typeof targetsSchema>;

export const keyProjectSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/).meta(describeField('工程标识', 'Project id')),
  /** The plan's numbering, e.g. `(一)1` or `(十一)`. */
  number: z.string().min(1).meta(describeField('规划中的编号，如 (一)1', "The plan's numbering, e.g. (一)1")),
  name: bilingualSchema.meta(describeField('工程名称', 'Project name')),
  /** Sub-projects listed under it, if any. */
  parent: z
    .string()
    .nullable()
    .meta(describeField('所属的上级工程（key_projects[].id）；顶层工程为空', 'Parent project (key_projects[].id); null at the top level')),
  citation: citationSchema,
});
export const keyProjectsSchema = z
  .array(keyProjectSchema)
  .meta(describeField('十一项重点工程及其子项', 'The eleven key projects and their sub-projects'));

export const programmeCountySchema = z.object({
  place: placeRefSchema.meta(describeField('示范县', 'Demonstration county')),
  citation: citationSchema,
});

/** One pairing-assistance link as the plan words it, with this atlas's reading stated. */
export const pairingSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/).meta(describeField('帮扶关系标识', 'Link id')),
  from: z
    .object({
      name: bilingualSchema.meta(describeField('帮扶方名称', 'Name of the helper')),
      place: placeRefSchema
        .nullable()
        .meta(describeField('帮扶方所在地；企业等无地点时为空', 'Place of the helper; null for a helper with no place (an enterprise)')),
    })
    .meta(describeField('帮扶方', 'The helper')),
  to: placeRefSchema.meta(describeField('受帮扶方', 'The place helped')),
  /** `continuing` for links the plan says continue, `new` for those it adds. */
  status: z
    .enum(['continuing', 'new'])
    .meta(
      describeField(
        'continuing 规划称继续帮扶，new 规划新增',
        'continuing (the plan says it continues) or new (the plan adds it)',
      ),
    ),
  reading: bilingualSchema.meta(describeField('本图集对配对的解读', "This atlas's reading of the pairing")),
  citation: citationSchema,
});
export type Pairing = z.infer<typeof pairingSchema>;

export const linkageModelSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/).meta(describeField('模式标识', 'Model id')),
  name: bilingualSchema.meta(describeField('利益联结模式名称', 'Name of the interest-linkage model')),
  /** How the name was obtained (the seed is an English machine translation; zh is this atlas's). */
  reading: bilingualSchema.meta(
    describeField(
      '名称从何而来（资料为英文机器翻译，中文名为本图集回译）',
      "How the name was obtained (the seed is an English machine translation; the Chinese name is this atlas's back-translation)",
    ),
  ),
  citation: citationSchema,
});

/** The plan's starred list of provincial key counties was lost from the source text. */
export const keyCountiesSchema = z.object({
  status: z
    .literal('unknown')
    .meta(describeField('名单状态：unknown，原文表格缺失', 'Status of the list: unknown, its table is missing from the source text')),
  expected_count: z
    .literal(15)
    .meta(describeField('规划所说的省级贫困县数', 'Number of provincial poor counties the plan speaks of', UNITS.countyUnits)),
  counties: z.null().meta(describeField('名单：未知，为空', 'The list: unknown, so null')),
  note: bilingualSchema.meta(describeField('说明', 'Explanation')),
  /** Where the plan says the list is (the 带* line of the lost table). */
  citation: citationSchema.meta(
    describeField('规划说明名单所在之处（缺失表格中“带*”一句）', 'Where the plan says the list is (the starred-entries line of the lost table)'),
  ),
  /** Where the plan gives the number 15. */
  count_citation: citationSchema.meta(describeField('规划给出数字15之处', 'Where the plan gives the number 15')),
});

const planObjectSchema = z.object({
  document: z
    .object({
      title: bilingualSchema.meta(describeField('标题', 'Title')),
      number: z.string().meta(describeField('文号', 'Document number')),
      date: z.string().meta(describeField('印发日期（YYYY-MM-DD）', 'Date of issue (YYYY-MM-DD)')),
      citation: citationSchema,
    })
    .meta(describeField('规划文件', 'The plan document')),
  industries: industriesSchema,
  zones: zonesSchema,
  zone_assignments: zoneAssignmentsSchema,
  targets: targetsSchema.meta(describeField('脱贫目标与产业目标', 'Exit and industry targets')),
  key_projects: keyProjectsSchema,
  ecommerce_demo_counties: z
    .array(programmeCountySchema)
    .meta(describeField('电子商务进农村综合示范县', 'Counties of the national rural e-commerce demonstration programme')),
  pairings: z.array(pairingSchema).meta(describeField('对口帮扶关系', 'Pairing-assistance links')),
  linkage_models: z
    .array(linkageModelSchema)
    .length(6)
    .meta(describeField('六种利益联结模式（贵州资料）', 'The six interest-linkage models (Guizhou guidance)')),
  key_counties: keyCountiesSchema.meta(
    describeField('省脱贫开发重点县（名单缺失）', 'Provincial key counties for poverty alleviation (list missing)'),
  ),
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
