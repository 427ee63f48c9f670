import { describe, expect, it } from 'vitest';
import { buildIndustryMatrix, type IndustryMatrix } from '../../../src/lib/plan/industry-matrix';
import { readBoundaries, readFixturePlan, readPlan } from '../../charts/fixtures/load-plan';

const { prefectures, counties } = readBoundaries();
const real = readPlan();

const row = (m: IndustryMatrix, zh: string) => {
  const r = m.rows.find((x) => x.name.zh === zh);
  if (!r) throw new Error(`no row ${zh}`);
  return r;
};
const cell = (m: IndustryMatrix, zh: string, prefectureCode: string) =>
  row(m, zh).cells.find((c) => c.prefectureCode === prefectureCode)!;
const strengths = (m: IndustryMatrix, zh: string) =>
  row(m, zh)
    .cells.map((c) => c.strength[0])
    .join('');

// The plan as built when it exists, and always the fixture, so both are held to the same reading.
const plans = [
  { name: `plan from ${real.source}`, plan: real.plan },
  ...(real.source === 'fixture' ? [] : [{ name: 'fixture plan', plan: readFixturePlan() }]),
];

describe.each(plans)('buildIndustryMatrix on the $name', ({ plan }) => {
  const m = buildIndustryMatrix(plan, prefectures, counties);

  it('has the 16 industries in plan order and the 14 prefectures in code order', () => {
    expect(m.rows).toHaveLength(16);
    expect(m.rows.map((r) => r.name.zh)).toEqual(
      [...plan.industries].sort((a, b) => a.order - b.order).map((i) => i.name.zh),
    );
    expect(m.columns.map((c) => c.code)).toEqual(
      ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14'].map((n) => `21${n}00`),
    );
    expect(m.columns[13].name).toEqual({ zh: '葫芦岛市', en: 'Huludao' });
    for (const r of m.rows) expect(r.cells.map((c) => c.prefectureCode)).toEqual(m.columns.map((c) => c.code));
  });

  it('油料 names 7 prefectures: 沈阳 丹东 锦州 营口 阜新 朝阳 葫芦岛', () => {
    const named = row(m, '油料').cells.filter((c) => c.strength === 'prefecture');
    expect(named.map((c) => c.prefectureCode)).toEqual([
      '210100',
      '210600',
      '210700',
      '210800',
      '210900',
      '211300',
      '211400',
    ]);
    expect(row(m, '油料').cells.every((c) => c.strength !== 'county')).toBe(true);
  });

  it('食用菌: 庄河市 makes 大连 a county cell; 朝阳 and 葫芦岛 too; the six eastern cities are whole', () => {
    expect(cell(m, '食用菌', '210200')).toEqual({
      industryId: row(m, '食用菌').industryId,
      prefectureCode: '210200',
      strength: 'county',
      countyCodes: ['210283'],
    });
    expect(cell(m, '食用菌', '211300').countyCodes).toEqual(['211321', '211324', '211382']); // 朝阳县 喀左 凌源
    expect(cell(m, '食用菌', '211400').countyCodes).toEqual(['211422']); // 建昌县
    //               沈 大 鞍 抚 本 丹 锦 营 阜 辽 盘 铁 朝 葫
    expect(strengths(m, '食用菌')).toBe('ncppppnnnpnpcc');
    expect(m.counties['210283']).toEqual({ zh: '庄河市', en: 'Zhuanghe City' });
  });

  it('烟草 names only counties: nine of them in four prefectures', () => {
    expect(strengths(m, '烟草')).toBe('nnnnncnncnnccn');
    const named = row(m, '烟草').cells.flatMap((c) => c.countyCodes);
    expect(named).toHaveLength(9);
    expect(cell(m, '烟草', '211200').countyCodes).toEqual(['211223', '211224', '211282']); // 西丰 昌图 开原
  });

  it('柞蚕: a prefecture named whole keeps the counties also named in it', () => {
    expect(cell(m, '柞蚕', '210600')).toMatchObject({ strength: 'prefecture', countyCodes: ['210682'] }); // 凤城
    expect(cell(m, '柞蚕', '211400')).toMatchObject({ strength: 'county', countyCodes: ['211421'] }); // 绥中
  });

  it('乡村旅游 and 电商 are all "none" and marked as regions in words only', () => {
    for (const zh of ['乡村旅游', '电商']) {
      expect(row(m, zh).cells.every((c) => c.strength === 'none' && c.countyCodes.length === 0)).toBe(true);
      expect(row(m, zh).wordsOnly).toBe(true);
    }
    expect(m.rows.filter((r) => r.wordsOnly).map((r) => r.name.zh)).toEqual(['乡村旅游', '电商']);
  });

  it('counts 73 prefecture cells and 8 county cells in all (counted by hand from the plan text)', () => {
    const all = m.rows.flatMap((r) => r.cells);
    expect(all.filter((c) => c.strength === 'prefecture')).toHaveLength(73);
    expect(all.filter((c) => c.strength === 'county')).toHaveLength(8);
  });
});

describe('buildIndustryMatrix arguments', () => {
  const plan = readFixturePlan();
  const clone = () => structuredClone(plan);

  it('names the place that is not in the boundary data', () => {
    const bad = clone();
    bad.industries[11].groups[0].places.push({ level: 'county', code: '210299', as_written: '某县' });
    expect(() => buildIndustryMatrix(bad, prefectures, counties)).toThrow(
      'buildIndustryMatrix: plan.industries[11].groups[0].places[11].code: county 210299 is not in counties',
    );
  });

  it('rejects duplicate industry ids and orders, and missing collections', () => {
    const dupId = clone();
    dupId.industries[1].id = dupId.industries[0].id;
    expect(() => buildIndustryMatrix(dupId, prefectures, counties)).toThrow(
      'plan.industries[1].id: duplicate industry id "grain"',
    );
    const dupOrder = clone();
    dupOrder.industries[2].order = 1;
    expect(() => buildIndustryMatrix(dupOrder, prefectures, counties)).toThrow('plan.industries[2].order');
    expect(() => buildIndustryMatrix({} as typeof plan, prefectures, counties)).toThrow(
      'plan.industries: expected an array',
    );
    expect(() => buildIndustryMatrix(plan, { features: [] }, counties)).toThrow('prefectures: no features');
  });

  it('rejects a county whose prefecture is missing', () => {
    const fewer = { features: prefectures.features.filter((f) => f.properties.code !== '210200') };
    expect(() => buildIndustryMatrix(plan, fewer, counties)).toThrow('prefecture_code: 210200 is not in prefectures');
  });
});
