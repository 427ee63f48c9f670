/** The four OSM datasets (`osm-roads`, `osm-power`, `osm-water`, `osm-tourism`): manifest text and writing. */
import { basename } from 'node:path';
import type { Bilingual } from '../../src/lib/data/schemas/geojson';
import { infraCollectionSchema } from '../../src/lib/data/schemas/infra';
import type { DataSource, DatasetDate, ManifestEntry } from '../../src/lib/data/schemas/manifest';
import { INFRA_THEMES, type InfraTheme } from '../../src/lib/infra/classes';
import type { InfraFeature } from '../../src/lib/infra/osm-to-features';
import { roundCoordinates } from '../build-data/lib/geojson-utils';
import { writeDataset, type DatasetMeta } from '../build-data/lib/write-dataset';
import type { ExtractDate } from './osmium';

const TEXT: Record<InfraTheme, { title: Bilingual; description: Bilingual }> = {
  roads: {
    title: { zh: '道路与铁路（OpenStreetMap）', en: 'Roads and rail (OpenStreetMap)' },
    description: {
      zh: '高速公路、国道、省道、县道、乡村道路、铁路和火车站，由 OpenStreetMap 标签分类。',
      en: 'Expressways, national, provincial, county and rural roads, railways and stations, classified from OpenStreetMap tags.',
    },
  },
  power: {
    title: { zh: '电力设施（OpenStreetMap）', en: 'Power (OpenStreetMap)' },
    description: {
      zh: '按电压等级分类的输电线路和变电站，按能源分类的电厂。',
      en: 'Power lines and substations by voltage band, power plants by source.',
    },
  },
  water: {
    title: { zh: '水利设施（OpenStreetMap）', en: 'Water (OpenStreetMap)' },
    description: { zh: '河流、渠道、水库、湖泊和水厂。', en: 'Rivers, canals, reservoirs, lakes and waterworks.' },
  },
  tourism: {
    title: { zh: '旅游与交通枢纽（OpenStreetMap）', en: 'Tourism and gateways (OpenStreetMap)' },
    description: {
      zh: '景区景点（有标注时含A级）、农家乐、民用机场和港口。',
      en: 'Scenic spots (with their A grade where tagged), farm stays, civil airports and ports.',
    },
  },
};

const ACCURACY =
  'OpenStreetMap as mapped by volunteers: coverage and tagging vary by place and date, and absence ' +
  'of a feature does not mean it does not exist. Positions as mapped. Classes follow the tag rules in ' +
  'docs/infrastructure-data.md; values that are not tagged are null. Kept: features with any part inside ' +
  'the province, within 0.5 km of its boundary, or at sea within 5 km of it; features are not cut at the boundary.';

/** Where the extract came from, for the manifest. */
export interface OsmSourceInfo {
  file: string;
  date: ExtractDate | null;
  /** Installed osmium version, or null when the built-in XML reader was used. */
  osmium: string | null;
  /** The file's modification time (ISO), the date of last resort. */
  modified: string;
}

/**
 * The extract's date: its header timestamp (as of), else its newest object (as of at least that
 * day), else the file's modification time (retrieved), the note saying which.
 */
export function extractDate(info: OsmSourceInfo): DatasetDate {
  const name = basename(info.file);
  if (!info.date)
    return {
      value: info.modified.slice(0, 10),
      kind: 'retrieved',
      note: `The modification time of ${name} (${info.modified}): the file carries no timestamp, in its header or on its objects.`,
    };
  const { timestamp, how } = info.date;
  return {
    value: timestamp.slice(0, 10),
    kind: 'as-of',
    note:
      how === 'newest object in the file'
        ? `OpenStreetMap as of at least ${timestamp}, the newest object's timestamp in ${name} (its header has none): the extract may be newer.`
        : `OpenStreetMap as of ${timestamp}, the ${how} of ${name}.`,
  };
}

function sources(info: OsmSourceInfo): DataSource[] {
  const name = basename(info.file);
  const extract: DataSource = {
    kind: 'download',
    name,
    version: info.date?.timestamp ?? 'unknown (no timestamp in the file)',
    licence: 'ODbL-1.0',
    files: [name],
    note: `© OpenStreetMap contributors. Date: ${info.date ? info.date.how : 'none found'}.`,
  };
  if (!info.osmium) return [extract];
  return [
    extract,
    {
      kind: 'debian',
      name: 'osmium-tool',
      version: info.osmium,
      licence: 'GPL-3.0-or-later',
      files: ['/usr/bin/osmium'],
    },
  ];
}

/** Manifest fields of one theme's dataset. */
export function osmDatasetMeta(theme: InfraTheme, info: OsmSourceInfo): DatasetMeta {
  return {
    id: `osm-${theme}`,
    path: `osm/${theme}.geojson`,
    ...TEXT[theme],
    sources: sources(info),
    date: extractDate(info),
    crs: 'EPSG:4326',
    conversion: 'none (OpenStreetMap is WGS84); coordinates rounded to 6 decimals',
    accuracy: ACCURACY,
  };
}

/** Round, sort and write the four theme datasets (an empty theme is written empty) into `dataDir`. */
export function writeOsmDatasets(
  features: readonly InfraFeature[],
  info: OsmSourceInfo,
  dataDir: string,
): ManifestEntry[] {
  return INFRA_THEMES.map((theme) => {
    const own = features
      .filter((f) => f.properties.theme === theme)
      .map(
        (f) =>
          ({
            ...f,
            geometry: { ...f.geometry, coordinates: roundCoordinates(f.geometry.coordinates) },
          }) as InfraFeature,
      )
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return writeDataset(
      osmDatasetMeta(theme, info),
      infraCollectionSchema,
      { type: 'FeatureCollection', features: own },
      dataDir,
    );
  });
}
