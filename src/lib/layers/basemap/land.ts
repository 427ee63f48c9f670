import { landSchema } from '../../data/schemas/basemap';
import type { LayerDefinition } from '../types';

/** Land fill and coastline from GSHHG full resolution; the sea is the style's background. */
export const landLayer: LayerDefinition = {
  id: 'land',
  dataset: 'basemap-land',
  group: 'basemap',
  title: { zh: '陆地与海岸线', en: 'Land and coastline' },
  description: {
    zh: '全分辨率 GSHHG 海岸线（Debian gmt-gshhg-full），用于离线底图。',
    en: 'Full-resolution GSHHG shoreline (Debian gmt-gshhg-full), for the offline basemap.',
  },
  schema: landSchema,
  defaultVisible: true,
  defaultOpacity: 1,
  fields: [{ key: 'kind', label: 'field_kind', type: 'enum' }],
  tooltipFields: [],
  legend: ({ theme }) => [
    { label: { zh: '陆地', en: 'Land' }, shape: 'fill', color: theme.land, outline: theme.coastline },
    { label: { zh: '海洋', en: 'Sea' }, shape: 'fill', color: theme.sea },
  ],
  render: {
    kind: 'maplibre',
    idProperty: 'kind',
    layers: ({ theme, opacity }) => [
      {
        id: 'land-fill',
        slot: 'fill',
        type: 'fill',
        paint: { 'fill-color': theme.land, 'fill-opacity': opacity },
      },
      {
        id: 'land-coastline',
        slot: 'fill',
        type: 'line',
        paint: {
          'line-color': theme.coastline,
          'line-opacity': opacity,
          'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.6, 10, 1.4],
        },
      },
    ],
  },
};
