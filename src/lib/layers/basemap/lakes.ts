import { lakesSchema } from '../../data/schemas/basemap';
import type { LayerDefinition } from '../types';

/** Lake and reservoir shores in GSHHG (level 2): only the largest reservoirs are there. */
export const lakesLayer: LayerDefinition = {
  id: 'lakes',
  dataset: 'basemap-lakes',
  group: 'basemap',
  title: { zh: '湖泊与水库（大型）', en: 'Lakes and reservoirs (large)' },
  description: {
    zh: 'GSHHG 湖岸线，仅含大伙房、清河、水丰等大型水体，不完整。',
    en: 'GSHHG lake shores: only large water bodies such as Dahuofang, Qinghe and Shuifeng; not complete.',
  },
  schema: lakesSchema,
  defaultVisible: true,
  defaultOpacity: 1,
  fields: [{ key: 'kind', label: 'field_kind', type: 'enum' }],
  tooltipFields: [],
  legend: ({ theme }) => [
    { label: { zh: '湖泊、水库', en: 'Lake, reservoir' }, shape: 'fill', color: theme.lake, outline: theme.coastline },
  ],
  render: {
    kind: 'maplibre',
    idProperty: 'kind',
    layers: ({ theme, opacity }) => [
      {
        id: 'lakes-fill',
        slot: 'fill',
        type: 'fill',
        paint: { 'fill-color': theme.lake, 'fill-opacity': opacity, 'fill-outline-color': theme.coastline },
      },
    ],
  },
};
