import { describe, expect, it } from 'vitest';
import { prepareGazetteer } from '../../../src/lib/dalian/gazetteer-index';
import type { MatchResult, VillageRowInput } from '../../../src/lib/dalian/match-types';
import { matchVillageRows } from '../../../src/lib/dalian/match-villages';
import { EXCERPT, GAZETTEER, hasRealGazetteer, loadRealGazetteer } from './gazetteer-fixture';

const g = prepareGazetteer(GAZETTEER);
const match = (rows: Omit<VillageRowInput, 'row'>[]) =>
  matchVillageRows(
    rows.map((r, i) => ({ ...r, row: i + 2 })),
    g,
  );
const one = (row: Omit<VillageRowInput, 'row'>) => match([row])[0];

function code(r: MatchResult): string | null {
  return r.status === 'matched' ? r.candidate.code : null;
}

describe('matchVillageRows: names', () => {
  it.each(['河川村', '河川村委会', '河川村民委员会', '河川', '河川 村', '青堆镇河川村', '庄河市青堆镇河川村'])(
    'finds 青堆镇 河川村委会 written as %j',
    (name) => {
      const r = one({ name });
      expect(r.status).toBe('matched');
      expect(code(r)).toBe('210283101215');
      expect(r.status === 'matched' && r.candidate.town_name).toBe('青堆镇');
    },
  );

  it('reads the county and town off the front of the name cell and says so', () => {
    const r = one({ name: '庄河市青堆镇河川村' });
    expect(r.flags).toContain('address-split');
    expect(r.county_code).toBe('210283');
    expect(r.town_key).toBe('210283101');
  });

  it('reports a name shared by five towns as ambiguous without a town, listing the candidates with their towns', () => {
    const r = one({ name: '胜利村' });
    expect(r.status).toBe('ambiguous');
    if (r.status !== 'ambiguous') return;
    expect(r.candidates.map((c) => c.code).sort()).toEqual([
      '210281004007',
      '210281116208',
      '210281201204',
      '210283003004',
      '210283113208',
    ]);
    // Written 村: the three 村委会 come before the two 社区/居委会.
    expect(r.candidates.slice(0, 3).map((c) => c.town_name)).toEqual(['仙浴湾镇', '赵屯乡', '城山镇']);
    expect(r.reason.en).toMatch(/^5 villages have this name \(the list gives no town\): /);
    expect(r.reason.en).toContain('胜利村委会 (赵屯乡)');
    expect(r.reason.zh).toContain('赵屯乡胜利村委会');
  });

  it.each([
    ['赵屯乡', '210281201204'],
    ['赵屯', '210281201204'],
    ['城山镇', '210283113208'],
    ['210283113', '210283113208'],
    ['兴达街道办事处', '210283003004'],
  ])('resolves 胜利村 with town %j', (town, expected) => {
    const r = one({ name: '胜利村', town });
    expect(r.status).toBe('matched');
    expect(code(r)).toBe(expected);
  });

  it('narrows by county, and by the 村/社区 suffix when that leaves one', () => {
    const inWafangdian = one({ name: '胜利', county: '瓦房店市' });
    expect(inWafangdian.status).toBe('ambiguous');
    expect(inWafangdian.status === 'ambiguous' && inWafangdian.candidates).toHaveLength(3);
    const community = one({ name: '胜利社区', county: '瓦房店' });
    expect(code(community)).toBe('210281004007');
    expect(community.flags).toContain('suffix-tiebreak');
    expect(community.notes[0].en).toBe('3 places share the name; "社区" picks 胜利社区居委会');
  });

  it('resolves a town name shared by two counties (新华街道) through the county', () => {
    const r = one({ name: '光明', town: '新华街道', county: '庄河市' });
    expect(code(r)).toBe('210283002004');
  });

  it('does not match a name in the wrong town, and offers the same name elsewhere', () => {
    const r = one({ name: '河川村', town: '大营镇' });
    expect(r.status).toBe('unmatched');
    if (r.status !== 'unmatched') return;
    expect(r.suggestions[0]).toMatchObject({ code: '210283101215', score: 1, why: 'same name in another town' });
    expect(r.reason.en).toBe('no "河川" in 大营镇; found in 青堆镇');
  });

  it('notes a town it cannot find and searches the counties instead', () => {
    const r = one({ name: '河川村', town: '青推镇' });
    expect(code(r)).toBe('210283101215');
    expect(r.flags).toContain('town-not-found');
    expect(r.notes[0].en).toBe('town "青推镇" not found; searched the three counties instead');
  });

  it('ignores a county outside the three, and says so', () => {
    const r = one({ name: '河川村', county: '金州区' });
    expect(code(r)).toBe('210283101215');
    expect(r.notes[0].zh).toBe('县（市、区）“金州区”不是普兰店区、瓦房店市或庄河市，已忽略');
  });
});

