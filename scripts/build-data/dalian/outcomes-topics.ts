/**
 * The topics the Dalian figures are grouped by, in display order, and the two seed documents they
 * cite. Chinese topic names and descriptions are this atlas's.
 */
import type { DalianOutcomes } from '../../../src/lib/data/schemas/dalian-outcomes';
import { OPINIONS_SEED, REPORT_SEED } from './outcomes-cite';

export const TOPICS: DalianOutcomes['topics'] = [
  { id: 'totals', label: { zh: '总体', en: 'Overall' }, groups: [] },
  { id: 'funds', label: { zh: '资金投入', en: 'Funds and investment' }, groups: [] },
  { id: 'industry', label: { zh: '产业扶贫', en: 'Industry' }, groups: [] },
  { id: 'aid', label: { zh: '定点帮扶', en: 'Designated aid units' }, groups: [] },
  { id: 'cadres', label: { zh: '驻村干部与规划', en: 'Village cadres and plans' }, groups: [] },
  {
    id: 'infrastructure',
    label: { zh: '基础设施与住房', en: 'Infrastructure and housing' },
    groups: [
      { id: 'roads', label: { zh: '交通', en: 'Roads' } },
      { id: 'power', label: { zh: '电力', en: 'Power' } },
      { id: 'water', label: { zh: '饮水', en: 'Water' } },
      { id: 'housing', label: { zh: '住房', en: 'Housing' } },
    ],
  },
  { id: 'sanitation', label: { zh: '村容环境', en: 'Village sanitation' }, groups: [] },
  { id: 'social', label: { zh: '社会保障', en: 'Social security' }, groups: [] },
  { id: 'processing', label: { zh: '农产品加工', en: 'Farm produce processing' }, groups: [] },
  { id: 'tourism', label: { zh: '休闲农业和乡村旅游', en: 'Rural tourism' }, groups: [] },
  { id: 'ecommerce', label: { zh: '农村电商', en: 'Rural e-commerce' }, groups: [] },
  { id: 'collective-reform', label: { zh: '农村集体产权制度改革', en: 'Collective property reform' }, groups: [] },
];

export const DOCUMENTS: DalianOutcomes['documents'] = [
  {
    file: REPORT_SEED,
    date: '2021-01-06',
    title_as_written: '128 Low-Income Villages in Dalian Have All Withdrawn from Taking off Their Hats',
    description: {
      zh: '大连市128个低收入村全部退出的报道，2021年1月6日（英文机器翻译）。',
      en: 'Dalian report of 6 January 2021: all 128 low-income villages exited (English machine translation).',
    },
  },
  {
    file: OPINIONS_SEED,
    date: '2018-07-25',
    title_as_written:
      "Implementation Opinions of the General Office of the Dalian Municipal People's Government on Improving the Supportive Policies(二)",
    description: {
      zh: '大连市人民政府办公厅关于农民增收支持政策的实施意见（第二部分），2018年7月25日（英文机器翻译；中文原题不在种子文件中）。',
      en: "Implementation opinions of the Dalian Municipal People's Government General Office on farmers' income (part two), 25 July 2018 (English machine translation).",
    },
  },
];
