import { z } from 'zod';
import { translate } from '../../i18n/locale.svelte';
import type { LayerDefinition } from '../types';
import AreaSummary from '../../ui/draw/AreaSummary.svelte';

/** Validated by the store before it is put on the map (drawnAreaSchema); the layer takes it as it is. */
const drawnAreasCollectionSchema = z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) });

/** Areas the user drew on the map (kept in this browser): a tinted fill with a dashed outline. */
export const drawnAreasLayer: LayerDefinition = {
  id: 'drawn-areas',
  dataset: 'drawn-areas',
  group: 'sketch',
  title: { zh: '绘制的区域', en: 'Drawn areas' },
  description: {
    zh: '你在地图上绘制的区域，保存在此浏览器中。',
    en: 'Areas you drew on the map, kept in this browser.',
  },
  schema: drawnAreasCollectionSchema,
  local: true,
  defaultVisible: true,
  defaultOpacity: 1,
  fields: [
    { key: 'name', label: 'draw_field_name', type: 'string' },
    { key: 'note', label: 'draw_field_note', type: 'string' },
    {
      key: 'area_km2',
      label: 'draw_field_area',
      type: 'number',
      unit: 'km2',
      format: (v, lang) => (typeof v === 'number' ? translate(lang, 'draw_km2', { km2: formatKm2(v, lang) }) : '—'),
    },
    {
      key: 'created',
      label: 'draw_field_created',
      type: 'string',
      format: (v) =>
        String(v ?? '')
          .slice(0, 16)
          .replace('T', ' '),
    },
  ],
  tooltipFields: ['area_km2'],
  featureTitle: (p) => String(p.name ?? ''),
  panelTitle: 'draw_layer_panel_title',
  panelSection: AreaSummary,
  legend: ({ theme }) => [
    {
      label: { zh: '绘制的区域', en: 'Drawn area' },
      shape: 'fill',
      color: `${theme.drawn_area}26`,
      outline: theme.drawn_area,
    },
  ],
  render: {
    kind: 'maplibre',
    idProperty: 'id',
    interactiveLayer: 'drawn-areas-fill',
    layers: ({ theme, opacity }) => [
      {
        id: 'drawn-areas-fill',
        slot: 'fill',
        type: 'fill',
        paint: {
          'fill-color': theme.drawn_area,
          'fill-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 0.28 * opacity, 0.15 * opacity],
        },
      },
      {
        id: 'drawn-areas-line',
        slot: 'line',
        type: 'line',
        paint: {
          'line-color': theme.drawn_area,
          'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3.5, 2],
          'line-dasharray': [3, 1.5],
          'line-opacity': opacity,
        },
      },
    ],
  },
};

/** 0.83 → "0.83", 1234.5 → "1,234.5" (or "1,234.5" in Chinese too: digits are shared). */
export function formatKm2(v: number, lang: 'zh' | 'en'): string {
  const digits = v < 10 ? 2 : v < 1000 ? 1 : 0;
  return v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: digits });
}
