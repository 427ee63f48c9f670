import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestSchema } from '../../../src/lib/data/schemas/manifest';
import { validateDataset } from '../../../src/lib/data/validate';
import { DATA_DIR } from './write-dataset';

/**
 * Check the finished data/manifest.json against the strict shared schema; throws naming every entry
 * and field that does not match (e.g. an entry of another dataset that has no `date` yet).
 */
export function checkFinishedManifest(dataDir = DATA_DIR): void {
  const file = join(dataDir, 'manifest.json');
  const checked = validateDataset('manifest', manifestSchema, JSON.parse(readFileSync(file, 'utf8')), 20);
  if (!checked.ok) throw new Error(`${file} does not match its schema:\n  ${checked.errors.join('\n  ')}`);
}
