import { basemapLinesSchema } from '../../data/schemas/basemap';
import type { LayerDefinition } from '../types';

/** The national border (China–DPRK) from GSHHG's border database. */
export const bordersLayer: LayerDefinition = {
  id: 'borders',
  dataset: 'basemap-borders',
  group: 'basemap',
  title: { zh: '国界', en: 'National border' },
  description: {
    zh: 'GSHHG 附带的国界线（WDB），示意性，不作为权威边界。',
    en: 'National border from the WDB data that ships with GSHHG; indicative, not an authoritative boundary.',
  },
  schema: basemapLinesSchema,
  defaultVisible: true,
  defaultOpacity: 1,
  fields: [{ key: 'kind', label: 'field_kind', type: 'enum' }],
  tooltipFields: [],
  legend: ({ theme }) => [
    { label: { zh: '国界', en: 'National border' }, shape: 'line', color: theme.border_national },
  ],
  render: {
    kind: 'maplibre',
    idProperty: 'kind',
    layers: ({ theme, opacity }) => [
      {
        id: 'borders-line',
        slot: 'line',
        type: 'line',
        paint: {
          'line-color': theme.border_national,
          'line-opacity': opacity,
          'line-width': 1.6,
          'line-dasharray': [4, 1.5, 1, 1.5],
        },
      },
    ],
  },
};
