import { describe, expect, it } from 'vitest';
import type { IndexedVillage } from '../../../src/lib/dalian/gazetteer-index';
import { matchVillageRows, REPORTED_TOTALS, summariseMatches } from '../../../src/lib/dalian/match-villages';
import { designationLikeList, WIDE_GAZETTEER } from './designation-fixture';

const g = WIDE_GAZETTEER;
const townName = (v: IndexedVillage) => g.townByCode.get(v.town_code)!.name_zh;
/** A list as an office would type it: `XX村`, the town's full name. */
const asRows = (villages: IndexedVillage[]) =>
  villages.map((v, i) => ({ row: i + 2, name: `${v.core}村`, town: townName(v) }));
const summarise = (villages: IndexedVillage[]) => summariseMatches(matchVillageRows(asRows(villages), g));

describe('summariseMatches against the report (128 villages, 37 towns, 3 counties)', () => {
  const full = designationLikeList();

  it('builds the fixture with the report’s shape', () => {
    expect(full).toHaveLength(128);
    expect(new Set(full.map((v) => v.town_code)).size).toBe(37);
    expect(REPORTED_TOTALS).toEqual({ villages: 128, towns: 37, counties: 3 });
  });

  it('agrees with the report for a complete list', () => {
    const s = summarise(full);
    expect([s.rows, s.matched, s.ambiguous, s.unmatched]).toEqual([128, 128, 0, 0]);
    expect([s.villages.ok, s.towns.ok, s.counties.ok]).toEqual([true, true, true]);
    expect(s.messages.map((m) => m.en)).toEqual([
      'The list has 128 villages, as the report says.',
      'The list has 37 towns, as the report says.',
      'The list has 3 county-level units, as the report says.',
    ]);
    expect(s.messages[0].zh).toBe('名单中有128个村，与报告一致。');
  });

  it('says plainly that a 127-row list is one village short', () => {
    const s = summarise(full.slice(1)); // the first town has 4, so it keeps 3 and all 37 towns remain
    expect(s.villages).toMatchObject({ found: 127, expected: 128, ok: false });
    expect(s.messages[0]).toEqual({
      zh: '名单中有127个村，报告为128个。',
      en: 'The list has 127 villages, the report says 128.',
    });
    expect(s.towns.ok).toBe(true);
  });

  it('says plainly that a list covering 36 towns is one town short, with 128 villages', () => {
    const lastTown = full.at(-1)!.town_code;
    const kept = full.filter((v) => v.town_code !== lastTown); // 125 villages in 36 towns
    const spare = g.villages.filter(
      (v) =>
        kept.some((k) => k.town_code === v.town_code) &&
        !kept.includes(v) &&
        g.villagesByCore.get(v.core)!.length === 1,
    );
    const list = [...kept, ...spare.slice(0, 3)];
    const s = summarise(list);
    expect(s.villages.ok).toBe(true);
    expect(s.towns).toMatchObject({ found: 36, expected: 37, ok: false });
    expect(s.messages[0]).toEqual({
      zh: '名单中有36个乡镇（街道），报告为37个。',
      en: 'The list has 36 towns, the report says 37.',
    });
  });

  it('counts a village listed twice once, and says how many rows repeat', () => {
    const s = summarise([...full, full[5]]);
    expect(s.rows).toBe(129);
    expect(s.repeated_rows).toBe(1);
    expect(s.villages.ok).toBe(true);
    expect(s.messages.map((m) => m.en)).toContain('The list has 129 rows; 1 row repeats a village listed before.');
  });

  it('counts unmatched rows by name and says their towns are unknown when the list gives none', () => {
    const rows = [...asRows(full.slice(0, 126)), { row: 200, name: '无此名村' }, { row: 201, name: '另无此村' }];
    const s = summariseMatches(matchVillageRows(rows, g));
    expect(s.villages).toMatchObject({ found: 128, ok: true });
    expect(s.unmatched).toBe(2);
    expect(s.town_unknown).toBe(2);
    expect(s.messages.map((m) => m.en)).toEqual(
      expect.arrayContaining([
        '2 rows are not yet matched (0 ambiguous, 2 not found) and counted by name.',
        'The town is unknown for 2 rows, not counted among the towns.',
      ]),
    );
  });

  it('reports a list from two counties only', () => {
    const s = summarise(full.filter((v) => v.county_code !== '210283'));
    expect(s.counties).toMatchObject({ found: 2, ok: false });
    expect(s.counties.message.en).toBe('The list has 2 county-level units, the report says 3.');
    expect(s.counties.message.zh).toBe('名单中有2个县（市、区），报告为3个。');
  });

  it('takes other totals when given, and refuses a non-array', () => {
    expect(summariseMatches([], { villages: 0, towns: 0, counties: 0 }).villages.ok).toBe(true);
    expect(() => summariseMatches(null as never)).toThrow(/array/);
  });
});
