import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { infraCollectionSchema } from '../../../src/lib/data/schemas/infra';
import { applyMapping } from '../../../src/lib/infra/apply-mapping';
import type { FieldMapping } from '../../../src/lib/infra/mapping-types';
import type { AttributeValue, RawFeature } from '../../../src/lib/io/formats/types';

type Row = Record<string, AttributeValue>;

const line: Geometry = {
  type: 'LineString',
  coordinates: [
    [122.9, 39.7],
    [122.95, 39.72],
  ],
};
const point: Geometry = { type: 'Point', coordinates: [122.96, 39.68] };
const square: Geometry = {
  type: 'Polygon',
  coordinates: [
    [
      [123, 41],
      [123.01, 41],
      [123.01, 41.01],
      [123, 41],
    ],
  ],
};
const feature = (properties: Row, geometry: Geometry | null = line): RawFeature =>
  ({ type: 'Feature', properties, geometry }) as RawFeature;

const mapping = (over: Partial<FieldMapping> & Pick<FieldMapping, 'theme'>): FieldMapping => ({
  classField: null,
  classValues: {},
  defaultClass: 'skip',
  nameField: null,
  refField: null,
  voltageField: null,
  capacityField: null,
  gradeField: null,
  ...over,
});

const classCounts = (fs: { properties: { class: string } }[]) =>
  fs.reduce<Record<string, number>>(
    (acc, f) => ({ ...acc, [f.properties.class]: (acc[f.properties.class] ?? 0) + 1 }),
    {},
  );

describe('applyMapping: roads', () => {
  const grades = ['高速公路', '国道', '省道', '县道', '乡道', '村道', '城市道路', '国道'];
  const refs = ['G15', 'G202', 'S201', 'X033', 'Y012', '  ', 'C001', ' G228 '];
  const rows: Row[] = grades.map((g, i) => ({
    路线编号: refs[i],
    路线名称: i === 1 ? '<img src=x onerror=alert(1)>丹东线' : `  路线${i}  `,
    道路等级: g,
    长度: i + 0.5,
  }));
  const roads: FieldMapping = mapping({
    theme: 'roads',
    classField: '道路等级',
    classValues: {
      高速公路: 'expressway',
      国道: 'national_road',
      省道: 'provincial_road',
      县道: 'county_road',
      乡道: 'rural_road',
      村道: 'rural_road',
      城市道路: 'skip',
    },
    nameField: '路线名称',
    refField: '路线编号',
  });
  const result = applyMapping(
    rows.map((r) => feature(r)),
    roads,
    { source: '庄河公路.shp', idPrefix: 'zh-roads' },
  );

  it('maps classes, counts skips and keeps the ids in row order', () => {
    expect(classCounts(result.collection.features)).toEqual({
      expressway: 1,
      national_road: 2,
      provincial_road: 1,
      county_road: 1,
      rural_road: 2,
    });
    expect(result.skipped).toBe(1);
    expect(result.rejected).toEqual([]);
    // Ids follow the row, so a skipped row 7 leaves a gap and re-imports give the same ids.
    expect(result.collection.features.map((f) => f.id)).toEqual(
      ['1', '2', '3', '4', '5', '6', '8'].map((n) => `zh-roads-${n}`),
    );
  });

  it('trims names and refs, keeps HTML as text and the original attributes as they were', () => {
    const [f1, f2, , , , f6, f8] = result.collection.features.map((f) => f.properties);
    expect(f1.name).toBe('路线0');
    expect(f2.name).toBe('<img src=x onerror=alert(1)>丹东线');
    expect(f2.attributes['路线名称']).toBe('<img src=x onerror=alert(1)>丹东线');
    expect(f1.attributes).toEqual({ 路线编号: 'G15', 路线名称: '  路线0  ', 道路等级: '高速公路', 长度: 0.5 });
    expect(f6.ref).toBeNull();
    expect(f8.ref).toBe('G228');
    expect(f1).toMatchObject({
      theme: 'roads',
      source: '庄河公路.shp',
      approximate: false,
      voltage_kv: null,
      grade: null,
    });
  });

  it('produces a collection the shared schema accepts', () => {
    expect(infraCollectionSchema.safeParse(result.collection).success).toBe(true);
  });
});

