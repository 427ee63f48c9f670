/**
 * Figures of the Dalian report (seed 004) on infrastructure and housing: roads, power, drinking
 * water, safe housing. Quotes byte for byte from the English machine translation; labels are short,
 * for a grid of big numbers read at a glance.
 */
import type { DalianFigure } from '../../../src/lib/data/schemas/dalian-outcomes';
import { REPORT_SECTIONS as S, REPORT_YEARS, UNIT, citeReport, figure } from './outcomes-cite';

const [FROM, TO] = REPORT_YEARS;
const TRANSPORT = [S.attainment, 'In terms of transportation'];
const POWER = citeReport(
  [S.attainment, 'In terms of electricity'],
  'In terms of electricity, 1,140 kilometers of 10 kV lines have been newly built and renovated, 2,910 distribution transformers with a capacity of 550 MVA have been newly built and renovated, 3,769 kilometers of low-voltage lines have been renovated, and 2,961 low-voltage station areas have been renovated',
);

/** Roads, power, water and housing (topic `infrastructure`, one group each). */
export const INFRASTRUCTURE_FIGURES: DalianFigure[] = [
  // Infrastructure: roads
  figure({
    id: 'rural-roads',
    topic: 'infrastructure',
    group: 'roads',
    label: { zh: '农村公路', en: 'Rural roads built' },
    value: 2_476,
    unit: UNIT.km,
    qualifier: 'about',
    period: [FROM, TO, 'context'],
    note: {
      zh: '译文作“will be built”，报道（2021年1月）将其列为成果。',
      en: 'The translation says "will be built"; the report (January 2021) lists it among results.',
    },
    citation: citeReport(TRANSPORT, 'about 2,476 kilometers of rural roads will be built'),
  }),
  figure({
    id: 'village-roads-hardened',
    topic: 'infrastructure',
    group: 'roads',
    label: { zh: '低收入村村内道路硬化', en: 'Village roads hardened' },
    value: 4.69e6,
    unit: UNIT.m2,
    period: [FROM, TO, 'context'],
    citation: citeReport(
      TRANSPORT,
      '128 low-income villages have hardened 4.69 million square meters of roads in the villages.',
    ),
  }),
  // Infrastructure: power
  ...(
    [
      ['power-10kv-lines', { zh: '10千伏线路', en: '10 kV lines' }, 1_140, UNIT.km],
      ['power-transformers', { zh: '配电变压器', en: 'Distribution transformers' }, 2_910, UNIT.transformers],
      ['power-capacity', { zh: '配变容量', en: 'Transformer capacity' }, 550, UNIT.mva],
      ['power-lv-lines', { zh: '低压线路改造', en: 'Low-voltage lines' }, 3_769, UNIT.km],
      ['power-lv-areas', { zh: '低压台区改造', en: 'Low-voltage station areas' }, 2_961, UNIT.stationAreas],
    ] as const
  ).map(([id, label, value, unit]) =>
    figure({
      id,
      topic: 'infrastructure',
      group: 'power',
      label,
      value,
      unit,
      period: [FROM, TO, 'context'],
      citation: POWER,
    }),
  ),
  // Infrastructure: water and housing
  figure({
    id: 'water-projects',
    topic: 'infrastructure',
    group: 'water',
    label: { zh: '农村饮水安全工程', en: 'Drinking-water projects' },
    value: 322,
    unit: UNIT.projects,
    period: [FROM, TO, 'context'],
    citation: citeReport(
      [S.guarantees, 'In addition, in terms of drinking water safety'],
      '322 rural drinking water safety projects have been implemented',
    ),
  }),
  figure({
    id: 'safe-water-share',
    topic: 'infrastructure',
    group: 'water',
    label: { zh: '安全饮水比例', en: 'Villagers with safe water' },
    value: 98,
    unit: UNIT.percent,
    qualifier: 'more_than',
    period: [TO, 'context'],
    citation: citeReport([S.exited], 'The proportion of safe drinking water for villagers reached more than 98%.'),
  }),
  figure({
    id: 'safe-housing-share',
    topic: 'infrastructure',
    group: 'housing',
    label: { zh: '住房安全比例', en: 'Farmers in safe housing' },
    value: 98,
    unit: UNIT.percent,
    qualifier: 'more_than',
    period: [TO, 'context'],
    citation: citeReport([S.exited], 'The proportion of farmers with safe housing reached more than 98%.'),
  }),
  figure({
    id: 'dilapidated-renovated',
    topic: 'infrastructure',
    group: 'housing',
    label: { zh: 'C、D级危房改造', en: 'Dilapidated houses renovated' },
    value: 10_078,
    unit: UNIT.buildings,
    period: [FROM, TO, 'quote'],
    citation: citeReport(
      [S.guarantees, 'In terms of housing safety'],
      'In the past five years, a total of 10,078 dilapidated buildings of Class C and D have been renovated, and all of them have been completed.',
    ),
  }),
];
