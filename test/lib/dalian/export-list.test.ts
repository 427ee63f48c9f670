import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { villagesToCsv, villagesToGeoJson } from '../../../src/lib/dalian/export-list';
import {
  designatedVillageCollectionSchema,
  type DesignatedVillage,
  type DesignatedVillageCollection,
} from '../../../src/lib/data/schemas/designated-villages';

const feature = (properties: DesignatedVillage): DesignatedVillageCollection['features'][number] => ({
  type: 'Feature',
  id: properties.code ?? `row-${properties.source_row}`,
  properties,
  geometry: properties.position ? { type: 'Point', coordinates: properties.position } : null,
});

/** Three villages covering what a CSV can get wrong: Chinese, markup, commas, quotes, line breaks, nulls. */
const collection: DesignatedVillageCollection = designatedVillageCollectionSchema.parse({
  type: 'FeatureCollection',
  features: [
    feature({
      code: '210283101215',
      name_zh: '<b>村</b>',
      matched_name: '河川村委会',
      town_code: '210283101',
      town_name: '青堆镇',
      county_code: '210283',
      designated_year: 2014,
      exit_year: 2018,
      position: [122.983912, 39.687601],
      position_accuracy: 'from file',
      match: 'name',
      income_per_capita_yuan: 5200.5,
      projects: ['大棚蔬菜', '光伏发电', '草莓, "红颜"'],
      aid_unit: '大连市农业农村局',
      linkage_model: '"公司+农户"，入股分红',
      note: '第一行\n第二行',
      source_row: 3,
    }),
    feature({
      code: null,
      name_zh: '前"炉",村',
      matched_name: null,
      town_code: null,
      town_name: '某某镇',
      county_code: null,
      designated_year: null,
      exit_year: null,
      position: null,
      position_accuracy: 'none',
      match: 'unmatched',
      source_row: 5,
    }),
    feature({
      code: '210281201212',
      name_zh: '光明村',
      matched_name: '光明村委会',
      town_code: '210281201',
      town_name: '赵屯乡',
      county_code: '210281',
      designated_year: null,
      exit_year: 2016,
      position: [121.5, 39.75],
      position_accuracy: 'placed by hand',
      match: 'chosen',
      income_per_capita_yuan: 0,
      projects: ['肉牛养殖'],
      source_row: 7,
    }),
  ],
});

const HEADER = [
  'source_row',
  'name_zh',
  'matched_name',
  'code',
  'town_name',
  'town_code',
  'county_code',
  'designated_year',
  'exit_year',
  'lon',
  'lat',
  'position_accuracy',
  'match',
  'income_per_capita_yuan',
  'aid_unit',
  'linkage_model',
  'projects',
  'note',
];

/** What a spreadsheet should show, cell by cell (written out, not derived from the exporter). */
const EXPECTED_ROWS: Record<string, string>[] = [
  {
    source_row: '3',
    name_zh: '<b>村</b>',
    matched_name: '河川村委会',
    code: '210283101215',
    town_name: '青堆镇',
    town_code: '210283101',
    county_code: '210283',
    designated_year: '2014',
    exit_year: '2018',
    lon: '122.983912',
    lat: '39.687601',
    position_accuracy: 'from file',
    match: 'name',
    income_per_capita_yuan: '5200.5',
    aid_unit: '大连市农业农村局',
    linkage_model: '"公司+农户"，入股分红',
    projects: '大棚蔬菜；光伏发电；草莓, "红颜"',
    note: '第一行\n第二行',
  },
  {
    source_row: '5',
    name_zh: '前"炉",村',
    matched_name: '',
    code: '',
    town_name: '某某镇',
    town_code: '',
    county_code: '',
    designated_year: '',
    exit_year: '',
    lon: '',
    lat: '',
    position_accuracy: 'none',
    match: 'unmatched',
    income_per_capita_yuan: '',
    aid_unit: '',
    linkage_model: '',
    projects: '',
    note: '',
  },
  {
    source_row: '7',
    name_zh: '光明村',
    matched_name: '光明村委会',
    code: '210281201212',
    town_name: '赵屯乡',
    town_code: '210281201',
    county_code: '210281',
    designated_year: '',
    exit_year: '2016',
    lon: '121.5',
    lat: '39.75',
    position_accuracy: 'placed by hand',
    match: 'chosen',
    income_per_capita_yuan: '0',
    aid_unit: '',
    linkage_model: '',
    projects: '肉牛养殖',
    note: '',
  },
];

describe('villagesToCsv', () => {
  const csv = villagesToCsv(collection);

  it('starts with a UTF-8 BOM and the header, and ends with one newline', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1, csv.indexOf('\n'))).toBe(HEADER.join(','));
    expect(csv.endsWith('\n')).toBe(true);
    expect(csv.endsWith('\n\n')).toBe(false);
    // The BOM survives encoding as the three bytes EF BB BF spreadsheet programs look for.
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('reads back with papaparse, every field exactly as given', () => {
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(HEADER);
    expect(parsed.data).toEqual(EXPECTED_ROWS);
  });

  it('keeps markup as literal text and quotes what needs quoting', () => {
    expect(csv).toContain(',<b>村</b>,');
    expect(csv).not.toContain('&lt;');
    expect(csv).toContain('"前""炉"",村"');
    expect(csv).toContain('"第一行\n第二行"');
  });

  it('writes the header and no village for an empty list', () => {
    const empty = villagesToCsv({ type: 'FeatureCollection', features: [] });
    expect(empty.startsWith('\uFEFF' + HEADER.join(',') + '\n')).toBe(true);
    // papaparse ends a header-only table with a newline of its own, so a blank line follows: harmless.
    const parsed = Papa.parse<Record<string, string>>(empty.slice(1), { header: true, skipEmptyLines: 'greedy' });
    expect(parsed.meta.fields).toEqual(HEADER);
    expect(parsed.data).toEqual([]);
  });
});

describe('villagesToGeoJson', () => {
  const text = villagesToGeoJson(collection);
  const parsed = JSON.parse(text) as unknown;

  it('parses back to the same collection and validates, with null geometries kept', () => {
    expect(text.endsWith('}\n')).toBe(true);
    expect(parsed).toEqual(collection);
    const checked = designatedVillageCollectionSchema.safeParse(parsed);
    expect(checked.error?.issues).toBeUndefined();
    const features = checked.data!.features;
    expect(features.map((f) => [f.id, f.geometry?.coordinates ?? null])).toEqual([
      ['210283101215', [122.983912, 39.687601]],
      ['row-5', null],
      ['210281201212', [121.5, 39.75]],
    ]);
    expect(text).toContain('"geometry": null');
  });

  it('keeps text verbatim (markup, quotes, line breaks)', () => {
    const c = parsed as DesignatedVillageCollection;
    expect(c.features[0].properties.name_zh).toBe('<b>村</b>');
    expect(c.features[0].properties.note).toBe('第一行\n第二行');
    expect(c.features[1].properties.name_zh).toBe('前"炉",村');
    expect(c.features[0].properties.projects).toEqual(['大棚蔬菜', '光伏发电', '草莓, "红颜"']);
    expect(text).toContain('<b>村</b>');
  });
});
