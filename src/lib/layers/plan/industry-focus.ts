import type { ExpressionSpecification } from 'maplibre-gl';
import { countiesSchema } from '../../data/schemas/boundaries';
import type { Plan } from '../../data/schemas/plan';
import CountyPlan from '../../plan/CountyPlan.svelte';
import type { LayerDefinition, PlanFocus } from '../types';
import { areaField, codeField, nameEnField, nameZhField, pickName } from '../boundaries/fields';

/** The codes the picked (or previewed) industries name: counties, and prefectures. */
export function focusedPlaces(focus: PlanFocus | undefined): { counties: string[]; prefectures: string[] } {
  const counties = new Set<string>();
  const prefectures = new Set<string>();
  const plan: Plan | undefined = focus?.plan;
  if (!plan || !focus) return { counties: [], prefectures: [] };
  const ids = focus.preview ? focus.preview.industries : focus.industries;
  for (const industry of plan.industries) {
    if (!ids.includes(industry.id)) continue;
    for (const group of industry.groups)
      for (const place of group.places) (place.level === 'county' ? counties : prefectures).add(place.code);
  }
  return { counties: [...counties].sort(), prefectures: [...prefectures].sort() };
}

/**
 * Where the plan puts the picked industries: counties it names strongly, counties inside a named
 * prefecture lighter. Nothing is drawn until an industry is picked.
 */
export const industryFocusLayer: LayerDefinition = {
  id: 'industry-focus',
  dataset: 'counties',
  group: 'plan',
  title: { zh: '特色产业布局', en: 'Characteristic industries' },
  description: {
    zh: '规划为所选产业点名的县（深色）及点名地级市内的县（浅色）。',
    en: 'Counties the plan names for the picked industries (dark) and counties inside prefectures it names (light).',
  },
  schema: countiesSchema,
  defaultVisible: true,
  defaultOpacity: 0.85,
  fields: [nameZhField, nameEnField, codeField, areaField],
  tooltipFields: ['code'],
  featureTitle: (p, lang) => pickName(p, lang),
  panelTitle: 'county_panel_title',
  panelSection: CountyPlan,
  legend: ({ theme }) => [
    {
      label: { zh: '规划点名的县（市）', en: 'County named by the plan' },
      shape: 'fill',
      color: theme.industry_county,
    },
    {
      label: { zh: '点名地级市内的县', en: 'County in a named prefecture' },
      shape: 'fill',
      color: theme.industry_prefecture,
    },
  ],
  active: ({ focus }) => {
    const { counties, prefectures } = focusedPlaces(focus);
    return counties.length + prefectures.length > 0;
  },
  render: {
    kind: 'maplibre',
    idProperty: 'code',
    sourceOf: 'counties',
    layers: ({ theme, opacity, focus }) => {
      const { counties, prefectures } = focusedPlaces(focus);
      const previewPrefecture = focus?.preview?.prefecture;
      // Within a previewed prefecture only; otherwise everywhere the industries reach.
      const inScope: ExpressionSpecification | boolean = previewPrefecture
        ? ['==', ['get', 'prefecture_code'], previewPrefecture]
        : true;
      return [
        {
          id: 'industry-focus-fill',
          slot: 'fill',
          type: 'fill',
          paint: {
            'fill-color': [
              'case',
              ['all', inScope, ['in', ['get', 'code'], ['literal', counties]]],
              theme.industry_county,
              ['all', inScope, ['in', ['get', 'prefecture_code'], ['literal', prefectures]]],
              theme.industry_prefecture,
              'rgba(0,0,0,0)',
            ] as ExpressionSpecification,
            'fill-opacity': counties.length || prefectures.length ? opacity : 0,
          },
        },
      ];
    },
  },
};
