import type { LicenceEntry, Licences } from '../../data/schemas/licences';

/** Declared licences as SPDX identifiers, for CFF's `license` key; others go into `notes`. */
const SPDX: Record<string, string> = {
  MIT: 'MIT',
  ISC: 'ISC',
  'MPL-2.0': 'MPL-2.0',
  'Apache-2.0': 'Apache-2.0',
  'LGPL-3+': 'LGPL-3.0-or-later',
  'GPL-3+': 'GPL-3.0-or-later',
  WTFPL: 'WTFPL',
};

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
const q = (s: string) => JSON.stringify(s);

function reference(e: LicenceEntry): string[] {
  const spdx = SPDX[e.licence];
  const notes = [
    `${e.kind === 'npm' ? 'npm' : 'Debian'} package ${e.name} ${e.version}`,
    spdx ? '' : `licence: ${e.licence}`,
    e.note ?? '',
  ].filter(Boolean);
  return [
    // Packages as published: CFF has no "package" type, and `software` is what a registry holds.
    '  - type: software',
    `    title: ${q(e.name)}`,
    `    version: ${q(e.version)}`,
    `    authors:`,
    `      - name: ${q(e.author ?? `Authors of ${e.name}`)}`,
    ...(spdx ? [`    license: ${spdx}`] : []),
    ...(e.kind === 'npm' ? [`    url: ${q(`https://www.npmjs.com/package/${e.name}/v/${e.version}`)}`] : []),
    `    notes: ${q(notes.join('; '))}`,
  ];
}

/**
 * CITATION.cff (CFF 1.2.0) of the data bundle: the atlas's data as a dataset by its contributors,
 * with every source package (npm, Debian) as a reference with its licence. Seed documents are cited
 * in the data itself, quote by quote, and listed in README.md.
 */
export function buildBundleCitation(licences: Licences, appVersion: string, date: string): string {
  const packages = licences.sources.filter((e) => e.kind !== 'seed');
  return [
    'cff-version: 1.2.0',
    `message: ${q('If you use these data, please cite them as below, and cite the source packages listed under references; their licence texts are in LICENSES/.')}`,
    `title: ${q('Liaoning Rural Industry Atlas — data (辽宁乡村产业规划图 · 数据)')}`,
    `abstract: ${q("Boundaries, basemap, infrastructure and the 2016–2020 industrial poverty-alleviation plan of Liaoning (辽政发〔2016〕62号) as data, with Dalian's low-income village outcomes, built from registry packages and cited public government documents. EPSG:4326.")}`,
    `version: ${q(appVersion)}`,
    `date-released: ${q(date)}`,
    'type: dataset',
    'authors:',
    `  - name: ${q('Liaoning Rural Industry Atlas contributors')}`,
    'keywords:',
    ...['Liaoning', 'poverty alleviation', 'rural industry', 'administrative boundaries', 'GeoJSON'].map(
      (k) => `  - ${q(k)}`,
    ),
    'references:',
    ...packages.flatMap(reference),
    '',
  ].join('\n');
}
