/**
 * Figures of the Dalian report (seed 004) on village sanitation and social security. Quotes byte
 * for byte from the English machine translation; labels are this atlas's.
 */
import type { DalianFigure } from '../../../src/lib/data/schemas/dalian-outcomes';
import type { Bilingual } from '../../../src/lib/data/schemas/geojson';
import type { Citation } from '../../../src/lib/data/schemas/plan';
import { REPORT_SECTIONS as S, REPORT_YEARS, UNIT, citeReport, figure } from './outcomes-cite';

const [FROM, TO] = REPORT_YEARS;
const APPEARANCE = [S.attainment, 'In terms of village appearance'];
const CLEANERS = citeReport(
  APPEARANCE,
  'there are 8,314 village cleaners in the agriculture-related areas of Dalian, with an average of one cleaner for every 306 people',
);
const WASTE = citeReport(
  APPEARANCE,
  'There are 30,647 garbage bins, 19,332 garbage pools, 12,791 garbage houses, 2,850 collection vehicles (including 480 rickshaws), 51 transfer stations and 396 transfer vehicles for rural domestic waste treatment.',
);
const SCHOOL_TOILETS = citeReport(
  APPEARANCE,
  '158 centralized renovation projects for non-sanitary toilets in primary and secondary schools were identified, with a total renovation area of 22,000 square meters.',
);
const ALLOWANCES = [S.guarantees, 'In terms of minimum living allowances'];
const DIBAO = citeReport(
  ALLOWANCES,
  'The city now has 23,397 households and 31,318 people living on subsistence allowances in rural areas, thus realizing full coverage.',
);
const DISABLED = citeReport(
  ALLOWANCES,
  'The living and nursing subsidies for the poor disabled and the severely disabled in rural areas benefited 326,200 people and 416,800 people respectively.',
);
const WHOLE_CITY: Bilingual = {
  zh: '大连市涉农地区全部，不限于128个低收入村。',
  en: "All of Dalian's farming areas, not only the 128 low-income villages.",
};

type Row = [string, Bilingual, number, Bilingual, Citation];
/** Sanitation rows: the stock of facilities in 2020, across Dalian's farming areas. */
const sanitation = (rows: Row[]) =>
  rows.map(([id, label, value, unit, citation]) =>
    figure({ id, topic: 'sanitation', label, value, unit, period: [TO, 'context'], note: WHOLE_CITY, citation }),
  );

const DISABLED_NOTE: Bilingual = {
  zh: '按原文“respectively”配对。两数均远超农村低保人口，原文未说明期间，亦未说明是否为人次。',
  en: 'Paired as the text pairs them ("respectively"). Both far exceed the rural allowance population; the text gives no period and does not say whether they count person-times.',
};

/**
 * A social-security figure: the situation the report describes at the end of 2020 ("now"), or, with
 * `note` given (null or a note), a figure the text gives no time for.
 */
function social(
  id: string,
  label: Bilingual,
  value: number,
  unit: Bilingual,
  citation: Citation,
  note?: Bilingual | null,
) {
  return figure({
    id,
    topic: 'social',
    label,
    value,
    unit,
    ...(note === undefined ? { period: [TO, 'context'] as [number, 'context'] } : { note }),
    citation,
  });
}

