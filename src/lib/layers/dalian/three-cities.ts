import type { ExpressionSpecification } from 'maplibre-gl';
import { countiesSchema } from '../../data/schemas/boundaries';
import { DESIGNATED_COUNTY_CODES } from '../../data/schemas/designated-villages';
import CountyPlan from '../../plan/CountyPlan.svelte';
import { codeField, nameEnField, nameZhField, pickName } from '../boundaries/fields';
import type { LayerDefinition } from '../types';

const IN_THREE: ExpressionSpecification = ['in', ['get', 'code'], ['literal', [...DESIGNATED_COUNTY_CODES]]];

/**
 * 普兰店区, 瓦房店市 and 庄河市: where Dalian's 128 low-income villages (37 towns) were designated
 * in 2014. Drawn from the bundled counties; which villages is not public.
 */
export const dalianCitiesLayer: LayerDefinition = {
  id: 'dalian-cities',
  dataset: 'counties',
  group: 'plan',
  title: { zh: '大连低收入村所在县市', en: "Dalian's low-income village areas" },
  description: {
    zh: '2014 年认定的 128 个低收入村分布在普兰店区、瓦房店市、庄河市的 37 个乡镇（大连市 2021 年报告）。具体村名未公开。',
    en: 'The 128 low-income villages designated in 2014 lie in 37 towns of Pulandian, Wafangdian and Zhuanghe (Dalian report, 2021). Which villages is not public.',
  },
  schema: countiesSchema,
  defaultVisible: false,
  defaultOpacity: 1,
  fields: [nameZhField, nameEnField, codeField],
  tooltipFields: ['code'],
  featureTitle: (p, lang) => pickName(p, lang),
  panelTitle: 'county_panel_title',
  panelSection: CountyPlan,
  legend: ({ theme }) => [
    {
      label: { zh: '有低收入村的县市（3 个）', en: 'County-level city with designated villages (3)' },
      shape: 'fill',
      color: `${theme.dalian_city}33`,
      outline: theme.dalian_city,
    },
  ],
  render: {
    kind: 'maplibre',
    idProperty: 'code',
    sourceOf: 'counties',
    layers: ({ theme, opacity }) => [
      {
        id: 'dalian-cities-fill',
        slot: 'fill',
        type: 'fill',
        filter: IN_THREE,
        paint: { 'fill-color': theme.dalian_city, 'fill-opacity': 0.16 * opacity },
      },
      {
        id: 'dalian-cities-line',
        slot: 'line',
        type: 'line',
        filter: IN_THREE,
        paint: { 'line-color': theme.dalian_city, 'line-width': 2.5, 'line-opacity': opacity },
      },
    ],
  },
};
