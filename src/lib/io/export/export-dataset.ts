import type { FeatureCollection, Geometry } from 'geojson';
import type { CrsId } from '../formats/types';
import { exportCrsChoice, reprojectCollection } from './export-crs';
import { applySubset, type ExportSubset } from './subset';
import type { ExportNote } from './feature-ids';
import { collectionToCsv, describeCsvExport, type CsvExportOptions } from './to-csv';
import { collectionToGeoJson } from './to-geojson';
import { collectionToKml, describeKmlExport, type KmlExportOptions } from './to-kml';
import { safeStem, shapefileNotes, zipShapefile, type ExportFile } from './to-shapefile';

/** The formats a dataset can be downloaded in. */
export type ExportFormat = 'geojson' | 'csv' | 'shapefile' | 'kml';

/** What to export. */
export interface ExportRequest {
  /** Dataset name: the file name stem (characters file systems reject become `_`). */
  name: string;
  /** The dataset, in WGS84 as the atlas stores it. */
  collection: FeatureCollection<Geometry | null>;
  format: ExportFormat;
  /** Default WGS84; one of EXPORT_CRS_CHOICES. KML accepts only WGS84. */
  crs?: CrsId;
  /** Only these features (selected in WGS84, before reprojection). */
  subset?: ExportSubset;
  csv?: CsvExportOptions;
  kml?: KmlExportOptions;
  /** Date for the .dbf header and zip entries (default: now). */
  lastUpdated?: Date;
}

/** The download: `files` holds exactly one file today (a shapefile is one zip), named `filename`. */
export interface ExportResult {
  files: ExportFile[];
  mime: string;
  filename: string;
  /**
   * What the user should know about the file that the format itself cannot say (a CSV or KML has
   * no README): where `feature.id` went, how null and '' are written. A shapefile's README holds
   * the same lines. Empty for GeoJSON, which keeps both as they are.
   */
  notes: ExportNote[];
}

const MIME: Record<ExportFormat, string> = {
  geojson: 'application/geo+json',
  csv: 'text/csv;charset=utf-8',
  shapefile: 'application/zip',
  kml: 'application/vnd.google-earth.kml+xml',
};

const EXTENSION: Record<ExportFormat, string> = { geojson: 'geojson', csv: 'csv', shapefile: 'zip', kml: 'kml' };

/**
 * Exports a dataset: subset (in WGS84), reproject, write. The file name is the dataset name, with
 * `_gcj02` / `_bd09` / `_cgcs2000` appended for non-WGS84 exports so an offset file is never
 * mistaken for a WGS84 one. Throws with the reason when the request cannot be met: unknown format,
 * CRS not offered, KML in another CRS, nothing left after the subset.
 */
export function exportDataset(request: ExportRequest): ExportResult {
  const { name, collection, format } = request;
  const crs = request.crs ?? { kind: 'wgs84' };
  if (!(format in MIME))
    throw new TypeError(`export ${name}: unknown format "${String(format)}" (geojson, csv, shapefile or kml)`);
  if (!collection || collection.type !== 'FeatureCollection' || !Array.isArray(collection.features))
    throw new TypeError(`export ${name}: the dataset is not a GeoJSON FeatureCollection`);
  const choice = exportCrsChoice(crs);
  if (format === 'kml' && choice.kind !== 'wgs84') collectionToKml(collection, crs); // throws the KML message
  const subset = applySubset(collection, request.subset);
  if (subset.features.length === 0)
    throw new Error(
      request.subset
        ? `export ${name}: no feature of ${collection.features.length} matches the chosen ${request.subset.kind === 'ids' ? 'ids' : 'area'}`
        : `export ${name}: the dataset has no features`,
    );
  const data = reprojectCollection(subset, crs);
  const stem = safeStem(name) + (choice.kind === 'wgs84' ? '' : `_${choice.kind}`);
  const filename = `${stem}.${EXTENSION[format]}`;
  const text = (s: string) => new TextEncoder().encode(s);
  let bytes: Uint8Array;
  let notes: ExportNote[] = [];
  switch (format) {
    case 'geojson':
      bytes = text(collectionToGeoJson(data, crs));
      break;
    case 'csv':
      bytes = text(collectionToCsv(data, request.csv));
      notes = describeCsvExport(data);
      break;
    case 'kml':
      bytes = text(collectionToKml(data, crs, { documentName: name, ...request.kml }));
      notes = describeKmlExport(data);
      break;
    case 'shapefile':
      bytes = zipShapefile(stem, data, crs, { lastUpdated: request.lastUpdated });
      notes = shapefileNotes(data.features);
      break;
  }
  return { files: [{ name: filename, bytes }], mime: MIME[format], filename, notes };
}