/** Village sanitation (across Dalian's farming areas) and social security. */
export const SOCIAL_FIGURES: DalianFigure[] = [
  // Sanitation
  ...sanitation([
    ['village-cleaners', { zh: '村庄保洁员', en: 'Village cleaners' }, 8_314, UNIT.cleaners, CLEANERS],
    ['people-per-cleaner', { zh: '每名保洁员服务人口', en: 'People per cleaner' }, 306, UNIT.people, CLEANERS],
    ['garbage-bins', { zh: '垃圾桶', en: 'Garbage bins' }, 30_647, UNIT.bins, WASTE],
    ['garbage-pools', { zh: '垃圾池', en: 'Garbage pools' }, 19_332, UNIT.pools, WASTE],
    ['garbage-houses', { zh: '垃圾房', en: 'Garbage houses' }, 12_791, UNIT.houses, WASTE],
    [
      'collection-vehicles',
      { zh: '垃圾收集车（含人力车480辆）', en: 'Collection vehicles (480 rickshaws)' },
      2_850,
      UNIT.vehicles,
      WASTE,
    ],
    ['transfer-stations', { zh: '垃圾转运站', en: 'Transfer stations' }, 51, UNIT.stations, WASTE],
    ['transfer-vehicles', { zh: '垃圾转运车', en: 'Transfer vehicles' }, 396, UNIT.vehicles, WASTE],
  ]),
  ...(
    [
      [
        'toilets-renovated',
        { zh: '无害化卫生厕所改造', en: 'Sanitary toilets renovated' },
        275_000,
        UNIT.toilets,
        citeReport(APPEARANCE, '275,000 harmless toilets were renovated'),
      ],
      [
        'school-toilet-projects',
        { zh: '中小学厕所改造项目', en: 'School toilet projects' },
        158,
        UNIT.projects,
        SCHOOL_TOILETS,
      ],
      [
        'school-toilet-area',
        { zh: '中小学厕所改造面积', en: 'School toilet area renovated' },
        22_000,
        UNIT.m2,
        SCHOOL_TOILETS,
      ],
    ] as const
  ).map(([id, label, value, unit, citation]) =>
    figure({ id, topic: 'sanitation', label, value, unit, period: [FROM, TO, 'context'], citation }),
  ),
  // Social security
  figure({
    id: 'dibao-years-raised',
    topic: 'social',
    label: { zh: '低保标准连续提高', en: 'Years of raised standards' },
    value: 13,
    unit: UNIT.years,
    period: [TO, 'context'],
    citation: citeReport(ALLOWANCES, 'the minimum living standard has been raised for 13 consecutive years'),
  }),
  figure({
    id: 'dibao-standard-three-units',
    topic: 'social',
    label: { zh: '农村低保标准（一区两市）', en: 'Rural, one district and two cities' },
    value: 540,
    unit: UNIT.yuanPerPersonMonth,
    period: [TO, 'context'],
    note: {
      zh: '普兰店、瓦房店、庄河（报道第一部分所称“一区两市”）的农村居民。',
      en: 'Rural residents of Pulandian, Wafangdian and Zhuanghe ("one district, two cities" in the report\'s first section).',
    },
    citation: citeReport(
      ALLOWANCES,
      'The minimum living standard for rural residents in "one district, two cities" has been raised to 540 yuan per person per month.',
    ),
  }),
  figure({
    id: 'dibao-standard-other',
    topic: 'social',
    label: { zh: '农村低保标准（其他地区）', en: 'Rural, other areas' },
    value: 750,
    unit: UNIT.yuanPerPersonMonth,
    period: [TO, 'context'],
    note: {
      zh: '原文为其他地区的农村居民，而非城市居民；城市低保标准原文未提及。',
      en: 'The text says rural residents of the other areas, not urban residents; it gives no urban standard.',
    },
    citation: citeReport(
      ALLOWANCES,
      'The minimum living standard for rural residents in other areas is 750 yuan per person per month',
    ),
  }),
  social(
    'dibao-households',
    { zh: '农村低保户', en: 'Rural households on allowances' },
    23_397,
    UNIT.households,
    DIBAO,
  ),
  social('dibao-people', { zh: '农村低保人口', en: 'Rural people on allowances' }, 31_318, UNIT.people, DIBAO),
  // No time is given for these three (one year or five?): no period.
  social(
    'disabled-living-subsidy',
    { zh: '困难残疾人生活补贴', en: 'Living subsidy, poor disabled' },
    326_200,
    UNIT.people,
    DISABLED,
    DISABLED_NOTE,
  ),
  social(
    'disabled-nursing-subsidy',
    { zh: '重度残疾人护理补贴', en: 'Nursing subsidy, severely disabled' },
    416_800,
    UNIT.people,
    DISABLED,
    DISABLED_NOTE,
  ),
  social(
    'two-cancers-women',
    { zh: '“两癌”贫困妇女救助', en: 'Poor women with "two cancers" aided' },
    680,
    UNIT.people,
    citeReport(ALLOWANCES, '680 eligible rural poor women suffering from "two cancers" received assistance.'),
    null,
  ),
  social(
    'medical-insured',
    { zh: '困难群众参加基本医保', en: 'People in difficulty insured' },
    59_538,
    UNIT.people,
    citeReport(
      [S.guarantees, 'In terms of medical security'],
      'All 59,538 eligible residents in difficulty have been included in the basic medical insurance for urban and rural residents',
    ),
  ),
];
