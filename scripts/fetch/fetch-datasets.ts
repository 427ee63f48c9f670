/**
 * What data:fetch downloads and writes: the published URLs, the four datasets and their manifest text.
 */
import type { Bilingual } from '../../src/lib/data/schemas/geojson';
import type { DataSource, DatasetDate } from '../../src/lib/data/schemas/manifest';
import type { DatasetMeta } from '../build-data/lib/write-dataset';

/** Natural Earth's CDN; `--base-url` replaces it with a mirror of the same layout. */
export const NE_DEFAULT_BASE = 'https://naciscdn.org/naturalearth';
/** The WRI data portal's download of GPPD v1.3.0 (a zip holding global_power_plant_database.csv). */
export const WRI_DEFAULT_URL =
  'https://datasets.wri.org/private-admin/dataset/53623dfd-3df6-4f15-a091-67457cdb571f/resource/66bcdacc-3d0e-46ad-9271-a5a76b1853d2/download/globalpowerplantdatabasev130.zip';
export const WRI_CSV = 'global_power_plant_database.csv';

/** URL of a Natural Earth 10m cultural layer's zip under a base URL. */
export function naturalEarthUrl(base: string, layer: string): string {
  return `${base.replace(/\/+$/, '')}/10m/cultural/${layer}.zip`;
}

export const FETCH_DATASET_IDS = ['ne-roads', 'ne-ports', 'ne-places', 'wri-power-plants'] as const;
export type FetchDatasetId = (typeof FETCH_DATASET_IDS)[number];

/** The Natural Earth layers each dataset reads (the WRI dataset reads the WRI zip). */
export const NE_LAYERS: Record<FetchDatasetId, readonly string[]> = {
  'ne-roads': ['ne_10m_roads', 'ne_10m_railroads'],
  'ne-ports': ['ne_10m_ports'],
  'ne-places': ['ne_10m_populated_places'],
  'wri-power-plants': [],
};

export const NE_LICENCE = 'Public domain (Natural Earth terms of use)';
export const WRI_LICENCE = 'CC-BY-4.0';

const NE_ACCURACY =
  'Natural Earth 10m is drawn for maps at 1:10 million: lines are generalised (positions off by up to ' +
  'a few km) and only major roads, railways, ports and towns are in it. Every feature is marked approximate. ';

const TEXT: Record<FetchDatasetId, { title: Bilingual; description: Bilingual; accuracy: string }> = {
  'ne-roads': {
    title: { zh: '主要道路与铁路（Natural Earth）', en: 'Major roads and railways (Natural Earth)' },
    description: {
      zh: 'Natural Earth 1:1000万道路和铁路，裁切到辽宁。道路类别为近似：高速公路按其 expressway 字段，其余按道路类型或路线编号。',
      en: 'Natural Earth 1:10m roads and railways, cut to Liaoning. Road classes are approximate: expressways from its expressway field, others from its road type or route number.',
    },
    accuracy:
      NE_ACCURACY +
      'Road classes are not China’s administrative classes: expressway = 1 → expressway; else a G/S/X/Y route number in `label`; ' +
      'else Major Highway, Beltway and Bypass → national road, Secondary Highway → provincial road, other types → county road; ferry routes left out. ' +
      'Lines are cut where they leave the province (0.5 km tolerance on land, 5 km at sea).',
  },
  'ne-ports': {
    title: { zh: '港口（Natural Earth）', en: 'Ports (Natural Earth)' },
    description: { zh: 'Natural Earth 1:1000万港口中位于辽宁的港口。', en: 'Natural Earth 1:10m ports in Liaoning.' },
    accuracy: NE_ACCURACY + 'Ports within 5 km of the coast at sea are kept.',
  },
  'ne-places': {
    title: { zh: '居民点（Natural Earth）', en: 'Populated places (Natural Earth)' },
    description: {
      zh: 'Natural Earth 1:1000万居民点中位于辽宁的城镇，含中文名和人口。',
      en: 'Natural Earth 1:10m populated places in Liaoning, with Chinese names and population.',
    },
    accuracy: NE_ACCURACY + 'pop_max is Natural Earth’s largest estimate for the urban area, of varying date.',
  },
  'wri-power-plants': {
    title: { zh: '电厂（WRI 全球电厂数据库）', en: 'Power plants (WRI Global Power Plant Database)' },
    description: {
      zh: 'WRI 全球电厂数据库 1.3.0 中位于辽宁的电厂，按主要燃料分类，含装机容量。',
      en: 'Power plants in Liaoning from the WRI Global Power Plant Database 1.3.0, by primary fuel, with capacity.',
    },
    accuracy:
      'The database (last release 1.3.0, 2021, no longer maintained) is incomplete for China, its capacities are of varying years, ' +
      'and its geolocations vary in accuracy; every plant is marked approximate. Waste is counted as biomass; Storage, Cogeneration, ' +
      'Petcoke, Geothermal, Wave and Tidal and Other as other plants. Names are as the database gives them (English).',
  },
};

/** Manifest fields of one fetched dataset. */
export function fetchedMeta(id: FetchDatasetId, sources: DataSource[], date: DatasetDate): DatasetMeta {
  const { title, description, accuracy } = TEXT[id];
  return {
    id,
    path: `fetched/${id}.geojson`,
    title,
    description,
    sources,
    date,
    crs: 'EPSG:4326',
    conversion: 'none (both sources are WGS84); coordinates rounded to 6 decimals',
    accuracy,
  };
}
