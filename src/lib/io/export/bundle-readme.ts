import { formatDatasetDate } from '../../catalogue/dataset-date';
import type { Licences } from '../../data/schemas/licences';
import type { DataSource, Manifest, ManifestEntry } from '../../data/schemas/manifest';
import { licenceFilePath } from './bundle-licence-files';

export interface BundleReadmeInput {
  manifest: Manifest;
  licences: Licences;
  appVersion: string;
  /** Release date, YYYY-MM-DD. */
  date: string;
  /** Paths of files added beside the data (user exports), listed but not described. */
  extraPaths: string[];
}

const describeSource = (s: DataSource): string =>
  s.kind === 'seed'
    ? `seed document \`${s.name}\` (${s.version}) — ${s.licence}`
    : `${s.kind} \`${s.name}@${s.version}\` — ${s.licence}`;

const isGeoJson = (d: ManifestEntry) => d.path.endsWith('.geojson');

function describeCount(d: ManifestEntry): string {
  if (isGeoJson(d)) return `${d.feature_count} feature${d.feature_count === 1 ? '' : 's'}`;
  return d.feature_count === 1 ? 'one JSON document' : `${d.feature_count} records`;
}

function describeBbox(d: ManifestEntry): string {
  if (d.bbox.every((v) => v === 0)) return 'none (no coordinates)';
  const [w, s, e, n] = d.bbox;
  return `${w}, ${s} – ${e}, ${n} (west, south – east, north; degrees)`;
}

function datasetSection(d: ManifestEntry): string[] {
  const licences = [...new Set(d.sources.map((s) => s.licence))];
  return [
    `### ${d.title.en} · ${d.title.zh} (\`${d.id}\`)`,
    '',
    d.description.en,
    '',
    d.description.zh,
    '',
    `- **File**: \`data/${d.path}\`, ${d.bytes} bytes, SHA-256 \`${d.sha256}\``,
    `- **Sources**:`,
    ...d.sources.map((s) => `  - ${describeSource(s)}${s.note ? `: ${s.note}` : ''}`),
    `- **Licence**: ${licences.join('; ')}`,
    `- **Date**: ${formatDatasetDate(d.date, 'en')}. ${d.date.note}`,
    `- **CRS**: ${d.crs} (WGS84 longitude, latitude); conversion: ${d.conversion}`,
    `- **Content**: ${describeCount(d)}`,
    `- **Extent**: ${describeBbox(d)}`,
    `- **Accuracy and gaps**: ${d.accuracy}`,
    '',
  ];
}

/** README.md of the data bundle: what the atlas is, every dataset with its source, licence, date, CRS and accuracy, and how to verify. */
export function buildBundleReadme({ manifest, licences, appVersion, date, extraPaths }: BundleReadmeInput): string {
  const lines = [
    '# Liaoning Rural Industry Atlas — data · 辽宁乡村产业规划图 · 数据',
    '',
    `Version ${appVersion}, exported ${date}. Every dataset of the atlas, with the licence texts of its sources.`,
    '',
    "The Liaoning Rural Industry Atlas is a static, offline web atlas of Liaoning's 2016–2020 plan for",
    'industrial poverty alleviation (辽政发〔2016〕62号): the province, its 14 prefecture-level cities and',
    '100 county-level units on an offline basemap, the plan as cited data (industries, zones, targets,',
    "key projects, pairing assistance), bundled infrastructure, and Dalian's low-income villages as cited",
    'figures with a register of towns and villages. Everything here is built by its data pipeline from',
    'registry packages (npm, Debian) and cited public government documents; nothing was typed from memory.',
    '',
    '## Layout',
    '',
    '- `data/` — the datasets, as listed in `manifest.json` (paths relative to `data/`).',
    '- `manifest.json` — each dataset with its sources (package@version, licence, files read), date, CRS',
    '  and conversion, feature count, bounding box, size and SHA-256.',
    '- `LICENSES/` — the licence text of every source, as found in the package (see below).',
    '- `SHA256SUMS` — the SHA-256 of every other file in this archive.',
    '- `CITATION.cff` — how to cite these data (Citation File Format 1.2.0).',
    ...(extraPaths.length ? ['- Also included:', ...extraPaths.map((p) => `  - \`${p}\``)] : []),
    '',
    '## Coordinates',
    '',
    'All geometry is in EPSG:4326 (WGS84 longitude, latitude in degrees), rounded to 6 decimals. Sources',
    'in GCJ-02 were converted at build time; each dataset says how under "CRS".',
    '',
    '## Datasets',
    '',
    ...manifest.datasets.flatMap(datasetSection),
    '## Licences',
    '',
    "Each source's licence, as declared and as found. The texts in `LICENSES/` are copied as found;",
    "where a package has no licence file, its file says so and quotes the package's own statement.",
    '',
    ...licences.sources.map((e) => {
      const found = e.file ? `file \`${e.file}\`` : 'no licence file';
      const note = e.note ? `; ${e.note}` : '';
      return `- \`${licenceFilePath(e, licences.sources)}\`: ${e.kind} \`${e.name}\` ${e.version} — ${e.licence} (${found}${note})`;
    }),
    '',
    '## Verifying',
    '',
    'From the folder this archive was unpacked into:',
    '',
    '```sh',
    'sha256sum -c SHA256SUMS          # Linux',
    'shasum -a 256 -c SHA256SUMS      # macOS',
    '```',
    '',
    "Every line should end in `OK`. `manifest.json` also gives each dataset's size and SHA-256, which",
    'must match the files under `data/`; the atlas checks the same hashes whenever it loads a dataset.',
    '',
  ];
  return lines.join('\n');
}
