/**
 * Figures of the Dalian report (seed 004) on the villages, funds, industry, aid units and village
 * cadres. Quotes are copied byte for byte from the English machine translation; labels are this
 * atlas's wording. Where the translation is doubtful, `note` says so instead of correcting it.
 */
import type { DalianFigure } from '../../../src/lib/data/schemas/dalian-outcomes';
import { REPORT_SECTIONS as S, REPORT_YEARS, UNIT, citeReport, figure } from './outcomes-cite';

const [FROM, TO] = REPORT_YEARS;
const TITLE = '128 Low-Income Villages in Dalian Have All Withdrawn from Taking off Their Hats';

const IDENTIFIED = citeReport(
  [S.exited],
  'In 2014, the city increased its pressure and identified 128 low-income villages in 37 villages and towns (agriculture-related streets) of Pulandian, Wafangdian and Zhuanghe "one district, two cities"',
);
const INCOME = citeReport(
  [S.exited],
  'By 2020, all 128 low-income villages in Dalian will withdraw from their hats, with an annual disposable income of more than 14,000 yuan per capita',
);
const FUNDS = citeReport(
  [S.industry],
  'Over the past five years, Dalian has increased its investment in industrial poverty alleviation funds year by year, with a total investment of 280 million yuan in special poverty alleviation funds, a total investment of 760 million yuan in projects, and 1.04 billion yuan in new poverty alleviation industrial benefits.',
);
const INDUSTRY = citeReport(
  [S.industry],
  'There are 145 industrial projects, more than 5,000 agricultural sheds with various facilities, and nearly 20,000 mu of fruit trees, benefiting more than 13,000 households directly.',
);
const AID = citeReport(
  [S.parties],
  'Over the past five years, each designated aid unit has invested 102 million yuan (including material discount and coordination funds), built 550 new facility agricultural greenhouses or greenhouses, trained 1,307 people in skills, and helped sell more than 3 million yuan of agricultural products.',
);
const PLANS = citeReport(
  [S.parties],
  'Select cadres to formulate 945 "one village, one policy" rural development plans, introduce or cultivate 569 industrial projects, and strive for 220 million yuan for industrial project development funds.',
);
const COOPERATIVES = citeReport(
  [S.parties],
  "Leading the establishment of 410 specialized farmers' cooperatives; 166 cooperative enterprises were introduced, with an investment of 410 million yuan.",
);

