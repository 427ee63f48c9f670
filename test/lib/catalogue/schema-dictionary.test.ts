import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  JSON_DATASET_SCHEMAS,
  jsonDatasetDictionary,
  schemaDictionary,
} from '../../../src/lib/catalogue/schema-dictionary';
import { describeField, UNITS } from '../../../src/lib/data/schemas/field-meta';
import { manifestSchema } from '../../../src/lib/data/schemas/manifest';

const DATA = join(import.meta.dirname, '../../../data');
const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(DATA, 'manifest.json'), 'utf8')));
const jsonDatasets = manifest.datasets.filter((d) => !d.path.endsWith('.geojson'));

/** Every key path of a JSON value, `[]` standing for the items of an array (as the dictionary names them). */
function keyPaths(value: unknown, prefix = '', out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keyPaths(v, `${prefix}[]`, out);
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      const path = prefix ? `${prefix}.${k}` : k;
      out.add(path);
      keyPaths(v, path, out);
    }
  return out;
}

describe('field dictionaries of the JSON datasets', () => {
  it('covers every JSON dataset of the manifest', () => {
    expect(jsonDatasets.map((d) => d.id).sort()).toEqual(Object.keys(JSON_DATASET_SCHEMAS).sort());
  });

  for (const d of jsonDatasets)
    it(`${d.id}: every key in data/${d.path} has a meaning in Chinese and in English`, () => {
      const keys = [...keyPaths(JSON.parse(readFileSync(join(DATA, d.path), 'utf8')))];
      expect(keys.length).toBeGreaterThan(5);
      for (const lang of ['zh', 'en'] as const) {
        const meaning = new Map(jsonDatasetDictionary(d.id, lang).map((r) => [r.name, r.meaning]));
        const missing = keys.filter((k) => !meaning.get(k));
        expect(missing, `${d.id} (${lang}): keys without a meaning`).toEqual([]);
      }
    });

  it('gives rows by dotted path, with type, meaning and unit in the language asked for', () => {
    const en = new Map(jsonDatasetDictionary('plan', 'en').map((r) => [r.name, r]));
    const zh = new Map(jsonDatasetDictionary('plan', 'zh').map((r) => [r.name, r]));
    expect(en.get('industries[].groups[].places[].code')).toEqual({
      name: 'industries[].groups[].places[].code',
      type: 'string',
      meaning: 'NBS division code (6 digits, as in data/boundaries)',
      unit: '',
    });
    expect(en.get('industries[].groups[].places[].level')?.type).toBe('"prefecture" | "county"');
    expect(en.get('targets.exit_by_year[].people')).toEqual({
      name: 'targets.exit_by_year[].people',
      type: 'integer | null',
      meaning: 'People to exit poverty that year; null for 2020 (consolidation, no number)',
      unit: 'people',
    });
    expect(zh.get('targets.exit_by_year[].people')?.unit).toBe('人');
    expect(zh.get('industries[].name.zh')?.meaning).toBe('中文：产业名称');
    expect(en.get('industries[].name.en')?.meaning).toBe('In English: Industry name');
    expect(en.get('industries')?.type).toBe('object[]');
    expect(en.get('key_counties.expected_count')).toMatchObject({ type: '15', unit: 'county-level units' });
    // A shared schema's meaning is replaced where a field says more.
    expect(en.get('key_counties.count_citation')?.meaning).toBe('Where the plan gives the number 15');
    expect(en.get('pairings[].citation')?.meaning).toBe('Where it comes from: seed file, section and original words');

    const former = new Map(jsonDatasetDictionary('dalian-gazetteer', 'en').map((r) => [r.name, r]));
    // Fields of every branch of a union, once: county_code only in towns, town_code only in villages.
    expect(former.get('former[].level')?.type).toBe('"county" | "town" | "village"');
    expect(former.get('former[].town_code')?.meaning).toBe('Code of its town in that vintage');
    expect(former.get('vintages[].cutoff')?.type).toBe('date');
    expect(jsonDatasetDictionary('counties', 'en')).toEqual([]);
  });

  it('leaves a field without .meta() without a meaning, so the coverage test above can fail', () => {
    const schema = z.object({
      a: z.number().meta(describeField('甲', 'A', UNITS.people)),
      b: z.string().nullable(),
      c: z.object({ zh: z.string(), en: z.string() }),
    });
    expect(schemaDictionary(schema, 'en')).toEqual([
      { name: 'a', type: 'number', meaning: 'A', unit: 'people' },
      { name: 'b', type: 'string | null', meaning: '', unit: '' },
      { name: 'c', type: 'object', meaning: '', unit: '' },
      { name: 'c.zh', type: 'string', meaning: '', unit: '' },
      { name: 'c.en', type: 'string', meaning: '', unit: '' },
    ]);
  });
});
