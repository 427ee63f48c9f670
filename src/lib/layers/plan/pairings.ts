import { pairingLinesSchema } from '../../data/schemas/pairing-lines';
import type { LayerDefinition } from '../types';

/** Pairing assistance (对口帮扶) as arcs from helper to helped, drawn by deck.gl. */
export const pairingsLayer: LayerDefinition = {
  id: 'pairings',
  dataset: 'plan-pairings',
  group: 'plan',
  title: { zh: '对口帮扶', en: 'Pairing assistance' },
  description: {
    zh: '规划所列对口帮扶关系，自帮扶方指向受帮扶方；企业帮扶方无位置，不绘制。',
    en: 'Pairing assistance as the plan lists it, from helper to helped; an enterprise helper has no place and is not drawn.',
  },
  schema: pairingLinesSchema,
  defaultVisible: true,
  defaultOpacity: 0.9,
  fields: [
    { key: 'from_zh', label: 'plan_from', type: 'string', format: (_v, lang, p) => String(p[`from_${lang}`]) },
    { key: 'to_zh', label: 'plan_to', type: 'string', format: (_v, lang, p) => String(p[`to_${lang}`]) },
    {
      key: 'reading_zh',
      label: 'plan_zone_reading',
      type: 'string',
      format: (_v, lang, p) => String(p[`reading_${lang}`]),
    },
    { key: 'from_en', label: 'field_from_en', type: 'string', panel: false },
    { key: 'to_en', label: 'field_to_en', type: 'string', panel: false },
    { key: 'reading_en', label: 'field_reading_en', type: 'string', panel: false },
    { key: 'status', label: 'field_pairing_status', type: 'enum', panel: false },
    { key: 'id', label: 'field_id', type: 'code', panel: false },
  ],
  tooltipFields: ['from_zh', 'to_zh'],
  featureTitle: (p, lang) => `${p[`from_${lang}`]} → ${p[`to_${lang}`]}`,
  legend: ({ theme }) => [
    { label: { zh: '继续帮扶', en: 'Continuing link' }, shape: 'line', color: theme.pairing_continuing },
    { label: { zh: '新增帮扶', en: 'New link (2016)' }, shape: 'line', color: theme.pairing_new },
  ],
  render: {
    kind: 'deck',
    load: () => import('./pairings-deck').then((m) => m.buildPairingsLayer),
  },
};
