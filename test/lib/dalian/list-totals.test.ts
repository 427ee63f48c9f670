import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkListTotals, countByTown } from '../../../src/lib/dalian/list-totals';
import {
  designatedVillageSchema,
  type DesignatedCountyCode,
  type DesignatedVillage,
} from '../../../src/lib/data/schemas/designated-villages';

interface GazetteerFile {
  towns: { code: string; name_zh: string; county_code: string }[];
  villages: { code: string; name_zh: string; town_code: string }[];
}

/** The real gazetteer (NBS 2023 codes and names of the three counties), committed in data/. */
const gazetteer = JSON.parse(
  readFileSync(new URL('../../../data/dalian/gazetteer.json', import.meta.url), 'utf8'),
) as GazetteerFile;
const townsOf = (county: string) =>
  gazetteer.towns.filter((t) => t.county_code === county).sort((a, b) => a.code.localeCompare(b.code));
const villagesOf = (town: string) =>
  gazetteer.villages.filter((v) => v.town_code === town).sort((a, b) => a.code.localeCompare(b.code));

/** A matched village record, validated by the shared schema; every other one is located. */
function matched(v: GazetteerFile['villages'][number], i: number): DesignatedVillage {
  const town = gazetteer.towns.find((t) => t.code === v.town_code)!;
  const located = i % 2 === 0;
  return designatedVillageSchema.parse({
    code: v.code,
    name_zh: v.name_zh.replace(/村委会$|社区居委会$|居委会$/, '村'),
    matched_name: v.name_zh,
    town_code: town.code,
    town_name: town.name_zh,
    county_code: town.county_code as DesignatedCountyCode,
    designated_year: null,
    exit_year: null,
    position: located ? [122 + i / 1000, 39.5 + i / 1000] : null,
    position_accuracy: located ? 'from file' : 'none',
    match: 'name',
    source_row: i + 2,
  });
}

/** `towns` towns taken in code order from each county, the first `four` of them with 4 villages, the rest 3. */
function list(towns: Partial<Record<DesignatedCountyCode, number>>, four: number): DesignatedVillage[] {
  const picked = Object.entries(towns).flatMap(([county, n]) => townsOf(county).slice(0, n));
  return picked.flatMap((t, i) => villagesOf(t.code).slice(0, i < four ? 4 : 3)).map(matched);
}

function unmatched(name: string, town: string | null, row: number): DesignatedVillage {
  return {
    code: null,
    name_zh: name,
    matched_name: null,
    town_code: null,
    town_name: town,
    county_code: null,
    designated_year: null,
    exit_year: null,
    position: null,
    position_accuracy: 'none',
    match: 'unmatched',
    source_row: row,
  };
}

