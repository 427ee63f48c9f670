/**
 * Downloaded archives → the four fetched datasets (collection, schema and manifest fields each),
 * nothing written yet.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8 } from 'fflate';
import type { z } from 'zod';
import { infraCollectionSchema } from '../../src/lib/data/schemas/infra';
import type { DataSource, DatasetDate } from '../../src/lib/data/schemas/manifest';
import { placesCollectionSchema } from '../../src/lib/data/schemas/places';
import type { InfraFeature } from '../../src/lib/infra/osm-to-features';
import type { DatasetMeta } from '../build-data/lib/write-dataset';
import type { LiaoningArea } from '../osm/liaoning-area';
import { extractShapefile, findEntry, naturalEarthVersion, openZip, readShapefile, type ShapeRecord } from './archive';
import type { Downloaded } from './download';
import { fetchedMeta, NE_LAYERS, NE_LICENCE, WRI_CSV, WRI_LICENCE, type FetchDatasetId } from './fetch-datasets';
import { nePlaceFeatures, nePortFeatures, neRailFeatures, neRoadFeatures } from './natural-earth';
import { wriPlantFeatures } from './wri';

/** One dataset ready to be written. */
export interface BuiltDataset {
  meta: DatasetMeta;
  schema: z.ZodType<unknown>;
  value: { type: 'FeatureCollection'; features: { id: string; properties: object }[] };
}

/** The download of each URL, and the day to record as the retrieval date. */
export interface FetchInputs {
  downloads: Map<string, Downloaded>;
  urlOf: (layer: string) => string;
  wriUrl: string;
  /** YYYY-MM-DD: the day of download, or the day given with --date; `how` says which. */
  retrieved: { date: string; how: string };
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function gdalSource(): DataSource {
  const version =
    /GDAL (\S+?),/.exec(spawnSync('ogr2ogr', ['--version'], { encoding: 'utf8' }).stdout ?? '')?.[1] ?? 'unknown';
  return { kind: 'debian', name: 'gdal-bin', version, licence: 'MIT', files: ['/usr/bin/ogr2ogr'] };
}

function downloadSource(
  d: Downloaded,
  name: string,
  version: string | null,
  licence: string,
  files: string[],
  inputs: FetchInputs,
): DataSource {
  const { date, how } = inputs.retrieved;
  const modified = d.lastModified ? `; the server's Last-Modified ${d.lastModified}` : '';
  return {
    kind: 'download',
    name,
    url: d.url,
    version: version ?? `retrieved ${date}`,
    licence,
    files,
    note: `Retrieved ${date} (${how})${modified}; zip SHA-256 ${d.sha256}.`,
  };
}

/** The dataset's date: the retrieval day (fetched data are dated by their download), with each file's version. */
function retrievedDate(sources: DataSource[], inputs: FetchInputs): DatasetDate {
  const files = sources
    .filter((s) => s.kind === 'download')
    .map((s) => {
      const modified = s.url ? inputs.downloads.get(s.url)?.lastModified : null;
      return `${s.name} ${s.version}${modified ? `, Last-Modified ${modified}` : ''}`;
    });
  return {
    value: inputs.retrieved.date,
    kind: 'retrieved',
    note: `Downloaded by data:fetch on ${inputs.retrieved.date} (${inputs.retrieved.how}): ${files.join('; ')}.`,
  };
}

/** Read one Natural Earth layer's records within the area's bbox, and its manifest source. */
function readLayer(
  layer: string,
  inputs: FetchInputs,
  area: LiaoningArea,
  tmp: string,
): { records: ShapeRecord[]; source: DataSource } {
  const url = inputs.urlOf(layer);
  const d = inputs.downloads.get(url)!;
  const label = `${layer}.zip from ${url}`;
  const entries = openZip(d.bytes, label);
  const shp = extractShapefile(entries, layer, tmp, label);
  const records = readShapefile(shp, area.bbox);
  const source = downloadSource(
    d,
    `Natural Earth ${layer}`,
    naturalEarthVersion(entries, layer, label),
    NE_LICENCE,
    [`${layer}.shp`],
    inputs,
  );
  return { records, source };
}

/** Build the selected datasets; throws (before anything is written) if any input is unusable. */
export function buildFetchedDatasets(
  ids: readonly FetchDatasetId[],
  inputs: FetchInputs,
  area: LiaoningArea,
): BuiltDataset[] {
  const tmp = mkdtempSync(join(tmpdir(), 'atlas-fetch-'));
  try {
    const gdal = ids.some((id) => NE_LAYERS[id].length > 0) ? gdalSource() : null;
    return ids.map((id): BuiltDataset => {
      if (id === 'wri-power-plants') {
        const d = inputs.downloads.get(inputs.wriUrl)!;
        const label = `WRI zip from ${inputs.wriUrl}`;
        const entry = findEntry(openZip(d.bytes, label), WRI_CSV, label);
        if (!entry) throw new Error(`${label} has no ${WRI_CSV}`);
        const features = wriPlantFeatures(strFromU8(entry.data), WRI_CSV, area, id).sort(byId);
        const version = /v_?(\d)_?(\d)_?(\d)/.exec(inputs.wriUrl.split('/').pop() ?? '');
        const source = downloadSource(
          d,
          'WRI Global Power Plant Database',
          version ? version.slice(1).join('.') : null,
          WRI_LICENCE,
          [entry.path],
          inputs,
        );
        source.note += ' Cite: World Resources Institute, Global Power Plant Database (CC BY 4.0).';
        return {
          meta: fetchedMeta(id, [source], retrievedDate([source], inputs)),
          schema: infraCollectionSchema,
          value: { type: 'FeatureCollection', features },
        };
      }
      const layers = NE_LAYERS[id].map((layer) => ({ layer, ...readLayer(layer, inputs, area, tmp) }));
      const sources = [...layers.map((l) => l.source), gdal!];
      if (id === 'ne-places') {
        const features = nePlaceFeatures(layers[0].records, area).sort(byId);
        return {
          meta: fetchedMeta(id, sources, retrievedDate(sources, inputs)),
          schema: placesCollectionSchema,
          value: { type: 'FeatureCollection', features },
        };
      }
      let features: InfraFeature[];
      if (id === 'ne-roads')
        features = [...neRoadFeatures(layers[0].records, area, id), ...neRailFeatures(layers[1].records, area, id)];
      else features = nePortFeatures(layers[0].records, area, id);
      return {
        meta: fetchedMeta(id, sources, retrievedDate(sources, inputs)),
        schema: infraCollectionSchema,
        value: { type: 'FeatureCollection', features: features.sort(byId) },
      };
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
