/**
 * The plan's targets (一、(三)发展目标): people to lift out of poverty, in total and by year, and the
 * industry targets. Every number also appears in its quote; the build checks that (万 = 10,000).
 */
import type { Targets } from '../../../src/lib/data/schemas/plan';
import { citePlan } from './cite';

const EXIT = '一、(三)1.脱贫目标';
const INDUSTRY = '一、(三)2.产业目标';

const year = (y: number, people: number | null, quote: string, en: string): Targets['exit_by_year'][number] => ({
  year: y,
  people,
  description: { zh: quote, en },
  citation: citePlan(EXIT, quote),
});

export const EXIT_TOTAL = {
  people: 439731,
  citation: citePlan(
    EXIT,
    '到2020年,确保全省现行国家标准下有劳动能力的439731贫困人口全部脱贫,贫困地区常住贫困人口人均可支配收入增长幅度接近全省平均水平',
  ),
};

export const EXIT_BY_YEAR: Targets['exit_by_year'] = [
  year(
    2016,
    100000,
    '2016年度,完成10万有劳动能力贫困人口脱贫',
    'In 2016, lift 100,000 poor people able to work out of poverty.',
  ),
  year(
    2017,
    100000,
    '2017年度,完成10万有劳动能力贫困人口脱贫',
    'In 2017, lift 100,000 poor people able to work out of poverty.',
  ),
  year(
    2018,
    113000,
    '2018年度,完成11.3万有劳动能力贫困人口脱贫',
    'In 2018, lift 113,000 poor people able to work out of poverty.',
  ),
  year(
    2019,
    126700,
    '2019年度,完成12.67万有劳动能力贫困人口脱贫',
    'In 2019, lift 126,700 poor people able to work out of poverty.',
  ),
  year(
    2020,
    null,
    '2020年度,巩固产业脱贫成果,理顺解决产业精准脱贫特殊问题,完善产业脱贫配套措施,实现临时性返贫人口稳定脱贫',
    'In 2020, consolidate the results of industrial poverty alleviation, resolve the special problems of targeted industrial poverty alleviation, complete the supporting measures, and lift people who temporarily fell back into poverty out of it for good (no number is given).',
  ),
];

const industry = (
  id: string,
  value: number | null,
  unit: { zh: string; en: string } | null,
  perYear: boolean,
  quote: string,
  en: string,
): Targets['industry'][number] => ({
  id,
  description: { zh: quote, en },
  value,
  unit,
  per_year: perYear,
  citation: citePlan(INDUSTRY, quote),
});

export const INDUSTRY_TARGETS: Targets['industry'] = [
  industry(
    'income-projects',
    1500,
    { zh: '个', en: 'projects' },
    false,
    '发展特色产业增收项目1500个',
    'Develop 1,500 characteristic-industry income projects.',
  ),
  industry(
    'leading-enterprises',
    10,
    { zh: '家', en: 'enterprises' },
    true,
    '每年培育省级以上农业产业化脱贫龙头企业10家',
    'Each year, foster 10 provincial-level or higher leading enterprises of agricultural industrialisation for poverty alleviation.',
  ),
  industry(
    'cooperatives',
    50,
    { zh: '家', en: 'cooperatives' },
    true,
    '每年发展省级以上示范农民合作组织50家',
    "Each year, develop 50 provincial-level or higher demonstration farmers' cooperative organisations.",
  ),
  industry(
    'family-farms',
    50,
    { zh: '家', en: 'family farms' },
    true,
    '每年发展省级以上示范家庭农场50家',
    'Each year, develop 50 provincial-level or higher demonstration family farms.',
  ),
  industry(
    'integration-projects',
    20,
    { zh: '个', en: 'projects' },
    true,
    '每年实施农村一二三产业融合示范项目20个',
    'Each year, carry out 20 demonstration projects integrating rural primary, secondary and tertiary industries.',
  ),
  industry(
    'tourism-villages',
    50,
    { zh: '个', en: 'villages' },
    true,
    '每年培育旅游示范村50个',
    'Each year, foster 50 tourism demonstration villages.',
  ),
  industry(
    'information-interconnection',
    null,
    null,
    false,
    '实现省、市、县三级脱贫信息互联互通',
    'Interconnect poverty-alleviation information at the provincial, prefectural and county levels (no number).',
  ),
  industry(
    'ecommerce-model-counties',
    15,
    { zh: '个重点贫困县', en: 'key poor counties' },
    false,
    '在15个重点贫困县建立“企业+基地+网络+电子商务”精准脱贫模式',
    'Establish the "enterprise + base + network + e-commerce" targeted poverty alleviation model in 15 key poor counties.',
  ),
];

/** 439731 → "439,731" (no locale data involved, so the output never varies). */
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** The 31 people between the total and the sum of the yearly numbers, stated, not smoothed. */
export function exitTotalNote(total: number, byYear: number): { zh: string; en: string } {
  const d = total - byYear;
  if (d === 0)
    return { zh: '2016—2019年度目标之和等于总目标。', en: 'The 2016–2019 yearly targets add up to the total.' };
  return {
    zh: `2016—2019年度目标之和为${byYear}人，比总目标${total}人${d > 0 ? '少' : '多'}${Math.abs(d)}人；2020年度未给出人数，规划未说明差额。`,
    en: `The 2016–2019 yearly targets add up to ${thousands(byYear)}, ${Math.abs(d)} ${d > 0 ? 'fewer' : 'more'} than the total of ${thousands(total)}; 2020 gives no number, and the plan does not explain the difference.`,
  };
}
