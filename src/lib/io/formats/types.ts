import type { Feature, Geometry } from 'geojson';
import type { Bilingual } from '../../data/schemas/geojson';

/** A value read from a file's attribute table. Always shown as text, never as HTML. */
export type AttributeValue = string | number | boolean | null;
export type RawFeature = Feature<Geometry, Record<string, AttributeValue>>;

export type FileFormat = 'geojson' | 'csv' | 'shapefile' | 'kml' | 'kmz' | 'gpx';

/**
 * A coordinate reference system a file may be in. Everything is converted to WGS84 on import;
 * `describeCrs` (crs/definitions.ts) gives the text recorded on the layer.
 */
export type CrsId =
  | { kind: 'wgs84' }
  | { kind: 'cgcs2000' } // EPSG:4490, geographic; treated as WGS84 (differences are centimetres)
  | { kind: 'epsg'; code: number } // projected codes with a proj4 definition: 3857, 4491–4554 (CGCS2000 GK), …
  | { kind: 'gcj02' }
  | { kind: 'bd09' }
  | { kind: 'proj4'; name: string; definition: string }; // from a .prj that names no known EPSG code

/** What the reader could tell about the CRS, and from what. */
export interface CrsDetection {
  crs: CrsId | null;
  /**
   * Shown while importing, never stored (provenance keeps `describeCrs(...).en` instead): e.g.
   * `{ zh: '.prj 文件：CGCS2000_3_Degree_GK_Zone_40 → …', en: '.prj: CGCS2000_3_Degree_GK_Zone_40 → …' }`.
   */
  evidence: Bilingual;
}

export interface FieldInfo {
  name: string;
  type: 'string' | 'number' | 'boolean' | 'mixed' | 'empty';
  /** Up to 5 distinct non-empty values, in order of first appearance. */
  samples: AttributeValue[];
}

/** A row the reader could not turn into a feature (bad coordinates, unreadable WKT …). */
export interface RowError {
  /** 1-based row / record / placemark number in the file, as a user would count it. */
  row: number;
  message: string;
}

/** One layer read from the files a user dropped, still in the file's own CRS. */
export interface ParsedLayer {
  /** File stem, or the layer's name inside a KML/zip. */
  name: string;
  format: FileFormat;
  /** Names of the files this layer was read from. */
  files: string[];
  features: RawFeature[];
  fields: FieldInfo[];
  crs: CrsDetection;
  /** Attribute encoding used (shapefile DBF, CSV), e.g. `utf-8`, `gbk`. */
  encoding?: string;
  rowErrors: RowError[];
  warnings: string[];
}

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

export interface ReadOptions {
  /** CSV: column names to use; guessed (lon/lng/x/经度, lat/y/纬度, wkt/geometry) when absent. */
  csv?: { lon?: string; lat?: string; wkt?: string; delimiter?: string };
  /** Force an attribute encoding (e.g. when a shapefile has no .cpg and the guess is wrong). */
  encoding?: string;
  signal?: AbortSignal;
  /** Fraction 0–1 of the work done, called at most every few hundred ms. */
  onProgress?: (fraction: number) => void;
}

/** A file the reader rejected as a whole, with a message that says what was wrong and where. */
export class ReadError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'ReadError';
  }
}