describe('checkListTotals', () => {
  const full = list({ '210214': 13, '210281': 12, '210283': 12 }, 17);

  it('builds a list of the report’s shape from the real gazetteer', () => {
    expect(full).toHaveLength(128);
    expect(new Set(full.map((v) => v.code)).size).toBe(128);
    expect(new Set(full.map((v) => v.town_code)).size).toBe(37);
    expect(new Set(full.map((v) => v.county_code))).toEqual(new Set(['210214', '210281', '210283']));
  });

  it('gives three ok checks, in plain words, for 128 villages in 37 towns of 3 counties', () => {
    expect(checkListTotals(full)).toEqual([
      {
        what: 'villages',
        found: 128,
        expected: 128,
        ok: true,
        message: { zh: '128 个村，与报告一致', en: '128 villages, as the report says' },
      },
      {
        what: 'towns',
        found: 37,
        expected: 37,
        ok: true,
        message: { zh: '37 个乡镇（街道），与报告一致', en: '37 towns, as the report says' },
      },
      {
        what: 'counties',
        found: 3,
        expected: 3,
        ok: true,
        message: { zh: '3 个区市，与报告一致', en: '3 county-level cities, as the report says' },
      },
    ]);
  });

  it('states the difference for 127 villages in 36 towns of 2 counties', () => {
    const short = list({ '210281': 18, '210283': 18 }, 19);
    expect(short).toHaveLength(127);
    expect(checkListTotals(short)).toEqual([
      {
        what: 'villages',
        found: 127,
        expected: 128,
        ok: false,
        message: { zh: '名单中有 127 个村，报告为 128 个村', en: 'The list has 127 villages; the report says 128' },
      },
      {
        what: 'towns',
        found: 36,
        expected: 37,
        ok: false,
        message: {
          zh: '名单中有 36 个乡镇（街道），报告为 37 个乡镇（街道）',
          en: 'The list has 36 towns; the report says 37',
        },
      },
      {
        what: 'counties',
        found: 2,
        expected: 3,
        ok: false,
        message: {
          zh: '名单中有 2 个区市，报告为 3 个区市',
          en: 'The list has 2 county-level cities; the report says 3',
        },
      },
    ]);
  });

  it('counts a village once however often its code repeats, and says so when the list is too long', () => {
    const repeated = [...full, { ...full[5], source_row: 500 }];
    expect(checkListTotals(repeated)[0]).toMatchObject({ found: 128, ok: true });
    const extra = [...full, matched(villagesOf(townsOf('210214')[0].code)[10], 200)];
    expect(checkListTotals(extra)[0]).toEqual({
      what: 'villages',
      found: 129,
      expected: 128,
      ok: false,
      message: { zh: '名单中有 129 个村，报告为 128 个村', en: 'The list has 129 villages; the report says 128' },
    });
  });

  it('counts unmatched rows by name within their town', () => {
    const base = full.slice(0, 10);
    const rows = [
      ...base,
      unmatched('石门村', '某某镇', 301),
      unmatched('石门村', '某某镇', 302), // the same name in the same town: one village
      unmatched('石门村', '另一镇', 303), // the same name in another town: another village
      unmatched('<b>无镇村</b>', null, 304), // no town: a village, but no town
      unmatched('<b>无镇村</b>', null, 305),
    ];
    const [villages, towns, counties] = checkListTotals(rows);
    expect(villages.found).toBe(10 + 3);
    expect(towns.found).toBe(new Set(base.map((v) => v.town_code)).size + 2);
    expect(counties.found).toBe(1);
    expect(villages.message.en).toBe('The list has 13 villages; the report says 128');
  });

  it('counts nothing in an empty list', () => {
    expect(checkListTotals([]).map((t) => [t.what, t.found, t.ok])).toEqual([
      ['villages', 0, false],
      ['towns', 0, false],
      ['counties', 0, false],
    ]);
  });
});

describe('countByTown', () => {
  it('counts villages and located villages per town, ordered by county then by size', () => {
    // 2 towns of 瓦房店 (4 + 3 villages), 1 of 普兰店 (4): positions on every other village.
    const a = townsOf('210281')[0];
    const b = townsOf('210281')[1];
    const c = townsOf('210214')[0];
    const villages = [
      ...villagesOf(b.code).slice(0, 3),
      ...villagesOf(a.code).slice(0, 4),
      ...villagesOf(c.code).slice(0, 4),
    ].map(matched);
    expect(countByTown(villages)).toEqual([
      { county: '210214', town: c.name_zh, located: 2, total: 4 },
      { county: '210281', town: a.name_zh, located: 2, total: 4 },
      { county: '210281', town: b.name_zh, located: 2, total: 3 },
    ]);
  });

  it('keeps unmatched rows under the town as written, or under — when there is none', () => {
    const t = townsOf('210283')[0];
    const v = villagesOf(t.code).slice(0, 2).map(matched);
    const rows = [
      ...v,
      unmatched('石门村', t.name_zh, 301), // same name as a gazetteer town, but no code: its own row
      unmatched('石门村', null, 302),
      {
        ...unmatched('河口村', null, 303),
        position: [122.5, 39.7] as [number, number],
        position_accuracy: 'from file' as const,
      },
    ];
    expect(countByTown(rows)).toEqual([
      { county: null, town: '—', located: 1, total: 2 },
      { county: null, town: t.name_zh, located: 0, total: 1 },
      { county: '210283', town: t.name_zh, located: 1, total: 2 },
    ]);
  });

  it('sums to the list for the report-shaped list', () => {
    const full = list({ '210214': 13, '210281': 12, '210283': 12 }, 17);
    const rows = countByTown(full);
    expect(rows).toHaveLength(37);
    expect(rows.reduce((s, r) => s + r.total, 0)).toBe(128);
    expect(rows.reduce((s, r) => s + r.located, 0)).toBe(64);
    expect(rows.filter((r) => r.county === '210214')).toHaveLength(13);
    expect(rows.slice(0, 13).every((r) => r.county === '210214')).toBe(true);
  });
});
