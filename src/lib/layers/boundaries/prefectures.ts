import { prefecturesSchema } from '../../data/schemas/boundaries';
import type { LayerDefinition } from '../types';
import { areaField, codeField, labelPointField, nameEnField, nameZhField, pickName } from './fields';

/** The 14 prefecture-level cities, dissolved from the counties: outlines and labels. */
export const prefecturesLayer: LayerDefinition = {
  id: 'prefectures',
  dataset: 'prefectures',
  group: 'boundaries',
  title: { zh: '地级市', en: 'Prefecture-level cities' },
  description: {
    zh: '辽宁省 14 个地级市，由县级行政区融合而成。',
    en: "Liaoning's 14 prefecture-level cities, dissolved from the county-level units.",
  },
  schema: prefecturesSchema,
  defaultVisible: true,
  defaultOpacity: 1,
  fields: [
    nameZhField,
    nameEnField,
    codeField,
    areaField,
    { key: 'county_count', label: 'field_county_count', type: 'number' },
    labelPointField,
  ],
  tooltipFields: ['code', 'county_count', 'area_km2'],
  featureTitle: (p, lang) => pickName(p, lang),
  panelTitle: 'prefecture_panel_title',
  legend: ({ theme }) => [
    { label: { zh: '地级市界', en: 'Prefecture boundary' }, shape: 'line', color: theme.boundary_prefecture },
  ],
  render: {
    kind: 'maplibre',
    idProperty: 'code',
    labelPoint: (f) => (f.properties.label_point as [number, number]) ?? null,
    layers: ({ theme, opacity, lang }) => [
      {
        id: 'prefectures-line',
        slot: 'line',
        type: 'line',
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': theme.boundary_prefecture,
          'line-opacity': opacity,
          'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1, 10, 2.4],
        },
      },
      {
        id: 'prefectures-label',
        slot: 'label',
        labels: true,
        type: 'symbol',
        maxzoom: 9,
        layout: {
          'text-field': ['get', lang === 'zh' ? 'name_zh' : 'name_en'],
          'text-font': ['Noto Sans SC'],
          'text-size': ['interpolate', ['linear'], ['zoom'], 5, 13, 8, 19],
          'text-letter-spacing': lang === 'zh' ? 0.15 : 0.02,
          'text-allow-overlap': false,
          'symbol-sort-key': 0,
          'text-padding': 6,
        },
        paint: {
          'text-color': theme.label_text,
          'text-halo-color': theme.label_halo,
          'text-halo-width': 2,
          'text-opacity': ['interpolate', ['linear'], ['zoom'], 8, opacity, 9, 0],
        },
      },
    ],
  },
};
