import { provinceSchema } from '../../data/schemas/boundaries';
import type { LayerDefinition } from '../types';
import { areaField, codeField, nameEnField, nameZhField } from './fields';

/** The provincial outline, dissolved from the counties. */
export const provinceLayer: LayerDefinition = {
  id: 'province',
  dataset: 'province',
  group: 'boundaries',
  title: { zh: '省界', en: 'Provincial boundary' },
  description: {
    zh: '辽宁省轮廓，由县级行政区融合而成。',
    en: 'Outline of Liaoning, dissolved from the county-level units.',
  },
  schema: provinceSchema,
  defaultVisible: true,
  defaultOpacity: 1,
  fields: [nameZhField, nameEnField, codeField, areaField],
  tooltipFields: [],
  legend: ({ theme }) => [
    { label: { zh: '省界', en: 'Provincial boundary' }, shape: 'line', color: theme.boundary_province },
  ],
  render: {
    kind: 'maplibre',
    idProperty: 'code',
    layers: ({ theme, opacity }) => [
      {
        id: 'province-line',
        slot: 'line',
        type: 'line',
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': theme.boundary_province,
          'line-opacity': opacity,
          'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1.6, 10, 3.2],
        },
      },
    ],
  },
};
