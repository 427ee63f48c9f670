import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldDictionary } from '../../../src/lib/catalogue/field-dictionary';
import { LAYERS } from '../../../src/lib/layers/registry';

const DATA = resolve(import.meta.dirname, '../../../data');
const manifest = JSON.parse(readFileSync(resolve(DATA, 'manifest.json'), 'utf8')) as {
  datasets: { id: string; path: string }[];
};

describe('field dictionaries of the feature datasets', () => {
  for (const d of manifest.datasets.filter((x) => x.path.endsWith('.geojson')))
    it(`${d.id}: every property in the file has a row`, () => {
      const fc = JSON.parse(readFileSync(resolve(DATA, d.path), 'utf8')) as {
        features: { properties: Record<string, unknown> | null }[];
      };
      const keys = new Set(fc.features.flatMap((f) => Object.keys(f.properties ?? {})));
      const rows = new Set(
        fieldDictionary(
          LAYERS.filter((l) => l.dataset === d.id),
          'zh',
        ).map((r) => r.name),
      );
      expect([...keys].filter((k) => !rows.has(k)).sort()).toEqual([]);
    });
});
