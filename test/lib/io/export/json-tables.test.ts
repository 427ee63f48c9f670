import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  flattenRecord,
  jsonDatasetTables,
  jsonTablesReadme,
  jsonTablesZip,
  tableToCsv,
} from '../../../../src/lib/io/export/json-tables';

const DATA = resolve(import.meta.dirname, '../../../../data');
const read = (p: string): unknown => JSON.parse(readFileSync(resolve(DATA, p), 'utf8'));
const parse = (csv: string) =>
  Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

describe('flattenRecord', () => {
  it('flattens objects to dotted keys and keeps lists whole', () => {
    expect([...flattenRecord({ a: 1, b: { zh: '甲', en: 'A' }, c: [1, 2], d: null })]).toEqual([
      ['a', 1],
      ['b.zh', '甲'],
      ['b.en', 'A'],
      ['c', [1, 2]],
      ['d', null],
    ]);
  });
});

describe('jsonDatasetTables, read back by papaparse', () => {
  it('writes the gazetteer villages exactly: 814 rows, codes as text, Chinese names', () => {
    const gazetteer = read('dalian/gazetteer.json') as { villages: Record<string, string>[] };
    const tables = jsonDatasetTables('dalian-gazetteer', gazetteer);
    expect(tables.map((t) => t.name)).toEqual(['vintages', 'counties', 'towns', 'villages', 'former']);
    const villages = parse(tableToCsv(tables.find((t) => t.name === 'villages')!));
    expect(villages).toHaveLength(814);
    expect(villages[0]).toEqual(
      Object.fromEntries(Object.entries(gazetteer.villages[0]).map(([k, v]) => [k, String(v)])),
    );
    expect(villages.every((v) => /^21\d{10}$/.test(v.code))).toBe(true);
  });

  it('writes the outcomes figures with bilingual labels and citations as columns', () => {
    const outcomes = read('dalian/outcomes.json') as { figures: { id: string; value: number | null }[] };
    const figures = parse(
      tableToCsv(jsonDatasetTables('dalian-outcomes', outcomes).find((t) => t.name === 'figures')!),
    );
    expect(figures).toHaveLength(outcomes.figures.length);
    const first = figures.find((f) => f.id === 'villages-identified')!;
    expect(first['label.zh']).toBe('低收入村');
    expect(first.value).toBe('128');
    expect(first['citation.file']).toBe('004_9b14d3b26f805d22.txt');
  });

  it('adds the plan’s places per industry as one long table', () => {
    const plan = read('plan/plan.json') as {
      industries: { id: string; groups: { places: unknown[] }[] }[];
      document: unknown;
    };
    const tables = jsonDatasetTables('plan', plan);
    const places = parse(tableToCsv(tables.find((t) => t.name === 'industry_places')!));
    const expected = plan.industries.reduce((n, i) => n + i.groups.reduce((m, g) => m + g.places.length, 0), 0);
    expect(places).toHaveLength(expected);
    const tobacco = places.filter((p) => p.industry_id === 'tobacco').map((p) => p.code);
    expect(tobacco).toHaveLength(9);
    expect(tobacco).toContain('210624');
    expect(places.find((p) => p.industry_id === 'tobacco')!['industry.zh']).toBe('烟草');
    // A top-level object becomes a one-row table.
    expect(tables.find((t) => t.name === 'document')!.rows).toHaveLength(1);
  });

  it('refuses a non-object', () => {
    expect(() => jsonDatasetTables('x', [1, 2])).toThrow(/expected a JSON object/);
  });
});

describe('jsonTablesZip', () => {
  it('puts every table and a README in one deterministic zip', () => {
    const tables = jsonDatasetTables('dalian-gazetteer', read('dalian/gazetteer.json'));
    const readme = jsonTablesReadme({ zh: '大连村镇名录', en: 'Dalian register' }, 'dalian/gazetteer.json', tables);
    const a = jsonTablesZip('gazetteer', tables, readme, '2026-11-27');
    const b = jsonTablesZip('gazetteer', tables, readme, '2026-11-27');
    expect(a).toEqual(b);
    const files = unzipSync(a);
    expect(Object.keys(files).sort()).toEqual([
      'gazetteer/README.txt',
      'gazetteer/counties.csv',
      'gazetteer/former.csv',
      'gazetteer/towns.csv',
      'gazetteer/villages.csv',
      'gazetteer/vintages.csv',
    ]);
    expect(strFromU8(files['gazetteer/README.txt'])).toContain('villages.csv — 814 rows');
    expect(parse(strFromU8(files['gazetteer/towns.csv']))).toHaveLength(76);
  });
});