describe('matchVillageRows: former names and codes', () => {
  it('resolves a pre-2016 village name to its renamed successor (罗家沟 → 罗沟)', () => {
    const r = one({ name: '罗家沟村', town: '太阳街道' });
    expect(code(r)).toBe('210281008202');
    expect(r.status === 'matched' && r.candidate.via).toBe('former name');
    expect(r.flags).toContain('former');
    expect(r.reason.en).toBe('former name "罗家沟村委会", now 罗沟村委会, 太阳街道');
  });

  it('resolves a variant character through the former name (闫店 → 阎店)', () => {
    expect(code(one({ name: '闫店村' }))).toBe('210281204205');
  });

  it('resolves a merged town (南山街道 → 太平街道) and its village', () => {
    const r = one({ name: '李店村', town: '南山街道' });
    expect(code(r)).toBe('210214003011');
    expect(r.notes[0].en).toBe('town "南山街道" is a former name or code, now 太平街道');
  });

  it('resolves Pulandian 2015 town codes (210282…) and former village codes', () => {
    expect(code(one({ name: '八家村', town: '210282005' }))).toBe('210214005209');
    const r = one({ name: '珍珠河村', code: '210214106201' });
    expect(code(r)).toBe('210214018002');
    expect(r.status === 'matched' && r.candidate.via).toBe('former code');
    expect(r.flags).not.toContain('code-name-mismatch');
    expect(r.reason.en).toBe('former code 210214106201, now 珍珠河社区居委会, 双塔街道 (210214018002)');
  });

  it('finds a former name noted in brackets', () => {
    expect(code(one({ name: '新名村（原罗家沟村）' }))).toBe('210281008202');
  });
});

describe('matchVillageRows: codes', () => {
  it('lets an exact 12-digit code win and reports a name that disagrees', () => {
    const r = one({ name: '九家村', code: '210283107203' });
    expect(code(r)).toBe('210283107203');
    expect(r.flags).toEqual(['code-name-mismatch']);
    expect(r.notes[0].en).toBe('code 210283107203 is 八家村委会 (大营镇), but the list says "九家村"');
  });

  it('accepts a code whose name is written with a suffix or full-width digits', () => {
    const r = one({ name: '八家村民委员会', code: '２１０２８３１０７２０３' });
    expect(code(r)).toBe('210283107203');
    expect(r.flags).toEqual([]);
  });

  it('reports a code in the wrong town', () => {
    const r = one({ name: '八家村', town: '皮口街道', code: '210283107203' });
    expect(r.flags).toContain('town-mismatch');
  });

  it('falls back to the name when the code is not in the gazetteer', () => {
    const r = one({ name: '河川村', code: '210283101999' });
    expect(code(r)).toBe('210283101215');
    expect(r.flags).toContain('code-not-found');
  });
});

