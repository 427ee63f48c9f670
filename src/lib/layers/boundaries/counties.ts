import type { ExpressionSpecification } from 'maplibre-gl';
import { countiesSchema } from '../../data/schemas/boundaries';
import CountyPlan from '../../plan/CountyPlan.svelte';
import { translate } from '../../i18n/locale.svelte';
import type { ThemeTokens } from '../../map/theme';
import type { AnyCollection, LayerDefinition, LegendEntry } from '../types';
import {
  areaField,
  codeField,
  formatPosition,
  nameEnField,
  nameZhField,
  pickName,
  prefectureCodeField,
} from './fields';

/** Prefecture code 2101xx…2114xx → index into the theme's 14 prefecture fills. */
export function prefectureFillIndex(prefectureCode: string): number {
  return Number(prefectureCode.slice(2, 4)) - 1;
}

function prefectureFillExpression(theme: ThemeTokens): ExpressionSpecification {
  const pairs = theme.prefecture_fills.flatMap((color, i) => [`21${String(i + 1).padStart(2, '0')}00`, color]);
  return ['match', ['get', 'prefecture_code'], ...pairs, theme.land] as unknown as ExpressionSpecification;
}

/** One legend entry per prefecture found in the data, named as the data names it. */
export function prefectureLegend(theme: ThemeTokens, data?: AnyCollection): LegendEntry[] {
  if (!data) return [];
  const seen = new Map<string, LegendEntry>();
  for (const f of data.features) {
    const p = f.properties as Record<string, string>;
    if (seen.has(p.prefecture_code)) continue;
    seen.set(p.prefecture_code, {
      label: { zh: p.prefecture_zh, en: p.prefecture_en },
      shape: 'fill',
      color: theme.prefecture_fills[prefectureFillIndex(p.prefecture_code)] ?? theme.land,
      outline: theme.boundary_county,
    });
  }
  return [...seen.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, e]) => e);
}

/** The 100 county-level units, filled by prefecture, with labels at the county seat. */
export const countiesLayer: LayerDefinition = {
  id: 'counties',
  dataset: 'counties',
  group: 'boundaries',
  title: { zh: '县级行政区', en: 'County-level units' },
  description: {
    zh: '辽宁省 100 个县级行政区（市辖区、县、县级市），按所属地级市着色。',
    en: "Liaoning's 100 county-level units (districts, counties, county-level cities), coloured by prefecture.",
  },
  schema: countiesSchema,
  defaultVisible: true,
  defaultOpacity: 0.85,
  fields: [
    nameZhField,
    nameEnField,
    codeField,
    {
      key: 'kind',
      label: 'field_kind',
      type: 'enum',
      format: (v, lang) => translate(lang, `kind_${String(v)}` as 'kind_county'),
    },
    {
      key: 'prefecture_zh',
      label: 'field_prefecture',
      type: 'string',
      format: (_v, lang, p) => pickName(p, lang, 'prefecture'),
    },
    areaField,
    { key: 'seat', label: 'field_seat', type: 'position', format: (v) => formatPosition(v) },
    prefectureCodeField,
    { key: 'prefecture_en', label: 'field_prefecture_en', type: 'string', panel: false },
  ],
  tooltipFields: ['prefecture_zh', 'code', 'area_km2'],
  featureTitle: (p, lang) => pickName(p, lang),
  panelTitle: 'county_panel_title',
  panelSection: CountyPlan,
  legend: ({ theme, data }) => prefectureLegend(theme, data),
  render: {
    kind: 'maplibre',
    idProperty: 'code',
    interactiveLayer: 'counties-fill',
    labelPoint: (f) => (f.properties.seat as [number, number]) ?? null,
    layers: ({ theme, opacity, lang }) => [
      {
        id: 'counties-fill',
        slot: 'fill',
        type: 'fill',
        paint: {
          'fill-color': [
            'case',
            ['boolean', ['feature-state', 'selected'], false],
            theme.selection,
            prefectureFillExpression(theme),
          ] as ExpressionSpecification,
          'fill-opacity': [
            'case',
            ['boolean', ['feature-state', 'hover'], false],
            Math.min(1, opacity + 0.15),
            opacity,
          ] as ExpressionSpecification,
        },
      },
      {
        id: 'counties-line',
        slot: 'line',
        type: 'line',
        paint: {
          'line-color': theme.boundary_county,
          'line-opacity': opacity,
          'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.5, 10, 1.5],
        },
      },
      {
        id: 'counties-hover-line',
        slot: 'line',
        type: 'line',
        paint: {
          'line-color': theme.highlight,
          'line-width': [
            'case',
            ['boolean', ['feature-state', 'selected'], false],
            3,
            ['boolean', ['feature-state', 'hover'], false],
            2.5,
            0,
          ] as ExpressionSpecification,
        },
      },
      {
        id: 'counties-label',
        slot: 'label',
        labels: true,
        type: 'symbol',
        minzoom: 6,
        layout: {
          'text-field': ['get', lang === 'zh' ? 'name_zh' : 'name_en'],
          'text-font': ['Noto Sans SC'],
          'text-size': ['interpolate', ['linear'], ['zoom'], 6, 10.5, 10, 15],
          'text-max-width': lang === 'zh' ? 6 : 8,
          'symbol-sort-key': ['-', 0, ['get', 'area_km2']],
          // Beside the seat dot, not on it.
          'text-variable-anchor': ['top', 'bottom', 'right', 'left'],
          'text-radial-offset': 0.55,
          'text-padding': 3,
        },
        paint: {
          'text-color': theme.label_text_minor,
          'text-halo-color': theme.label_halo,
          'text-halo-width': 1.4,
          'text-opacity': Math.max(opacity, 0.6),
        },
      },
    ],
  },
};