/** Totals, funds, industry, aid units, cadres: the report's first three sections. */
export const REPORT_FIGURES: DalianFigure[] = [
  // Totals
  figure({
    id: 'villages-identified',
    topic: 'totals',
    label: { zh: '低收入村', en: 'Low-income villages' },
    value: 128,
    unit: UNIT.villages,
    period: [2014, 'quote'],
    citation: IDENTIFIED,
  }),
  figure({
    id: 'towns',
    topic: 'totals',
    label: { zh: '涉及乡镇（涉农街道）', en: 'Towns (incl. farming subdistricts)' },
    value: 37,
    unit: UNIT.towns,
    period: [2014, 'quote'],
    note: {
      zh: '原译文为“37 villages and towns (agriculture-related streets)”，即乡镇和涉农街道。',
      en: 'The translation says "37 villages and towns (agriculture-related streets)": towns and farming subdistricts (涉农街道).',
    },
    citation: IDENTIFIED,
  }),
  figure({
    id: 'county-units',
    topic: 'totals',
    label: { zh: '区市（一区两市）', en: 'District and cities' },
    value: 3,
    unit: UNIT.countyUnits,
    period: [2014, 'quote'],
    counted: ['Pulandian', 'Wafangdian', 'Zhuanghe'],
    note: {
      zh: '原文列出三个地名并称“一区两市”：普兰店为区，瓦房店、庄河为县级市；数字3为本图集计数。',
      en: 'The text names three places, "one district, two cities" (Pulandian a district; Wafangdian and Zhuanghe county-level cities); it prints no 3: the atlas counts the names.',
    },
    citation: IDENTIFIED,
  }),
  figure({
    id: 'villages-exited',
    topic: 'totals',
    label: { zh: '全部退出的低收入村', en: 'Low-income villages exited' },
    value: 128,
    unit: UNIT.villages,
    period: [2020, 'quote'],
    citation: citeReport(
      [TITLE],
      'By 2020, 128 low-income villages in Dalian have all withdrawn from taking off their hats',
    ),
  }),
  figure({
    id: 'income-per-capita',
    topic: 'totals',
    label: { zh: '人均年可支配收入', en: 'Disposable income per person' },
    value: 14_000,
    unit: UNIT.yuanPerPersonYear,
    qualifier: 'more_than',
    period: [2020, 'quote'],
    note: {
      zh: '低收入村农民人均；译文的“will”为机器翻译，报道写于2021年1月。',
      en: 'Per person in the low-income villages; the translation\'s "will" is machine translation of a report written in January 2021.',
    },
    citation: INCOME,
  }),
  // Funds
  ...(
    [
      ['special-funds', { zh: '扶贫专项资金', en: 'Special poverty-alleviation funds' }, 280e6],
      ['project-investment', { zh: '项目总投资', en: 'Total project investment' }, 760e6],
      ['industrial-benefit', { zh: '新增产业扶贫效益', en: 'New industrial benefit' }, 1.04e9],
    ] as const
  ).map(([id, label, value]) =>
    figure({ id, topic: 'funds', label, value, unit: UNIT.yuan, period: [FROM, TO, 'quote'], citation: FUNDS }),
  ),
  // Industry
  figure({
    id: 'industrial-projects',
    topic: 'industry',
    label: { zh: '产业项目', en: 'Industrial projects' },
    value: 145,
    unit: UNIT.projects,
    period: [FROM, TO, 'context'],
    citation: INDUSTRY,
  }),
  figure({
    id: 'facility-sheds',
    topic: 'industry',
    label: { zh: '设施农业大棚', en: 'Facility farming sheds' },
    value: 5_000,
    unit: UNIT.sheds,
    qualifier: 'more_than',
    period: [FROM, TO, 'context'],
    citation: INDUSTRY,
  }),
  figure({
    id: 'fruit-trees',
    topic: 'industry',
    label: { zh: '果树', en: 'Fruit trees' },
    value: 20_000,
    unit: UNIT.mu,
    qualifier: 'nearly',
    period: [FROM, TO, 'context'],
    citation: INDUSTRY,
  }),
  figure({
    id: 'households-benefiting',
    topic: 'industry',
    label: { zh: '直接受益农户', en: 'Households benefiting directly' },
    value: 13_000,
    unit: UNIT.households,
    qualifier: 'more_than',
    period: [FROM, TO, 'context'],
    citation: INDUSTRY,
  }),
  // Aid units
  figure({
    id: 'aid-units',
    topic: 'aid',
    label: { zh: '市直定点帮扶单位', en: 'Designated aid units' },
    value: 192,
    unit: UNIT.units,
    period: [FROM, TO, 'context'],
    citation: citeReport([S.parties], 'The 192 municipal designated aid units in the city'),
  }),
  figure({
    id: 'aid-investment',
    topic: 'aid',
    label: { zh: '帮扶单位投入', en: 'Invested by aid units' },
    value: 102e6,
    unit: UNIT.yuan,
    period: [FROM, TO, 'quote'],
    note: {
      zh: '含物资折价和协调资金。译文作“each designated aid unit”，本图集按各单位合计理解（192个单位各1.02亿元将远超项目总投资）。',
      en: 'Including materials at their value and funds coordinated. The translation says "each designated aid unit"; the atlas reads the sum over all units (192 × 102 million would far exceed all project investment).',
    },
    citation: AID,
  }),
  figure({
    id: 'aid-greenhouses',
    topic: 'aid',
    label: { zh: '帮扶新建大棚', en: 'Greenhouses built' },
    value: 550,
    unit: UNIT.greenhouses,
    period: [FROM, TO, 'quote'],
    citation: AID,
  }),
  figure({
    id: 'aid-trained',
    topic: 'aid',
    label: { zh: '技能培训', en: 'People trained in skills' },
    value: 1_307,
    unit: UNIT.people,
    period: [FROM, TO, 'quote'],
    citation: AID,
  }),
  figure({
    id: 'aid-sales',
    topic: 'aid',
    label: { zh: '帮助销售农产品', en: 'Farm produce sold' },
    value: 3e6,
    unit: UNIT.yuan,
    qualifier: 'more_than',
    period: [FROM, TO, 'quote'],
    citation: AID,
  }),
  // Cadres and plans
  figure({
    id: 'village-cadres',
    topic: 'cadres',
    label: { zh: '驻村干部', en: 'Cadres sent to villages' },
    value: 1_000,
    unit: UNIT.cadres,
    qualifier: 'more_than',
    period: [FROM, TO, 'context'],
    citation: citeReport(
      [S.parties],
      'the city has sent more than 1,000 cadres to work in villages to achieve full coverage of all villages',
    ),
  }),
  ...(
    [
      ['village-plans', { zh: '“一村一策”发展规划', en: '"One village, one policy" plans' }, 945, UNIT.plans, PLANS],
      ['cadre-projects', { zh: '引进或培育产业项目', en: 'Projects brought in or grown' }, 569, UNIT.projects, PLANS],
      ['cadre-funds', { zh: '争取产业项目资金', en: 'Project funds obtained' }, 220e6, UNIT.yuan, PLANS],
      [
        'cooperatives',
        { zh: '领办农民专业合作社', en: "Farmers' cooperatives set up" },
        410,
        UNIT.cooperatives,
        COOPERATIVES,
      ],
      [
        'cooperative-enterprises',
        { zh: '引进合作企业', en: 'Enterprises brought in' },
        166,
        UNIT.enterprises,
        COOPERATIVES,
      ],
      [
        'enterprise-investment',
        { zh: '引进企业投资', en: 'Investment by those enterprises' },
        410e6,
        UNIT.yuan,
        COOPERATIVES,
      ],
    ] as const
  ).map(([id, label, value, unit, citation]) =>
    figure({ id, topic: 'cadres', label, value, unit, period: [FROM, TO, 'context'], citation }),
  ),
];
