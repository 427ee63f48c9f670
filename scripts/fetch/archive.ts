/**
 * Zip archives (fflate) and shapefiles (Debian's GDAL `ogr2ogr`) for data:fetch.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

export type ZipEntries = Record<string, Uint8Array>;

/** The files of a zip archive; throws naming the archive if it is truncated or not a zip. */
export function openZip(bytes: Uint8Array, label: string): ZipEntries {
  try {
    return unzipSync(bytes);
  } catch (err) {
    const reason = (err as Error).message;
    throw new Error(`${label} is not a readable zip archive (truncated or corrupt download?): ${reason}`, {
      cause: err,
    });
  }
}

/**
 * The entry whose file name (any folder) is `name`, case-insensitive; zips inside the zip are
 * searched too (some mirrors wrap the published archive in another one).
 */
export function findEntry(entries: ZipEntries, name: string, label: string): { path: string; data: Uint8Array } | null {
  const wanted = name.toLowerCase();
  for (const [path, data] of Object.entries(entries))
    if (basename(path).toLowerCase() === wanted) return { path, data };
  for (const [path, data] of Object.entries(entries)) {
    if (!path.toLowerCase().endsWith('.zip')) continue;
    const found = findEntry(openZip(data, `${label}/${path}`), name, `${label}/${path}`);
    if (found) return { path: `${path}/${found.path}`, data: found.data };
  }
  return null;
}

/** First line of `<layer>.VERSION.txt` (Natural Earth ships one in each zip) if it looks like a version. */
export function naturalEarthVersion(entries: ZipEntries, layer: string, label: string): string | null {
  const entry = findEntry(entries, `${layer}.VERSION.txt`, label);
  const line = entry ? strFromU8(entry.data).trim().split(/\r?\n/)[0].trim() : '';
  return /^v?\d+(\.\d+)*$/.test(line) ? line.replace(/^v/, '') : null;
}

/** Write `<layer>.shp/.shx/.dbf` (and .prj/.cpg if present) into `dir`; returns the .shp path. */
export function extractShapefile(entries: ZipEntries, layer: string, dir: string, label: string): string {
  for (const ext of ['shp', 'shx', 'dbf', 'prj', 'cpg']) {
    const entry = findEntry(entries, `${layer}.${ext}`, label);
    if (!entry && ['shp', 'shx', 'dbf'].includes(ext)) {
      const names = Object.keys(entries).slice(0, 12).join(', ');
      throw new Error(`${label} has no ${layer}.${ext} (it holds: ${names})`);
    }
    if (entry) writeFileSync(join(dir, `${layer}.${ext}`), entry.data);
  }
  return join(dir, `${layer}.shp`);
}

/** One shapefile record as GeoJSON, with its record number. */
export interface ShapeRecord {
  fid: number;
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates: unknown } | null;
}

/** True if GDAL's ogr2ogr is on the PATH. */
export function hasOgr2ogr(): boolean {
  const r = spawnSync('ogr2ogr', ['--version'], { encoding: 'utf8' });
  return !r.error && r.status === 0;
}

/**
 * Records of a shapefile that intersect `bbox` ([w, s, e, n], WGS84), in WGS84, read with
 * `ogr2ogr -f GeoJSON /vsistdout/`. Throws with ogr2ogr's message if it fails.
 */
export function readShapefile(shp: string, bbox: readonly number[]): ShapeRecord[] {
  const args = ['-f', 'GeoJSON', '/vsistdout/', shp, '-preserve_fid', '-t_srs', 'EPSG:4326'];
  args.push('-spat', ...bbox.map(String), '-spat_srs', 'EPSG:4326');
  const r = spawnSync('ogr2ogr', args, { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  if (r.error) throw new Error(`ogr2ogr: ${r.error.message} (install Debian's gdal-bin)`);
  if (r.status !== 0)
    throw new Error(`ogr2ogr could not read ${basename(shp)} (exit ${r.status}):\n${r.stderr.trim()}`);
  const json = JSON.parse(r.stdout) as {
    features: { id?: number; properties: Record<string, unknown>; geometry: ShapeRecord['geometry'] }[];
  };
  return json.features.map((f, i) => ({
    fid: typeof f.id === 'number' ? f.id : i,
    properties: f.properties ?? {},
    geometry: f.geometry,
  }));
}
