import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { validateDataset } from '../../../src/lib/data/validate';
import {
  datasetDateSchema,
  manifestEntrySchema,
  manifestSchema,
  type ManifestEntry,
} from '../../../src/lib/data/schemas/manifest';
import { stableStringify, computeBbox, countFeatures } from './geojson-utils';

export const DATA_DIR = join(import.meta.dirname, '../../../data');

export type DatasetMeta = Omit<ManifestEntry, 'feature_count' | 'bbox' | 'bytes' | 'sha256'>;

/**
 * Validate `value` with the shared schema, write it deterministically to data/<meta.path>
 * and put its entry (count, bbox, size, sha256) into data/manifest.json.
 * `dataDir` replaces data/ (the opt-in `data:osm` and `data:fetch` commands write elsewhere on request).
 * Throws with the validation messages if the data does not match the schema.
 */
export function writeDataset<T>(meta: DatasetMeta, schema: z.ZodType<T>, value: T, dataDir = DATA_DIR): ManifestEntry {
  const checked = validateDataset(meta.id, schema, value, 20);
  if (!checked.ok) throw new Error(`${meta.id} does not match its schema:\n  ${checked.errors.join('\n  ')}`);
  const text = stableStringify(checked.data) + '\n';
  const file = join(dataDir, meta.path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  const entry: ManifestEntry = {
    ...meta,
    feature_count: countFeatures(checked.data),
    bbox: computeBbox(checked.data),
    bytes: Buffer.byteLength(text),
    sha256: createHash('sha256').update(text).digest('hex'),
  };
  upsertManifestEntry(entry, dataDir);
  return entry;
}

/**
 * data/manifest.json as a build finds it: entries written before manifest entries had a `date` are
 * read too, so the first build after that change can rewrite them one step at a time. all.ts checks
 * the finished manifest with the strict schema.
 */
const storedManifestSchema = manifestSchema.extend({
  datasets: z.array(manifestEntrySchema.extend({ date: datasetDateSchema.optional() })),
});
export type StoredManifest = z.infer<typeof storedManifestSchema>;

/** Read `<dataDir>/manifest.json` (see storedManifestSchema); an empty manifest if there is none. */
export function readStoredManifest(dataDir = DATA_DIR): StoredManifest {
  const manifestPath = join(dataDir, 'manifest.json');
  if (!existsSync(manifestPath)) return { name: 'liaoning-rural-industry-atlas-data', schema_version: 1, datasets: [] };
  return storedManifestSchema.parse(JSON.parse(readFileSync(manifestPath, 'utf8')));
}

/** Replace (or add) one entry of data/manifest.json (or `<dataDir>/manifest.json`), keeping entries sorted by id. */
export function upsertManifestEntry(entry: ManifestEntry, dataDir = DATA_DIR): void {
  const checked = manifestEntrySchema.parse(entry);
  const manifest = readStoredManifest(dataDir);
  const datasets = manifest.datasets.filter((d) => d.id !== checked.id);
  datasets.push(checked);
  datasets.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const next = storedManifestSchema.parse({ ...manifest, datasets });
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(join(dataDir, 'manifest.json'), JSON.stringify(next, null, 2) + '\n');
}