describe('applyMapping: power values and rejected rows', () => {
  const rows: [Row, Geometry][] = [
    [{ 名称: '王石-南关岭线', 电压等级: '500kV', 类型: '线路' }, line],
    [{ 名称: '沈抚线', 电压等级: '220千伏', 类型: '线路' }, line],
    [{ 名称: '特高压', 电压等级: '±800kV', 类型: '线路' }, line],
    [{ 名称: '伏特', 电压等级: '220000', 类型: '线路' }, line],
    [{ 名称: '双电压', 电压等级: '220/66', 类型: '线路' }, line],
    [{ 名称: '数值', 电压等级: 66, 类型: '线路' }, line],
    [{ 名称: '无电压', 电压等级: '未知', 类型: '线路' }, line],
    [{ 名称: '庄河电厂', 类型: '火电', 装机容量: '600MW' }, point],
    [{ 名称: '绥中电厂', 类型: '火电', 装机容量: '60万千瓦' }, square],
    [{ 名称: '红沿河核电站', 类型: '核电', 装机容量: '1.2GW' }, point],
    [{ 名称: '大连热电', 类型: '火电', 装机容量: '2×300MW' }, point],
    [{ 名称: '某线', 电压等级: '高压', 类型: '线路' }, line],
    [{ 名称: '庄河变', 电压等级: '220kV', 类型: '变电站' }, line],
    [
      { 名称: '越界', 电压等级: '66kV', 类型: '线路' },
      {
        type: 'LineString',
        coordinates: [
          [200, 40],
          [122, 40],
        ],
      },
    ],
    [{ 名称: '无几何', 类型: '线路' }, null as unknown as Geometry],
    [
      { 名称: '多点', 类型: '变电站' },
      {
        type: 'MultiPoint',
        coordinates: [
          [122, 40],
          [122.1, 40],
        ],
      },
    ],
    [{ 名称: '容量错', 类型: '火电', 装机容量: '在建' }, point],
    [{ 名称: '面变电站', 电压等级: '66kV', 类型: '变电站' }, square],
    [{ 名称: '1号塔', 类型: '杆塔' }, point],
  ];
  const power = mapping({
    theme: 'power',
    classField: '类型',
    classValues: { 线路: 'power_line', 火电: 'plant_coal', 核电: 'plant_nuclear', 变电站: 'substation', 杆塔: 'skip' },
    defaultClass: 'skip',
    nameField: '名称',
    voltageField: '电压等级',
    capacityField: '装机容量',
  });
  const result = applyMapping(
    rows.map(([p, g]) => feature(p, g)),
    power,
    { source: 'power.kml', idPrefix: 'p', approximate: true },
  );
  const byName = new Map(result.collection.features.map((f) => [f.properties.name, f.properties]));

  it('reads voltages and bands lines and substations of unknown voltage by them', () => {
    const kv = (n: string) => [byName.get(n)?.voltage_kv, byName.get(n)?.class];
    expect(kv('王石-南关岭线')).toEqual([500, 'power_line_500']);
    expect(kv('沈抚线')).toEqual([220, 'power_line_220']);
    expect(kv('特高压')).toEqual([800, 'power_line_500']);
    expect(kv('伏特')).toEqual([220, 'power_line_220']);
    expect(kv('双电压')).toEqual([220, 'power_line_220']);
    expect(kv('数值')).toEqual([66, 'power_line_110']);
    expect(kv('无电压')).toEqual([null, 'power_line']);
    expect(kv('面变电站')).toEqual([66, 'substation_110']);
  });

  it('reads capacities in MW, 万千瓦, GW and unit counts', () => {
    const mw = (n: string) => byName.get(n)?.capacity_mw;
    expect([mw('庄河电厂'), mw('绥中电厂'), mw('红沿河核电站'), mw('大连热电')]).toEqual([600, 600, 1200, 600]);
    expect(byName.get('绥中电厂')?.class).toBe('plant_coal'); // an area for a point-or-area class
    expect(byName.get('庄河电厂')?.approximate).toBe(true);
  });

  it('rejects rows with their row number and a message naming the field', () => {
    expect(result.rejected).toEqual([
      { row: 12, message: 'row 12: 电压等级 "高压" is not a voltage' },
      { row: 13, message: 'row 13: a LineString cannot be a 220–330千伏变电站 (point or area), from 类型 "变电站"' },
      { row: 14, message: 'row 14: geometry.coordinates[0]: [200, 40] is outside WGS84 longitude/latitude' },
      { row: 15, message: 'row 15: no geometry' },
      {
        row: 16,
        message: 'row 16: a MultiPoint cannot be imported (split MultiPoints and collections into single features)',
      },
      { row: 17, message: 'row 17: 装机容量 "在建" is not a capacity' },
    ]);
    expect(result.skipped).toBe(1);
    expect(result.collection.features).toHaveLength(rows.length - 6 - 1);
    expect(infraCollectionSchema.safeParse(result.collection).success).toBe(true);
  });

  it('says when the default class does not fit the geometry', () => {
    const r = applyMapping([feature({ 名称: 'x' }, line)], mapping({ theme: 'tourism', defaultClass: 'scenic_spot' }), {
      source: 's',
      idPrefix: 't',
    });
    expect(r.rejected).toEqual([
      { row: 1, message: 'row 1: a LineString cannot be a 其他景区景点 (point or area), the default class' },
    ]);
  });
});

