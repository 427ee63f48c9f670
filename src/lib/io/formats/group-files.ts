import { fileExtension, fileStem } from './layer';
import type { ShapefileGroup } from './shapefile';
import { ReadError, type InputFile } from './types';
import { looksLikeZip, unzipInput } from './zip';

/** One unit of reading work: a single file in a known format, or a shapefile's set of files. */
export type ReadJob =
  | { kind: SingleFileFormat; file: InputFile; size: number }
  | { kind: 'shapefile'; group: ShapefileGroup; size: number };

/** The formats this reader accepts, for error messages. */
export const ACCEPTED_FORMATS =
  'GeoJSON (.geojson, .json), CSV/TSV (.csv, .tsv, .txt), shapefile (.shp with its .dbf, .shx, .prj, .cpg — or all of them in a .zip), KML (.kml), KMZ (.kmz) and GPX (.gpx)';

const SHAPEFILE_PARTS = new Set(['shp', 'shx', 'dbf', 'prj', 'cpg']);
/** Sidecar files GIS programs write next to a shapefile; nothing to read in them. */
const SIDECARS = new Set(['sbn', 'sbx', 'qix', 'fix', 'xml', 'aih', 'ain', 'atx', 'mxs', 'qmd', 'qpj', 'ovr', 'lock']);

type SingleFileFormat = 'geojson' | 'csv' | 'kml' | 'kmz' | 'gpx';
type Kind = SingleFileFormat | 'zip' | 'shp' | 'shx' | 'dbf' | 'prj' | 'cpg' | 'ignore';

/** The format of a file from its extension, else from its first bytes; null when unknown. */
export function sniffFormat(file: InputFile, inZip = false): Kind | null {
  const ext = fileExtension(file.name);
  if (SHAPEFILE_PARTS.has(ext)) return ext as Kind;
  if (SIDECARS.has(ext)) return 'ignore';
  if (ext === 'geojson' || ext === 'json') return 'geojson';
  if (ext === 'csv' || ext === 'tsv' || (ext === 'txt' && !inZip)) return 'csv';
  if (ext === 'kml' || ext === 'kmz' || ext === 'gpx' || ext === 'zip') return ext;
  const b = file.bytes;
  if (looksLikeZip(b)) return 'zip';
  if (b.length >= 100 && b[0] === 0 && b[1] === 0 && b[2] === 0x27 && b[3] === 0x0a) return 'shp';
  const head = new TextDecoder('utf-8')
    .decode(b.subarray(0, 1024))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return 'geojson';
  if (head.startsWith('<')) {
    if (/<kml[\s>]/.test(head)) return 'kml';
    if (/<gpx[\s>]/.test(head)) return 'gpx';
  }
  return null;
}

/**
 * Turns dropped files into reading jobs: zips are expanded (folders and several shapefiles inside
 * are fine; zips inside zips too), shapefile parts are grouped by folder and stem. Unknown files
 * → ReadError naming the accepted formats; unknown files inside a zip (READMEs, licences) are
 * skipped with a warning.
 */
export function planJobs(files: readonly InputFile[]): { jobs: ReadJob[]; errors: ReadError[]; warnings: string[] } {
  const jobs: ReadJob[] = [];
  const errors: ReadError[] = [];
  const warnings: string[] = [];
  const groups = new Map<string, ShapefileGroup>();

  const visit = (file: InputFile, zipDepth: number) => {
    const kind = sniffFormat(file, zipDepth > 0);
    if (kind === 'ignore') return;
    if (kind === null) {
      if (zipDepth > 0) warnings.push(`${file.name} was skipped: not a format this reader accepts`);
      else
        errors.push(new ReadError(file.name, `is not a format this reader accepts; accepted are ${ACCEPTED_FORMATS}`));
    } else if (kind === 'zip') {
      if (zipDepth >= 3) return warnings.push(`${file.name} was skipped: zips nested this deep are not opened`);
      try {
        const before = jobs.length + errors.length + groups.size;
        const entries = unzipInput(file);
        for (const entry of entries) visit({ name: `${file.name}/${entry.name}`, bytes: entry.bytes }, zipDepth + 1);
        if (jobs.length + errors.length + groups.size === before) {
          const found = entries.length ? `it holds ${entries.map((e) => e.name).join(', ')}` : 'it is empty';
          errors.push(
            new ReadError(file.name, `holds no file this reader accepts (${found}); accepted are ${ACCEPTED_FORMATS}`),
          );
        }
      } catch (error) {
        if (error instanceof ReadError) errors.push(error);
        else throw error;
      }
    } else if (kind === 'shp' || kind === 'shx' || kind === 'dbf' || kind === 'prj' || kind === 'cpg') {
      const dir = file.name.slice(0, file.name.lastIndexOf('/') + 1);
      const key = (dir + fileStem(file.name)).toLowerCase();
      const group = groups.get(key) ?? {};
      group[kind] = file;
      groups.set(key, group);
    } else {
      jobs.push({ kind, file, size: file.bytes.length });
    }
  };
  for (const file of files) visit(file, 0);

  for (const group of groups.values()) {
    const parts = Object.values(group) as InputFile[];
    if (!group.shp && !group.dbf) {
      // A lone .prj / .cpg / .shx: say what is missing rather than fail silently.
      errors.push(
        new ReadError(
          parts[0].name,
          'is part of a shapefile, but its .shp is missing: drop the .shp (with the .dbf, .shx and .prj) too',
        ),
      );
      continue;
    }
    if (!group.shp) {
      errors.push(
        new ReadError(
          group.dbf!.name,
          'is a .dbf (attribute table) without its .shp: drop the .shp (with the .shx and .prj) too',
        ),
      );
      continue;
    }
    jobs.push({ kind: 'shapefile', group, size: parts.reduce((n, f) => n + f.bytes.length, 0) });
  }
  return { jobs, errors, warnings };
}