describe('matchVillageRows: typos and duplicates', () => {
  it('suggests the homophone for a one-character typo, within the town first', () => {
    const r = one({ name: '河穿村', town: '青堆镇' });
    expect(r.status).toBe('unmatched');
    if (r.status !== 'unmatched') return;
    expect(r.suggestions[0]).toMatchObject({ code: '210283101215', why: 'same pronunciation', score: 0.98 });
    expect(r.suggestions.length).toBeLessThanOrEqual(5);
    expect(r.reason.en).toBe('"河穿" is not in the gazetteer; similar names are suggested');
  });

  it('suggests by characters when the sound differs', () => {
    const r = one({ name: '孔佳村', town: '青堆镇' }); // kong jia: a homophone of 孔家
    expect(r.status === 'unmatched' && r.suggestions[0]).toMatchObject({ code: '210283101208', score: 0.98 });
    const typo = one({ name: '孔象村', town: '青堆镇' });
    expect(typo.status === 'unmatched' && typo.suggestions[0]).toMatchObject({
      code: '210283101208',
      score: 0.5,
      why: 'similar characters',
    });
  });

  it('flags every occurrence of a village listed twice, by code or by name', () => {
    const results = match([
      { name: '河川村', town: '青堆镇' },
      { name: '前炉村', town: '青堆镇' },
      { name: '河川村委会' },
      { name: '八家村', code: '210283107203' },
      { name: '八家村', town: '大营' },
      { name: '不存在村', town: '青堆' },
      { name: '不存在', town: '青堆镇' },
    ]);
    expect(results.map((r) => r.duplicate_of)).toEqual([[4], [], [2], [6], [5], [8], [7]]);
    expect(results[0].notes.at(-1)).toEqual({ zh: '与第4行是同一个村', en: 'same village as row 4' });
    expect(results[1].flags).not.toContain('duplicate');
  });

  it('keeps HTML in a name as text: never interpreted, shown verbatim in the messages', () => {
    const name = '<img src=x onerror=alert(1)>前炉村';
    const r = one({ name, town: '青堆镇' });
    expect(r.input.name).toBe(name);
    expect(code(r)).toBe('210283101201');
    const mismatch = one({ name: '<b>九家</b>村', code: '210283107203' });
    expect(mismatch.notes[0].en).toBe('code 210283107203 is 八家村委会 (大营镇), but the list says "<b>九家</b>村"');
    const unmatched = one({ name: '<b>无此</b>村' });
    expect(unmatched.status).toBe('unmatched');
    expect(unmatched.core).toBe('无此');
  });

  it('refuses bad arguments with a message naming the row', () => {
    expect(() => matchVillageRows([{ name: 3 as unknown as string, row: 1 }], g)).toThrow(/rows\[0\]/);
    expect(() => prepareGazetteer({} as never)).toThrow(/towns/);
  });
});

describe.skipIf(!hasRealGazetteer)('matchVillageRows on the full gazetteer', () => {
  const real = prepareGazetteer(loadRealGazetteer()!);

  it('covers the three counties only, with the excerpt a true subset', () => {
    expect(real.villages.length).toBeGreaterThan(800);
    expect(new Set(real.villages.map((v) => v.county_code))).toEqual(new Set(['210214', '210281', '210283']));
    for (const v of EXCERPT.villages) expect(real.villageByCode.get(v.code)?.name_zh).toBe(v.name_zh);
  });

  it('matches every gazetteer village by its own name and town, and by its 村/社区 short form', () => {
    const rows = real.villages.map((v, i) => ({
      row: i + 1,
      name: v.name_zh.replace(/村委会$/, '村').replace(/社区居委会$/, '社区'),
      town: real.townByCode.get(v.town_code)!.name_zh,
    }));
    const results = matchVillageRows(rows, real);
    const wrong = results.filter((r, i) => code(r) !== real.villages[i].code);
    expect(wrong.map((r) => r.input.name)).toEqual([]);
  });

  it('reports every repeated name as ambiguous without a town', () => {
    const repeated = [...real.villagesByCore.entries()].filter(([, list]) => list.length > 1);
    expect(repeated.length).toBeGreaterThan(20);
    const results = matchVillageRows(
      repeated.map(([core], i) => ({ name: core, row: i + 1 })),
      real,
    );
    expect(results.every((r) => r.status === 'ambiguous')).toBe(true);
  });

  it('suggests the right village for a one-character homophone typo of every three-character name it can', () => {
    // Replace the last character by another with the same pinyin; the original must be suggested first.
    const homophones: Record<string, string> = { 屯: '囤', 沟: '勾', 河: '合', 山: '删', 房: '防' };
    const typos = real.villages.filter((v) => [...v.core].length === 3 && homophones[v.core.at(-1)!]);
    expect(typos.length).toBeGreaterThan(30);
    const intended = new Map(typos.map((v, i) => [i + 1, v.code]));
    const rows = typos.map((v, i) => ({
      row: i + 1,
      name: v.core.slice(0, -1) + homophones[v.core.at(-1)!] + '村',
      town: v.town_code,
    }));
    const missed = matchVillageRows(rows, real).filter(
      (r) => r.status !== 'unmatched' || r.suggestions[0]?.code !== intended.get(r.row),
    );
    expect(missed.map((r) => r.input.name)).toEqual([]);
  });
});