describe('applyMapping: grades, attributes and arguments', () => {
  it('reads 5A, AAAAA and 国家4A级, and leaves other grade texts empty', () => {
    const grades = ['5A', 'AAAAA', '国家4A级', '国家AAA级旅游景区', '乡村旅游重点村', 2];
    const r = applyMapping(
      grades.map((g) => feature({ 等级: g }, point)),
      mapping({ theme: 'tourism', gradeField: '等级', defaultClass: 'scenic_spot' }),
      { source: 's', idPrefix: 't' },
    );
    expect(r.collection.features.map((f) => f.properties.grade)).toEqual([5, 5, 4, 3, null, 2]);
  });

  it('rejects attribute values that are not text, numbers, booleans or empty', () => {
    const r = applyMapping(
      [feature({ a: 1, nested: { x: 1 } as never }, point), feature({ a: Number.NaN }, point)],
      mapping({ theme: 'tourism', defaultClass: 'scenic_spot' }),
      { source: 's', idPrefix: 't' },
    );
    expect(r.rejected.map((e) => e.message)).toEqual([
      'row 1: attribute nested is a object, not text, a finite number, true/false or empty',
      'row 2: attribute a is NaN, not text, a finite number, true/false or empty',
    ]);
  });

  it('refuses a mapping with classes of another theme, or without source and id prefix', () => {
    const opts = { source: 's', idPrefix: 't' };
    expect(() => applyMapping([], mapping({ theme: 'roads', classValues: { 水库: 'reservoir' } }), opts)).toThrow(
      'mapping.classValues["水库"]: class "reservoir" belongs to theme "water", not "roads"',
    );
    expect(() => applyMapping([], mapping({ theme: 'roads', defaultClass: 'road' as never }), opts)).toThrow(
      /unknown class "road"/,
    );
    expect(() => applyMapping([], mapping({ theme: 'roads' }), { source: '', idPrefix: 't' })).toThrow(/source/);
    expect(() => applyMapping([], mapping({ theme: 'rail' as never }), opts)).toThrow(/mapping.theme/);
  });
});

describe('applyMapping: 200k rows', () => {
  it('maps 200,000 features in a few seconds with exact counts', () => {
    const volts = ['500kV', '220千伏', '66kV', '10kV', '未知', '高压', '220000', '35'];
    const features: RawFeature[] = Array.from({ length: 200_000 }, (_, i) => {
      const lon = 120 + (i % 1000) * 0.005;
      const lat = 39 + Math.floor(i / 1000) * 0.01;
      const isLine = i % 4 !== 3;
      return feature(
        {
          编号: `L${i}`,
          名称: `线路${i}`,
          电压等级: volts[i % 8],
          类型: isLine ? '线路' : i % 40 === 3 ? '杆塔' : '变电站',
        },
        isLine
          ? {
              type: 'LineString',
              coordinates: [
                [lon, lat],
                [lon + 0.004, lat + 0.002],
                [lon + 0.008, lat],
              ],
            }
          : { type: 'Point', coordinates: [lon, lat] },
      );
    });
    const m = mapping({
      theme: 'power',
      classField: '类型',
      classValues: { 线路: 'power_line', 变电站: 'substation', 杆塔: 'skip' },
      nameField: '名称',
      refField: '编号',
      voltageField: '电压等级',
    });
    const t0 = performance.now();
    const r = applyMapping(features, m, { source: 'big.shp', idPrefix: 'big' });
    const ms = performance.now() - t0;
    // i % 40 === 3 → 5,000 towers skipped; volts[i % 8] === '高压' → 25,000 rejected (i % 40 === 3 never has i % 8 === 5).
    expect(r.skipped).toBe(5_000);
    expect(r.rejected).toHaveLength(25_000);
    expect(r.rejected[0]).toEqual({ row: 6, message: 'row 6: 电压等级 "高压" is not a voltage' });
    expect(r.collection.features).toHaveLength(170_000);
    // volts[i % 8]: 0, 1, 2, 4, 5, 6 fall on lines (i % 4 !== 3), 3 and 7 on points.
    expect(classCounts(r.collection.features)).toEqual({
      power_line_500: 25_000,
      power_line_220: 50_000, // 220千伏 and 220000 (volts)
      power_line_110: 25_000,
      power_line: 25_000, // 未知
      substation_35: 45_000, // 10kV less 5,000 towers, and 35
    });
    expect(r.collection.features[0].id).toBe('big-1');
    expect(r.collection.features.at(-1)!.id).toBe('big-200000');
    expect(ms).toBeLessThan(10_000);
  }, 60_000);
});
