import type { ExpressionSpecification } from 'maplibre-gl';
import { zonePolygonsSchema } from '../../data/schemas/plan';
import ZonePlan from '../../plan/ZonePlan.svelte';
import type { AnyCollection, LayerDefinition, LegendEntry } from '../types';
import { areaField, idField, labelPointField, pickName } from '../boundaries/fields';
import type { ThemeTokens } from '../../map/theme';

/** Zone id → fill, by the zone's position in the data (the plan's order). */
function zoneFillExpression(theme: ThemeTokens, data?: AnyCollection): ExpressionSpecification | string {
  const ids = (data?.features ?? []).map((f) => String(f.properties.id));
  if (!ids.length) return theme.zone_fills[0];
  const pairs = ids.flatMap((id, i) => [id, theme.zone_fills[i % theme.zone_fills.length]]);
  return ['match', ['get', 'id'], ...pairs, theme.land] as unknown as ExpressionSpecification;
}

/**
 * The plan's five agricultural zones. The plan names them but draws no boundary: the polygons are
 * this atlas's reading (a county→zone table), and the legend says so.
 */
export const zonesLayer: LayerDefinition = {
  id: 'zones',
  dataset: 'plan-zones',
  group: 'plan',
  title: { zh: '五大农业区（本图解读）', en: 'Five agricultural zones (atlas reading)' },
  description: {
    zh: '规划提出五大区域布局但未划定边界；此处按县归属表融合而成，为本图对规划的解读。',
    en: "The plan names five zones but draws no boundary; these polygons merge counties by this atlas's county→zone table, a reading of the plan.",
  },
  schema: zonePolygonsSchema,
  defaultVisible: false,
  defaultOpacity: 0.75,
  fields: [
    { key: 'name_zh', label: 'field_name_zh', type: 'string' },
    { key: 'name_en', label: 'field_name_en', type: 'string' },
    { key: 'county_count', label: 'field_county_count', type: 'number' },
    areaField,
    idField,
    labelPointField,
  ],
  tooltipFields: ['county_count', 'area_km2'],
  featureTitle: (p, lang) => pickName(p, lang),
  panelTitle: 'zone_panel_title',
  panelSection: ZonePlan,
  legend: ({ theme, data }) => {
    const entries: LegendEntry[] = (data?.features ?? []).map((f, i) => ({
      label: { zh: String(f.properties.name_zh), en: String(f.properties.name_en) },
      shape: 'fill',
      color: theme.zone_fills[i % theme.zone_fills.length],
      outline: theme.zone_outline,
    }));
    return entries;
  },
  render: {
    kind: 'maplibre',
    idProperty: 'id',
    interactiveLayer: 'zones-fill',
    labelPoint: (f) => (f.properties.label_point as [number, number]) ?? null,
    layers: ({ theme, opacity, lang, data }) => [
      {
        id: 'zones-fill',
        slot: 'fill',
        type: 'fill',
        paint: { 'fill-color': zoneFillExpression(theme, data), 'fill-opacity': opacity },
      },
      {
        id: 'zones-line',
        slot: 'line',
        type: 'line',
        paint: { 'line-color': theme.zone_outline, 'line-width': 2, 'line-opacity': opacity },
      },
      {
        id: 'zones-label',
        slot: 'label',
        labels: true,
        type: 'symbol',
        layout: {
          'text-field': ['get', lang === 'zh' ? 'name_zh' : 'name_en'],
          'text-font': ['Noto Sans SC'],
          'text-size': ['interpolate', ['linear'], ['zoom'], 5, 12, 8, 17],
          'text-max-width': lang === 'zh' ? 7 : 10,
        },
        paint: {
          'text-color': theme.label_text,
          'text-halo-color': theme.label_halo,
          'text-halo-width': 2,
          'text-opacity': Math.max(opacity, 0.6),
        },
      },
    ],
  },
};
