import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../src/lib/infra/guess-mapping';
import type { MappingGuess } from '../../../src/lib/infra/mapping-types';
import type { AttributeValue, FieldInfo, RawFeature } from '../../../src/lib/io/formats/types';

type Row = Record<string, AttributeValue>;

const line = (i: number): Geometry => ({
  type: 'LineString',
  coordinates: [
    [122 + i * 0.01, 40],
    [122.005 + i * 0.01, 40.005],
  ],
});
const point = (i: number): Geometry => ({ type: 'Point', coordinates: [123 + i * 0.001, 41] });
const area = (i: number): Geometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [124 + i * 0.01, 41],
      [124.005 + i * 0.01, 41],
      [124.005 + i * 0.01, 41.005],
      [124 + i * 0.01, 41],
    ],
  ],
});

/** A layer as the readers produce it: fields in column order with their type and first distinct samples. */
function layerOf(name: string, rows: Row[], geom: (i: number, row: Row) => Geometry) {
  const features: RawFeature[] = rows.map((properties, i) => ({
    type: 'Feature',
    properties,
    geometry: geom(i, properties),
  }));
  const names = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const fields: FieldInfo[] = names.map((n) => {
    const values = rows.map((r) => r[n]).filter((v) => v !== null && v !== undefined && v !== '');
    const types = new Set(values.map((v) => typeof v));
    const type =
      types.size === 0 ? 'empty' : types.size > 1 ? 'mixed' : (([...types][0] as FieldInfo['type']) ?? 'mixed');
    return { name: n, type, samples: [...new Set(values)].slice(0, 5) };
  });
  return { name, fields, features };
}

/** Repeat each value `n` times so counts differ and are checkable. */
const times = <T>(pairs: [T, number][]) => pairs.flatMap(([v, n]) => Array.from({ length: n }, () => v));

const reasonsOf = (g: MappingGuess, part: string) => g.reasons.filter((r) => r.part === part);

describe('guessMapping: a county road table', () => {
  const grades = times([
    ['高速公路', 2],
    ['国道', 3],
    ['省道', 4],
    ['县道', 5],
    ['乡道', 6],
    ['村道', 7],
  ]);
  const refs: Record<string, string> = {
    高速公路: 'G15',
    国道: 'G202',
    省道: 'S201',
    县道: 'X033',
    乡道: 'Y012',
    村道: 'C001',
  };
  const rows: Row[] = grades.map((g, i) => ({
    OBJECTID: i + 1,
    路线编号: refs[g],
    路线名称: ` ${g}${i}号线 `,
    道路等级: g,
    技术等级: i % 2 ? '二级' : '三级',
    长度: 1.5 + i,
  }));
  const guess = guessMapping(layerOf('庄河市公路网', rows, line));

  it('picks the theme, the columns and a class for every grade', () => {
    expect(guess.theme).toBe('roads');
    expect(guess.confidence.theme).toBe('high');
    expect(guess.classField).toBe('道路等级');
    expect(guess.classValues).toEqual({
      高速公路: 'expressway',
      国道: 'national_road',
      省道: 'provincial_road',
      县道: 'county_road',
      乡道: 'rural_road',
      村道: 'rural_road',
    });
    expect(guess.valueCounts).toEqual({ 高速公路: 2, 国道: 3, 省道: 4, 县道: 5, 乡道: 6, 村道: 7 });
    expect(guess.confidence.classValues).toBe('high');
    expect(guess.nameField).toBe('路线名称');
    expect(guess.refField).toBe('路线编号');
    expect([guess.voltageField, guess.capacityField, guess.gradeField]).toEqual([null, null, null]);
    expect(guess.defaultClass).toBe('skip');
    expect(guess.osmTagged).toBe(false);
  });

  it('explains the theme, the class column and every class value', () => {
    expect(reasonsOf(guess, 'theme')[0].zh).toContain('庄河市公路网');
    expect(reasonsOf(guess, 'classField')[0].en).toContain('“道路等级”');
    const valueReasons = reasonsOf(guess, 'classValues');
    for (const v of Object.keys(guess.classValues))
      expect(
        valueReasons.some((r) => r.zh.includes(`“${v}”`)),
        v,
      ).toBe(true);
    expect(valueReasons.find((r) => r.zh.includes('“乡道”'))!.en).toMatch(/^"乡道", "村道" → Rural road: /);
  });

  it('reads G/S/X/Y numbers when the table has no class column', () => {
    const g = guessMapping(
      layerOf(
        'roads',
        rows.map(({ 路线编号, 路线名称 }) => ({ 路线编号, 路线名称 })),
        line,
      ),
    );
    expect(g.classField).toBe('路线编号');
    // G15 is a national expressway number (1–2 digits), G202 an ordinary national road.
    expect(g.classValues).toEqual({
      G15: 'expressway',
      G202: 'national_road',
      S201: 'provincial_road',
      X033: 'county_road',
      Y012: 'rural_road',
      C001: 'rural_road',
    });
  });
});

