/**
 * The 2018 implementation opinions (seed 000): the three processing and agglomeration areas and
 * the targets for 2018 and 2020. Town names in Chinese are those known from the issue (炮台街道,
 * 黑岛镇, 长城街道); the seed itself is English. County codes are filled in by the build from
 * data/boundaries, never typed here.
 */
import type { DalianFigure } from '../../../src/lib/data/schemas/dalian-outcomes';
import type { Bilingual } from '../../../src/lib/data/schemas/geojson';
import { UNIT, citeOpinions, figure } from './outcomes-cite';

const PROCESSING = citeOpinions(
  ['三.', '(十三) Vigorously develop agricultural product processing industry'],
  'complete the upgrading of three agricultural product processing and agglomeration areas in Paotai Street, Jinpu New Town, Heidao Town, Zhuanghe City, and Changcheng Street, Lyushunkou District',
);
const TOURISM = ['三.', '(十四) Develop leisure agriculture and rural tourism'];
const ECOMMERCE = citeOpinions(
  ['三.', '(十五) Continuously improve the level of rural e-commerce'],
  'By 2020, on the basis of full coverage of information entering villages and households, 2,000 rural e-commerce visits will be trained, and 50 new rural e-commerce entrepreneurs will be trained',
);
const VISITORS = citeOpinions(
  TOURISM,
  'The annual number of tourists will exceed 20 million, which will drive more than 40,000 households.',
);

/** Targets and tasks of the 2018 opinions. */
export const OPINION_FIGURES: DalianFigure[] = [
  figure({
    id: 'processing-areas',
    topic: 'processing',
    kind: 'target',
    label: { zh: '农产品加工集聚区升级', en: 'Processing areas to upgrade' },
    value: 3,
    unit: UNIT.areas,
    citation: PROCESSING,
  }),
  figure({
    id: 'tourism-income',
    topic: 'tourism',
    kind: 'target',
    label: { zh: '休闲农业和乡村旅游综合收入', en: 'Rural tourism income' },
    value: 14e9,
    unit: UNIT.yuan,
    period: [2020, 'quote'],
    citation: citeOpinions(
      TOURISM,
      'By 2020, each agriculture-related district city (county) will build 1-2 demonstration sites, and the comprehensive income of leisure agriculture and rural tourism will reach 14 billion yuan.',
    ),
  }),
  figure({
    id: 'tourism-visitors',
    topic: 'tourism',
    kind: 'target',
    label: { zh: '年接待游客', en: 'Visitors a year' },
    value: 20e6,
    unit: UNIT.visitors,
    qualifier: 'more_than',
    period: [2020, 'context'],
    citation: VISITORS,
  }),
  figure({
    id: 'tourism-households',
    topic: 'tourism',
    kind: 'target',
    label: { zh: '带动农户', en: 'Households drawn in' },
    value: 40_000,
    unit: UNIT.households,
    qualifier: 'more_than',
    period: [2020, 'context'],
    citation: VISITORS,
  }),
  figure({
    id: 'ecommerce-trained',
    topic: 'ecommerce',
    kind: 'target',
    label: { zh: '培训农村电商人员', en: 'E-commerce people trained' },
    value: 2_000,
    unit: UNIT.people,
    period: [2020, 'quote'],
    note: {
      zh: '译文作“2,000 rural e-commerce visits will be trained”，“visits”为误译；本图集理解为培训人员，中文原文不在种子文件中。',
      en: 'The translation says "2,000 rural e-commerce visits will be trained"; "visits" is a mistranslation, read here as people trained (the Chinese original is not among the seeds).',
    },
    citation: ECOMMERCE,
  }),
  figure({
    id: 'ecommerce-entrepreneurs',
    topic: 'ecommerce',
    kind: 'target',
    label: { zh: '新培育农村电商创业者', en: 'New e-commerce entrepreneurs' },
    value: 50,
    unit: UNIT.entrepreneurs,
    period: [2020, 'quote'],
    citation: ECOMMERCE,
  }),
  figure({
    id: 'reform-pilot-villages',
    topic: 'collective-reform',
    kind: 'target',
    label: { zh: '集体产权制度改革试点村', en: 'Reform pilot villages' },
    value: 55,
    unit: UNIT.villages,
    period: [2018, 'quote'],
    citation: citeOpinions(
      ['四.', '(十八) Deepen the reform of rural collective property rights system'],
      'In 2018, it is planned to basically complete 55 village pilots and the entire district pilot reform task in Ganjingzi District.',
    ),
  }),
];

/** An agglomeration area as declared here; `code` comes from data/boundaries at build time. */
export interface AreaSource {
  id: string;
  town: Bilingual;
  county: { as_written: string; name_zh: string };
  /** false when the unit is not an NBS county (the build checks it is absent from boundaries). */
  resolve: boolean;
  note: Bilingual | null;
}

/** The three areas of (十三), in the order the seed lists them. */
export const AGGLOMERATION_AREAS: AreaSource[] = [
  {
    id: 'paotai',
    town: { zh: '炮台街道', en: 'Paotai Street' },
    county: { as_written: 'Jinpu New Town', name_zh: '金普新区' },
    resolve: false,
    note: {
      zh: '金普新区为国家级新区，不是 data/boundaries 中的县级行政区，故无代码。',
      en: 'Jinpu (金普新区) is a state-level new area, not a county-level unit of data/boundaries: no code.',
    },
  },
  {
    id: 'heidao',
    town: { zh: '黑岛镇', en: 'Heidao Town' },
    county: { as_written: 'Zhuanghe City', name_zh: '庄河市' },
    resolve: true,
    note: null,
  },
  {
    id: 'changcheng',
    town: { zh: '长城街道', en: 'Changcheng Street' },
    county: { as_written: 'Lyushunkou District', name_zh: '旅顺口区' },
    resolve: true,
    note: null,
  },
];

/** The citation every area shares: the seed names all three in one clause. */
export const AGGLOMERATION_CITATION = PROCESSING;
