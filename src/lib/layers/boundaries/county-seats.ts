import { countySeatsSchema } from '../../data/schemas/boundaries';
import type { LayerDefinition } from '../types';
import { codeField, nameEnField, nameZhField, pickName, prefectureCodeField } from './fields';

/** County seats (seat of the county government), drawn by deck.gl as an overlay. */
export const countySeatsLayer: LayerDefinition = {
  id: 'county-seats',
  dataset: 'county-seats',
  group: 'boundaries',
  title: { zh: '县级政府驻地', en: 'County seats' },
  description: {
    zh: '100 个县级行政区的政府驻地位置（来源数据的 cp 点，已转为 WGS84）。',
    en: "Seats of the 100 county-level governments (the source's cp points, converted to WGS84).",
  },
  schema: countySeatsSchema,
  defaultVisible: true,
  defaultOpacity: 1,
  fields: [nameZhField, nameEnField, codeField, prefectureCodeField],
  tooltipFields: ['code'],
  featureTitle: (p, lang) => pickName(p, lang),
  legend: ({ theme }) => [
    {
      label: { zh: '县级政府驻地', en: 'County seat' },
      shape: 'circle',
      color: theme.county_seat,
      outline: theme.county_seat_outline,
    },
  ],
  render: {
    kind: 'deck',
    load: () => import('./county-seats-deck').then((m) => m.buildCountySeatsLayer),
  },
};