describe('guessMapping: power', () => {
  it('bands lines by 电压等级 and leaves unknown voltages as lines of unknown voltage', () => {
    const volts = times([
      ['500kV', 1],
      ['220千伏', 2],
      ['66kV', 3],
      ['10kV', 4],
      ['未知', 5],
    ]);
    // 类型 says only "line" for every row: the voltage column tells more and wins.
    const rows = volts.map((v, i) => ({ 线路名称: `线路${i}`, 类型: '线路', 电压等级: v, 线路编号: `L${i}` }));
    const g = guessMapping(layerOf('大连电网输电线路', rows, line));
    expect(g.theme).toBe('power');
    expect(g.classField).toBe('电压等级');
    expect(g.voltageField).toBe('电压等级');
    expect(g.classValues).toEqual({
      '500kV': 'power_line_500',
      '220千伏': 'power_line_220',
      '66kV': 'power_line_110',
      '10kV': 'power_line_35',
      未知: 'power_line',
    });
    expect(g.defaultClass).toBe('power_line');
    expect(g.nameField).toBe('线路名称');
    expect(g.refField).toBe('线路编号');
    expect(reasonsOf(g, 'classValues').find((r) => r.zh.includes('“未知”'))!.en).toContain('not recognised');
  });

  it('makes substations of voltages on points, reads volts, and picks the capacity column', () => {
    const rows: Row[] = [
      { 名称: '王石变', 电压: 500000, 类型: '变电站' },
      { 名称: '南关岭变', 电压: 220000, 类型: '变电站' },
      { 名称: '庄河电厂', 电压: null, 类型: '火电', '装机容量(万千瓦)': 120 },
      { 名称: '桓仁水电站', 电压: null, 类型: '水电', '装机容量(万千瓦)': 22.25 },
      { 名称: '瓦房店风电场', 电压: null, 类型: '风电', '装机容量(万千瓦)': 4.95 },
      { 名称: '康平光伏', 电压: null, 类型: '光伏', '装机容量(万千瓦)': 10 },
      { 名称: '1号塔', 电压: null, 类型: '杆塔' },
    ];
    const g = guessMapping(layerOf('电力设施', rows, point));
    expect(g.theme).toBe('power');
    expect(g.classField).toBe('类型');
    expect(g.classValues).toEqual({
      变电站: 'substation',
      火电: 'plant_coal',
      水电: 'plant_hydro',
      风电: 'plant_wind',
      光伏: 'plant_solar',
      杆塔: 'skip',
    });
    expect(g.voltageField).toBe('电压');
    expect(g.capacityField).toBe('装机容量(万千瓦)');
    expect(g.defaultClass).toBe('substation');
    // The voltage column refines 变电站 (unknown voltage) into bands on apply; the guess says so.
    expect(g.reasons.some((r) => r.part === 'voltageField' && r.en.includes('voltage band'))).toBe(true);
  });

  it('bands a numeric voltage column on points as substations', () => {
    const rows: Row[] = [220000, 220000, 66000, 500, 10].map((v, i) => ({ 站名: `站${i}`, 电压等级: v }));
    const g = guessMapping(layerOf('变电站', rows, point));
    expect(g.classValues).toEqual({
      '220000': 'substation_220',
      '66000': 'substation_110',
      '500': 'substation_500',
      '10': 'substation_35',
    });
    expect(g.nameField).toBe('站名');
  });
});

