import { z } from 'zod';
import { bilingualSchema } from './geojson';
import { countyCodeSchema } from './boundaries';
import { describeField } from './field-meta';
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
  .object({
    from: yearSchema.meta(describeField('起始年份', 'First year')),
    to: yearSchema.meta(describeField('终止年份', 'Last year')),
    basis: z
      .enum(['quote', 'context'])
      .meta(
        describeField(
          '年份依据：quote 引文写明，context 来自上下文或文件范围',
          "Where the years come from: quote (the quoted words state them) or context (the paragraph or the document's scope)",
        ),
      ),
  })
  .refine((p) => p.from <= p.to, { message: 'period.from after period.to' });

/** One number of the Dalian documents, as the seed states it, with the words it comes from. */
export const dalianFigureSchema = z.object({
  id: idSchema.meta(describeField('数字标识', 'Figure id')),
  /** A topic id of `topics`, and optionally one of that topic's groups (e.g. infrastructure → power). */
  topic: idSchema.meta(describeField('所属主题（topics[].id）', 'Topic (topics[].id)')),
  group: idSchema
    .nullable()
    .meta(describeField('主题下的分组（topics[].groups[].id）；无则为空', "Group within the topic (topics[].groups[].id); null if none")),
  /** `reported`: an outcome the 2021 report states; `target`: what the 2018 opinions set out to reach. */
  kind: z
    .enum(['reported', 'target'])
    .meta(
      describeField(
        'reported 2021年报道的成效，target 2018年实施意见的目标',
        'reported (an outcome the 2021 report states) or target (what the 2018 opinions set out to reach)',
      ),
    ),
  /** Short label for charts; English is this atlas's wording, Chinese this atlas's translation. */
  label: bilingualSchema.meta(describeField('简短标签（本图集的措辞）', "Short label (this atlas's wording)")),
  /** In base units (yuan, not million yuan; m², not million m²). */
  value: z
    .number()
    .positive()
    .meta(describeField('数值，基本单位（元而非万元，平方米）；单位见 unit', 'The number, in base units (yuan, not million yuan; m²); its unit in unit')),
  unit: bilingualSchema.meta(describeField('数值的单位', 'Unit of the value')),
  qualifier: figureQualifierSchema.meta(
    describeField(
      '原文对数字的限定：exact 无限定，more_than 超过，about 约，nearly 接近，at_least 至少',
      'How the seed words the number: exact, more_than, about, nearly (a little under) or at_least',
    ),
  ),
  period: figurePeriodSchema.nullable().meta(describeField('数字所指的年份或时段；无则为空', 'Year or span the figure holds for; null if none')),
  /**
   * Set when the text lists names instead of printing the number (Pulandian, Wafangdian and
   * Zhuanghe → 3): the value is their count, and each name occurs in the quote.
   */
  counted: z
    .array(z.string().min(1))
    .min(2)
    .nullable()
    .meta(
      describeField(
        '原文列出名称而非数字时的名称表，数值即其个数；否则为空',
        'Names the text lists instead of printing the number (the value is their count); null otherwise',
      ),
    ),
  /** What a reader must know: translation doubts, scope, how the atlas reads the words. */
  note: bilingualSchema
    .nullable()
    .meta(describeField('读者须知：翻译疑点、范围、本图集如何理解原文', 'What a reader must know: translation doubts, scope, how the atlas reads the words')),
  citation: citationSchema,
});
export type DalianFigure = z.infer<typeof dalianFigureSchema>;

export const dalianTopicSchema = z.object({
  id: idSchema.meta(describeField('主题标识', 'Topic id')),
  label: bilingualSchema.meta(describeField('主题名称', 'Topic name')),
  /** Sub-groups for charts (infrastructure: roads, power, water, housing); empty if none. */
  groups: z
    .array(
      z.object({
        id: idSchema.meta(describeField('分组标识', 'Group id')),
        label: bilingualSchema.meta(describeField('分组名称', 'Group name')),
      }),
    )
    .meta(
      describeField(
        '图表用的分组（基础设施：道路、电力、饮水、住房）；无则为空数组',
        'Sub-groups for charts (infrastructure: roads, power, water, housing); empty if none',
      ),
    ),
});
export type DalianTopic = z.infer<typeof dalianTopicSchema>;

/** A seed document the figures cite. */
export const dalianDocumentSchema = z.object({
  file: z.enum(SEED_FILES).meta(describeField('种子文件（../shared/seeds 中的文件名）', 'Seed document (file name in ../shared/seeds)')),
  /** ISO date of the document. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .meta(describeField('文件日期（YYYY-MM-DD）', 'Date of the document (YYYY-MM-DD)')),
  /** The title line as the seed prints it (checked to occur in the file). */
  title_as_written: z
    .string()
    .min(2)
    .meta(describeField('种子文件所印的标题行（构建时核对）', 'The title line as the seed prints it (checked at build time)')),
  description: bilingualSchema.meta(describeField('文件说明', 'What the document is')),
});

/**
 * A processing and agglomeration area of the 2018 opinions, named by its town (街道/镇) and the
 * county-level unit the seed puts it in. `code` is set only when that unit is an NBS county of
 * data/boundaries (金普新区, a new area, is not).
 */
export const agglomerationAreaSchema = z.object({
  id: idSchema.meta(describeField('集聚区标识', 'Area id')),
  /** zh as known from the issue (炮台街道 …); en as the seed writes it. */
  town: bilingualSchema.meta(describeField('所在街道或镇（英文名照种子文件）', 'Its town (街道 or 镇; the English name as the seed writes it)')),
  county: z
    .object({
      as_written: z.string().min(2).meta(describeField('种子文件中的写法', 'As the seed writes it')),
      name_zh: z.string().min(2).meta(describeField('中文名称', 'Chinese name')),
      code: countyCodeSchema
        .nullable()
        .meta(
          describeField(
            '县级行政区代码（data/boundaries）；金普新区等非统计县级单位为空',
            'County-level unit code (data/boundaries); null for a unit that is not an NBS county (金普新区, a new area)',
          ),
        ),
    })
    .meta(describeField('种子文件所说的所在县级单位', 'The county-level unit the seed puts it in')),
  note: bilingualSchema.nullable().meta(describeField('说明', 'Note')),
  citation: citationSchema,
});
export type AgglomerationArea = z.infer<typeof agglomerationAreaSchema>;

const dalianOutcomesObjectSchema = z.object({
  documents: z.array(dalianDocumentSchema).min(1).meta(describeField('所引的种子文件', 'The seed documents cited')),
  topics: z.array(dalianTopicSchema).min(1).meta(describeField('主题', 'Topics')),
  figures: z
    .array(dalianFigureSchema)
    .min(1)
    .meta(describeField('成效与目标数字，各附原文', 'Outcome and target figures, each with the words it comes from')),
  agglomeration_areas: z
    .array(agglomerationAreaSchema)
    .meta(describeField('2018年实施意见的农产品加工集聚区', "The 2018 opinions' farm-produce processing agglomeration areas")),
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
