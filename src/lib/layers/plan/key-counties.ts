import type { ExpressionSpecification } from 'maplibre-gl';
import { countiesSchema } from '../../data/schemas/boundaries';
import CountyPlan from '../../plan/CountyPlan.svelte';
import { codeField, nameEnField, nameZhField, pickName } from '../boundaries/fields';
import type { LayerDefinition } from '../types';

/**
 * The plan's starred provincial key counties. The list is missing from the source, so nothing is
 * drawn until a user loads it (plan panel); the legend says whose list it is.
 */
export const keyCountiesLayer: LayerDefinition = {
  id: 'key-counties',
  dataset: 'counties',
  group: 'plan',
  title: { zh: '省脱贫开发重点县（用户载入）', en: 'Provincial key counties (loaded by you)' },
  description: {
    zh: '规划以*标出的省脱贫开发重点县名单在原文中缺失；此图层只显示用户载入的名单。',
    en: "The plan's starred list of provincial key counties is missing from the source; this layer shows only a list you load.",
  },
  schema: countiesSchema,
  defaultVisible: true,
  defaultOpacity: 1,
  fields: [nameZhField, nameEnField, codeField],
  tooltipFields: ['code'],
  featureTitle: (p, lang) => pickName(p, lang),
  panelTitle: 'county_panel_title',
  panelSection: CountyPlan,
  legend: ({ theme }) => [
    { label: { zh: '用户载入的重点县', en: 'Key county (your list)' }, shape: 'line', color: theme.key_county },
  ],
  active: ({ focus }) => (focus?.keyCounties.length ?? 0) > 0,
  render: {
    kind: 'maplibre',
    idProperty: 'code',
    sourceOf: 'counties',
    layers: ({ theme, opacity, focus }) => [
      {
        id: 'key-counties-line',
        slot: 'line',
        type: 'line',
        paint: {
          'line-color': theme.key_county,
          'line-width': 3,
          'line-dasharray': [2, 1],
          'line-opacity': [
            'case',
            ['in', ['get', 'code'], ['literal', [...(focus?.keyCounties ?? [])]]],
            opacity,
            0,
          ] as ExpressionSpecification,
        },
      },
    ],
  },
};