describe('guessMapping: tourism and water', () => {
  it('reads A grades, rural-tourism villages and farm stays', () => {
    const values = times([
      ['AAAAA', 1],
      ['4A', 2],
      ['国家3A级旅游景区', 3],
      ['2A', 1],
      ['乡村旅游重点村', 2],
      ['农家乐', 4],
      ['其他', 1],
    ]);
    const rows = values.map((v, i) => ({ 景区名称: `景点${i}`, 等级: v, 地址: `某某路${i}号` }));
    const g = guessMapping(layerOf('大连市旅游资源', rows, point));
    expect(g.theme).toBe('tourism');
    expect(g.classField).toBe('等级');
    expect(g.gradeField).toBe('等级');
    expect(g.nameField).toBe('景区名称');
    expect(g.classValues).toEqual({
      AAAAA: 'scenic_5a',
      '4A': 'scenic_4a',
      国家3A级旅游景区: 'scenic_3a',
      '2A': 'scenic_spot',
      乡村旅游重点村: 'rural_tourism_village',
      农家乐: 'farm_stay',
      其他: 'scenic_spot',
    });
    expect(g.defaultClass).toBe('scenic_spot');
    expect(g.confidence.classValues).toBe('high'); // 13 of 14 rows recognised
  });

  it('tells rivers, canals, reservoirs and waterworks apart, and skips a lake drawn as a line', () => {
    const rows: Row[] = [
      { 名称: '碧流河水库', 类型: '水库' },
      { 名称: '汤河水库', 类型: '水库' },
      { 名称: '英那河', 类型: '河流' },
      { 名称: '东风干渠', 类型: '渠道' },
      { 名称: '庄河第一水厂', 类型: '水厂' },
      { 名称: '光明村饮水工程', 类型: '饮水工程' },
      { 名称: '湖岸线', 类型: '湖泊' },
    ];
    const kinds = [area, area, line, line, point, point, line];
    const g = guessMapping(layerOf('水利设施', rows, (i) => kinds[i](i)));
    expect(g.theme).toBe('water');
    expect(g.classField).toBe('类型');
    expect(g.classValues).toEqual({
      水库: 'reservoir',
      河流: 'river',
      渠道: 'canal',
      水厂: 'water_works',
      饮水工程: 'water_project',
      湖泊: 'skip',
    });
    expect(reasonsOf(g, 'classValues').find((r) => r.zh.startsWith('“湖泊”'))!.en).toContain(
      'and Lake must be an area or a point',
    );
  });
});

describe('guessMapping: odd files', () => {
  it('finds the theme and class column of a mixed-up export by its values alone', () => {
    const kinds = ['220kV变电站', '66kV变电站', '风电场', '光伏电站', '热电厂', '<b>变电站</b>'];
    const rows: Row[] = kinds.map((k, i) => ({ 序号: i + 1, mc: `设施${i}`, lx: k, bz: '' }));
    const g = guessMapping(layerOf('Sheet1', rows, point));
    expect(g.theme).toBe('power');
    expect(g.classField).toBe('lx');
    expect(g.nameField).toBe('mc');
    expect(g.classValues).toEqual({
      '220kV变电站': 'substation_220',
      '66kV变电站': 'substation_110',
      风电场: 'plant_wind',
      光伏电站: 'plant_solar',
      热电厂: 'plant_coal',
      '<b>变电站</b>': 'substation',
    });
    expect(g.confidence.theme).not.toBe('low');
  });

  it('flags OSM-tagged layers and still maps their road types', () => {
    const hw = ['motorway', 'trunk', 'primary', 'residential', 'motorway_link'];
    const rows: Row[] = hw.map((h, i) => ({
      osm_id: String(1000 + i),
      highway: h,
      name: `路${i}`,
      ref: i < 2 ? 'G15' : null,
    }));
    const g = guessMapping(layerOf('liaoning-latest', rows, line));
    expect(g.osmTagged).toBe(true);
    expect(g.theme).toBe('roads');
    expect(g.classField).toBe('highway');
    expect(g.classValues).toEqual({
      motorway: 'expressway',
      trunk: 'national_road',
      primary: 'provincial_road',
      residential: 'skip',
      motorway_link: 'expressway',
    });
    expect(reasonsOf(g, 'osm')[0].en).toContain('highway');
  });

  it('uses the file name as the class when there is no class column', () => {
    const rows: Row[] = [{ 名称: '甲' }, { 名称: '乙' }];
    const g = guessMapping(layerOf('庄河市农家乐名录', rows, point));
    expect(g.theme).toBe('tourism');
    expect(g.classField).toBeNull();
    expect(g.classValues).toEqual({});
    expect(g.defaultClass).toBe('farm_stay');
    expect(g.confidence.classField).toBe('none');
    expect(reasonsOf(g, 'defaultClass')[0].zh).toContain('庄河市农家乐名录');
  });

  it('keeps a theme the planner chose, and falls back on geometry when nothing else tells', () => {
    const rows: Row[] = [{ a: 'x' }, { a: 'y' }];
    const chosen = guessMapping(layerOf('data', rows, point), 'water');
    expect(chosen.theme).toBe('water');
    expect(chosen.confidence.theme).toBe('high');
    const blind = guessMapping(layerOf('data', rows, line));
    expect(blind.theme).toBe('roads');
    expect(blind.confidence.theme).toBe('low');
  });

  it('rejects what is not a layer', () => {
    expect(() => guessMapping({} as never)).toThrow(/features/);
    expect(() => guessMapping(layerOf('x', [], point), 'rail' as never)).toThrow(/unknown theme "rail"/);
  });
});
