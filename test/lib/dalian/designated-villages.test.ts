import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import {
  designatedVillageCollectionSchema,
  designatedVillageSchema,
  villageListMetaSchema,
  type DesignatedVillage,
} from '../../../src/lib/data/schemas/designated-villages';
import { buildDesignatedVillages } from '../../../src/lib/dalian/build-designated-villages';
import { matchVillageRows } from '../../../src/lib/dalian/match-villages';
import { readVillageListFile } from '../../../src/lib/dalian/read-village-list';
import { GAZETTEER } from './gazetteer-fixture';

const village: DesignatedVillage = {
  code: '210283101215',
  name_zh: '河川村',
  matched_name: '河川村委会',
  town_code: '210283101',
  town_name: '青堆镇',
  county_code: '210283',
  designated_year: null,
  exit_year: 2018,
  position: [122.9839, 39.6876],
  position_accuracy: 'from file',
  match: 'name',
  source_row: 3,
};

function issues(value: unknown): string[] {
  const r = designatedVillageSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('designatedVillageSchema', () => {
  it('accepts a matched, located village and an unmatched, unlocated one', () => {
    expect(issues(village)).toEqual([]);
    const unmatched = {
      ...village,
      code: null,
      matched_name: null,
      town_code: null,
      town_name: null,
      county_code: null,
      position: null,
      position_accuracy: 'none',
      match: 'unmatched',
    };
    expect(issues(unmatched)).toEqual([]);
  });

  it('names the field that is wrong', () => {
    expect(issues({ ...village, code: '21028310121' })).toEqual(['code: expected a 12-digit NBS code']);
    expect(issues({ ...village, position_accuracy: 'none' })).toEqual([
      'position_accuracy: is "none" but position is set',
    ]);
    expect(issues({ ...village, town_code: '210283102' })).toEqual([
      'town_code: 210283102 does not contain village 210283101215',
    ]);
    expect(issues({ ...village, match: 'unmatched' })).toEqual(['match: is "unmatched" but code is 210283101215']);
    expect(issues({ ...village, county_code: '210211' })[0]).toMatch(/^county_code: /);
    expect(issues({ ...village, income_per_capita_yuan: -1 })[0]).toMatch(/^income_per_capita_yuan: /);
  });

  it('requires unique feature ids and geometry that agrees with the position', () => {
    const feature = {
      type: 'Feature',
      id: village.code,
      properties: village,
      geometry: { type: 'Point', coordinates: village.position },
    };
    const ok = designatedVillageCollectionSchema.safeParse({ type: 'FeatureCollection', features: [feature] });
    expect(ok.success).toBe(true);
    const twice = designatedVillageCollectionSchema.safeParse({
      type: 'FeatureCollection',
      features: [feature, feature],
    });
    expect(twice.error?.issues.map((i) => i.message)).toEqual(['repeats features[0].id "210283101215"']);
    const moved = { ...feature, geometry: { type: 'Point', coordinates: [122, 39.6876] } };
    const wrong = designatedVillageCollectionSchema.safeParse({ type: 'FeatureCollection', features: [moved] });
    expect(wrong.error?.issues.map((i) => i.message)).toEqual(['does not agree with properties.position']);
  });
});

describe('buildDesignatedVillages: from a loaded file to the collection', () => {
  const csv = [
    '序号,乡镇,村名,经度,纬度,认定年份,出列年份,人均可支配收入,帮扶项目,帮扶单位',
    '1,青堆镇,河川村,122.9839,39.6876,2014,2018,5230,蓝莓、光伏,市财政局',
    '2,青堆镇,前炉村,,,2014,2019,,,',
    '3,,胜利村,,,2014,2017,,,',
    '4,青堆镇,河川村委会,,,2014,2018,,,',
    '5,青堆镇,河穿村,,,,,,,',
    '6,,无此村,121.9,39.4,,,,,',
  ].join('\n');
  const list = readVillageListFile({ name: '低收入村.csv', bytes: strToU8(csv) });
  const results = matchVillageRows(list.rows, GAZETTEER);

  it('matches, flags the duplicate and the ambiguous row, and keeps the rest', () => {
    expect(results.map((r) => r.status)).toEqual([
      'matched',
      'matched',
      'ambiguous',
      'matched',
      'unmatched',
      'unmatched',
    ]);
    expect(results[3].duplicate_of).toEqual([2]);
    // 胜利村's blank town was carried down (青堆镇), which has no 胜利: searched everywhere instead.
    expect(list.rows[2].scope_inferred).toBe(true);
    expect(results[2].flags).toContain('scope-dropped');
    expect(results[2].notes[0].en).toBe(
      'the town was carried down from the row above ("青堆镇") and has no such village; searched everywhere',
    );
  });

  it('builds a valid collection: duplicates dropped, choices applied, unlocated kept with null geometry', () => {
    const { collection, meta } = buildDesignatedVillages(list, results, {
      gazetteer: GAZETTEER,
      choices: [
        { row: 4, code: '210281201204' }, // 胜利村 → 赵屯乡
        { row: 6, code: '210283101215' }, // 河穿村 → 河川村: already listed, so a duplicate
      ],
      loadedAt: '2024-05-01T08:00:00+08:00',
    });
    expect(designatedVillageCollectionSchema.safeParse(collection).success).toBe(true);
    expect(collection.features.map((f) => f.id)).toEqual(['210283101215', '210283101201', '210281201204', 'row-7']);
    expect(meta).toEqual({
      file: '低收入村.csv',
      loaded_at: '2024-05-01T08:00:00+08:00',
      rows: 6,
      matched: 2,
      ambiguous_resolved: 1,
      unmatched_kept: 1,
      duplicates_dropped: 2,
    });
    expect(villageListMetaSchema.safeParse(meta).success).toBe(true);
    const [first, , chosen, unmatched] = collection.features;
    expect(first.geometry).toEqual({ type: 'Point', coordinates: [122.9839, 39.6876] });
    expect(first.properties).toEqual({
      code: '210283101215',
      name_zh: '河川村',
      matched_name: '河川村委会',
      town_code: '210283101',
      town_name: '青堆镇',
      county_code: '210283',
      designated_year: 2014,
      exit_year: 2018,
      position: [122.9839, 39.6876],
      position_accuracy: 'from file',
      match: 'name',
      income_per_capita_yuan: 5230,
      projects: ['蓝莓', '光伏'],
      aid_unit: '市财政局',
      source_row: 2,
    });
    expect(chosen.properties).toMatchObject({
      name_zh: '胜利村',
      matched_name: '胜利村委会',
      town_name: '赵屯乡',
      match: 'chosen',
    });
    expect(chosen.geometry).toBeNull();
    expect(unmatched.properties).toMatchObject({
      code: null,
      name_zh: '无此村',
      matched_name: null,
      position: [121.9, 39.4],
      position_accuracy: 'from file',
      match: 'unmatched',
      source_row: 7,
    });
  });

  it('refuses a chosen code that is not in the gazetteer', () => {
    expect(() =>
      buildDesignatedVillages(list, results, {
        gazetteer: GAZETTEER,
        choices: [{ row: 4, code: '210281201999' }],
        loadedAt: '2024-05-01T00:00:00Z',
      }),
    ).toThrow('row 4: 210281201999 is not a village of the gazetteer');
  });
});
