import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { area, booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon } from 'geojson';
import type { z } from 'zod';
import { validateDataset } from '../../src/lib/data/validate';
import { manifestSchema } from '../../src/lib/data/schemas/manifest';
import { countiesSchema, provinceSchema } from '../../src/lib/data/schemas/boundaries';
import { planSchema, zonePolygonsSchema, type Industry } from '../../src/lib/data/schemas/plan';

/**
 * The shipped plan data (data/plan/plan.json, data/plan/zones.geojson): the content pinned
 * against the plan's text. Rebuild with `npx tsx scripts/build-data/plan.ts`.
 */
const DATA = join(import.meta.dirname, '../../data');
const text = (path: string) => readFileSync(join(DATA, path), 'utf8');
function load<T>(id: string, path: string, schema: z.ZodType<T>): T {
  const result = validateDataset(id, schema, JSON.parse(text(path)), 10);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.data;
}

const plan = load('plan', 'plan/plan.json', planSchema);
const zonesGeo = load('plan-zones', 'plan/zones.geojson', zonePolygonsSchema).features;
const counties = load('counties', 'boundaries/counties.geojson', countiesSchema).features;
const province = load('province', 'boundaries/province.geojson', provinceSchema).features[0];
const manifest = manifestSchema.parse(JSON.parse(text('manifest.json')));

const nameOf = new Map(counties.map((c) => [c.properties.code, c.properties.name_zh]));
const industry = (id: string): Industry => plan.industries.find((i) => i.id === id)!;
const group = (id: string, groupId: string) => industry(id).groups.find((g) => g.id === groupId)!;
const codes = (industryId: string, groupId: string) => group(industryId, groupId).places.map((p) => p.code);
const names = (industryId: string, groupId: string) =>
  group(industryId, groupId).places.map((p) => (p.level === 'county' ? nameOf.get(p.code) : p.code));
const levels = (industryId: string, groupId: string) => [...new Set(group(industryId, groupId).places.map((p) => p.level))];

describe('plan document and industries', () => {
  it('identifies the document', () => {
    expect(plan.document.number).toBe('辽政发〔2016〕62号');
    expect(plan.document.date).toBe('2016-08-27');
    expect(plan.document.title.zh).toBe('辽宁省产业精准脱贫规划(2016—2020)');
  });

  it('lists the 16 industries in the plan order', () => {
    expect(plan.industries.map((i) => i.name.zh)).toEqual([
      '粮食', '油料', '蔬菜', '水果', '林业', '畜牧', '渔业', '花卉',
      '柞蚕', '中药材', '西甜瓜', '食用菌', '山野菜', '烟草', '乡村旅游', '电商',
    ]); // prettier-ignore
    expect(plan.industries.map((i) => i.order)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    for (const i of plan.industries) {
      expect(i.citation.section, i.id).toBe(`二、(一)产业布局 ——${i.name.zh}产业`);
      expect(i.citation.quote.endsWith(i.description.zh), i.id).toBe(true);
      for (const r of i.regions_text) expect(i.citation.quote, i.id).toContain(r);
      for (const g of i.groups) for (const p of g.places) expect(g.citation.quote, `${i.id}/${g.id}`).toContain(p.as_written);
    }
  });

  it('names the seven oilseed prefectures', () => {
    expect(levels('oilseeds', 'main')).toEqual(['prefecture']);
    expect(codes('oilseeds', 'main')).toEqual(['210100', '210600', '210700', '210800', '210900', '211300', '211400']);
  });

  it('names the nine tobacco counties', () => {
    expect(levels('tobacco', 'main')).toEqual(['county']);
    expect(names('tobacco', 'main')).toEqual([
      '凤城市', '宽甸满族自治县', '开原市', '西丰县', '阜新蒙古族自治县', '彰武县', '建平县', '北票市', '昌图县',
    ]); // prettier-ignore
    expect(group('tobacco', 'main').places.map((p) => p.as_written)).toContain('阜蒙县');
  });

  it('names six eastern mountain prefectures and five counties for edible fungi', () => {
    expect(industry('edible-fungi').groups.map((g) => g.id)).toEqual(['east-mountains', 'counties']);
    expect(levels('edible-fungi', 'east-mountains')).toEqual(['prefecture']);
    expect(codes('edible-fungi', 'east-mountains')).toEqual(['210300', '210400', '210500', '210600', '211000', '211200']);
    expect(levels('edible-fungi', 'counties')).toEqual(['county']);
    expect(names('edible-fungi', 'counties')).toEqual(['庄河市', '凌源市', '喀喇沁左翼蒙古族自治县', '朝阳县', '建昌县']);
  });

  it('keeps the four flower groups apart', () => {
    expect(industry('flowers').groups.map((g) => [g.id, g.places.map((p) => p.code)])).toEqual([
      ['bulbs', ['210400', '211300']],
      ['cut-flowers', ['210100', '210200', '210400', '210500', '211000', '211300']],
      ['clivia-azalea', ['210100', '210300', '210600', '211000']],
      ['nursery-stock', ['211200']],
    ]);
  });

  it('splits tussah silk into production bases, breeding bases and the mulberry egg base', () => {
    expect(industry('tussah-silk').groups.map((g) => g.id)).toEqual([
      'production-bases',
      'breeding-bases',
      'mulberry-egg-base',
    ]);
    expect(codes('tussah-silk', 'production-bases')).toEqual([
      '210300', '210400', '210500', '210600', '210800', '211000', '211200',
    ]); // prettier-ignore
    expect(levels('tussah-silk', 'breeding-bases')).toEqual(['county']);
    expect(names('tussah-silk', 'breeding-bases')).toEqual(['西丰县', '凤城市']);
    expect(names('tussah-silk', 'mulberry-egg-base')).toEqual(['绥中县']);
  });

  it('gives rural tourism and e-commerce regions in words only', () => {
    for (const id of ['rural-tourism', 'e-commerce']) {
      expect(industry(id).groups, id).toEqual([]);
      expect(industry(id).regions_text.length, id).toBeGreaterThan(0);
    }
    expect(industry('e-commerce').regions_text).toEqual(['辽东', '辽西北']);
    expect(plan.industries.filter((i) => i.groups.length === 0).map((i) => i.id)).toEqual(['rural-tourism', 'e-commerce']);
  });
});

describe('zones', () => {
  const countyCodes = counties.map((c) => c.properties.code).sort();
  const byZone = (id: string) => plan.zone_assignments.filter((a) => a.zone_id === id).map((a) => a.county_code);

  it('has the five zones of the plan, in its order', () => {
    expect(plan.zones.map((z) => z.name.zh)).toEqual([
      '中部平原精品农业区',
      '辽北粮油和畜牧业区',
      '辽东林业和特色农业区',
      '辽西畜牧和设施农业区',
      '沿海水产粮食果蔬农业区',
    ]);
    expect(plan.zones.find((z) => z.id === 'north')!.focus).toEqual(['粮油', '畜牧业']);
  });

  it('assigns all 100 counties exactly once, each with its rule and reason', () => {
    expect(plan.zone_assignments.map((a) => a.county_code).sort()).toEqual(countyCodes);
    expect(countyCodes).toHaveLength(100);
    const counts = Object.fromEntries(plan.zones.map((z) => [z.id, byZone(z.id).length]));
    expect(counts).toEqual({ central: 29, north: 9, east: 18, west: 21, coastal: 23 });
    for (const a of plan.zone_assignments) {
      expect(a.reason.en, a.county_code).toMatch(/^(Rule 1|Rule 2|Override)/);
      expect(a.reason.zh.length, a.county_code).toBeGreaterThan(10);
    }
  });

  it('puts exactly the counties that touch the sea into the coastal zone', () => {
    const coastal = byZone('coastal').map((c) => nameOf.get(c));
    expect(coastal).toEqual([
      '中山区', '西岗区', '沙河口区', '甘井子区', '旅顺口区', '金州区', '普兰店区', '长海县', '瓦房店市', '庄河市',
      '振兴区', '东港市', '太和区', '凌海市', '西市区', '鲅鱼圈区', '盖州市', '大洼区', '盘山县',
      '连山区', '龙港区', '绥中县', '兴城市',
    ]); // prettier-ignore
    expect(plan.zone_assignments.filter((a) => a.rule === 'coast').map((a) => a.county_code)).toEqual(byZone('coastal'));
  });

  it('overrides only 康平县, 法库县 (north) and 岫岩 (east), whose stated neighbours are real', () => {
    const overrides = plan.zone_assignments.filter((a) => a.rule === 'override');
    expect(overrides.map((a) => [nameOf.get(a.county_code), a.zone_id])).toEqual([
      ['康平县', 'north'],
      ['法库县', 'north'],
      ['岫岩满族自治县', 'east'],
    ]);
    const vertices = (code: string) => {
      const g = counties.find((c) => c.properties.code === code)!.geometry;
      const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
      return new Set(polygons.flatMap((rings) => rings.flatMap((ring) => ring.map((p) => p.join(',')))));
    };
    const codeOf = (name: string) => counties.find((c) => c.properties.name_zh === name)!.properties.code;
    const borders = (a: string, b: string) => {
      const vb = vertices(codeOf(b));
      return [...vertices(codeOf(a))].filter((v) => vb.has(v)).length >= 2;
    };
    const claims: [string, string[]][] = [
      ['康平县', ['昌图县', '彰武县']],
      ['法库县', ['铁岭县', '调兵山市', '昌图县', '开原市']],
      ['岫岩满族自治县', ['凤城市', '东港市']],
    ];
    for (const [county, neighbours] of claims)
      for (const n of neighbours) expect(borders(county, n), `${county} borders ${n}`).toBe(true);
    // The seat positions the reasons quote, and 岫岩 being 鞍山's easternmost seat.
    const seat = (name: string) => counties.find((c) => c.properties.name_zh === name)!.properties.seat;
    expect(seat('康平县')[1]).toBeCloseTo(42.7, 1);
    expect(seat('法库县')[1]).toBeCloseTo(42.5, 1);
    expect(seat('岫岩满族自治县')[0]).toBeCloseTo(123.3, 1);
    const anshanEast = counties.filter((c) => c.properties.prefecture_zh === '鞍山市').map((c) => c.properties.seat[0]);
    expect(Math.max(...anshanEast)).toBe(seat('岫岩满族自治县')[0]);
    const shenyangNorth = counties.filter((c) => c.properties.prefecture_zh === '沈阳市').map((c) => c.properties.seat[1]);
    expect(Math.max(...shenyangNorth)).toBe(seat('康平县')[1]);
  });

  it('dissolves into five zone polygons that cover the province', () => {
    expect(zonesGeo.map((f) => f.id)).toEqual(plan.zones.map((z) => z.id));
    expect(zonesGeo.reduce((s, f) => s + f.properties.county_count, 0)).toBe(100);
    for (const f of zonesGeo) {
      expect(f.properties.county_count, f.id).toBe(byZone(f.id).length);
      expect(f.properties.name_zh).toBe(plan.zones.find((z) => z.id === f.id)!.name.zh);
      expect(booleanPointInPolygon(f.properties.label_point, f.geometry as MultiPolygon), `${f.id} label`).toBe(true);
      expect(Math.abs(area(f.geometry as MultiPolygon) / 1e6 - f.properties.area_km2), f.id).toBeLessThan(0.1);
    }
    const total = zonesGeo.reduce((s, f) => s + f.properties.area_km2, 0);
    expect(Math.abs(total - province.properties.area_km2) / province.properties.area_km2).toBeLessThan(0.005);
  });

  it('is in the manifest, which says the boundaries are the atlas reading', () => {
    for (const [id, path] of [
      ['plan', 'plan/plan.json'],
      ['plan-zones', 'plan/zones.geojson'],
    ]) {
      const entry = manifest.datasets.find((d) => d.id === id)!;
      expect(entry.path).toBe(path);
      expect(entry.sha256).toBe(createHash('sha256').update(text(path)).digest('hex'));
      expect(entry.sources[0]).toMatchObject({ kind: 'seed', name: '003_f3049a3e96829f5c.txt', version: '辽政发〔2016〕62号' });
    }
    const zonesEntry = manifest.datasets.find((d) => d.id === 'plan-zones')!;
    expect(zonesEntry.accuracy).toMatch(/this atlas's reading of the plan, not the plan's/);
    expect(zonesEntry.description.en).toMatch(/draws no boundary/);
  });
});

describe('targets and programmes', () => {
  it('keeps the exit total and the yearly targets as written, with the 31-person gap', () => {
    const t = plan.targets;
    expect(t.exit_total.people).toBe(439731);
    expect(t.exit_by_year.map((y) => [y.year, y.people])).toEqual([
      [2016, 100000],
      [2017, 100000],
      [2018, 113000],
      [2019, 126700],
      [2020, null],
    ]);
    const sum = t.exit_by_year.reduce((s, y) => s + (y.people ?? 0), 0);
    expect(sum).toBe(439700);
    expect(t.exit_total.by_year).toBe(sum);
    expect(t.exit_total.people - t.exit_total.by_year).toBe(31);
    expect(t.exit_total.note.zh).toContain('少31人');
    expect(t.exit_total.note.en).toContain('31 fewer');
  });

  it('keeps the industry targets', () => {
    expect(plan.targets.industry.map((t) => [t.id, t.value, t.per_year])).toEqual([
      ['income-projects', 1500, false],
      ['leading-enterprises', 10, true],
      ['cooperatives', 50, true],
      ['family-farms', 50, true],
      ['integration-projects', 20, true],
      ['tourism-villages', 50, true],
      ['information-interconnection', null, false],
      ['ecommerce-model-counties', 15, false],
    ]);
    expect(plan.targets.industry.find((t) => t.id === 'ecommerce-model-counties')!.citation.quote).toContain(
      '企业+基地+网络+电子商务',
    );
  });

  it('lists the eleven key projects and their sub-projects', () => {
    const top = plan.key_projects.filter((p) => p.parent === null);
    expect(top).toHaveLength(11);
    expect(top.map((p) => p.number)).toEqual([
      '(一)', '(二)', '(三)', '(四)', '(五)', '(六)', '(七)', '(八)', '(九)', '(十)', '(十一)',
    ]); // prettier-ignore
    const subCounts = top.map((p) => plan.key_projects.filter((c) => c.parent === p.id).length);
    expect(subCounts).toEqual([6, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(plan.key_projects.find((p) => p.number === '(一)4')!.name.zh).toBe('特色园艺(蚕花药)产业脱贫工程');
    expect(plan.key_projects.find((p) => p.number === '(十一)')!.name.zh).toBe('小水电及光伏产业脱贫工程');
  });

  it('names the three e-commerce demonstration counties', () => {
    expect(plan.ecommerce_demo_counties.map((c) => nameOf.get(c.place.code))).toEqual([
      '桓仁满族自治县',
      '凌源市',
      '清原满族自治县',
    ]);
  });

  it('records five pairing links, the continuing ones as a stated reading', () => {
    expect(plan.pairings.map((p) => [p.from.place?.code ?? null, p.from.name.zh, p.to.code, p.status])).toEqual([
      ['210100', '沈阳市', '210900', 'continuing'],
      ['210200', '大连市', '211300', 'continuing'],
      ['210300', '鞍山市', '211200', 'continuing'],
      ['210800', '营口市', '211422', 'new'],
      [null, '鞍钢集团公司', '211422', 'new'],
    ]);
    for (const p of plan.pairings.filter((x) => x.status === 'continuing'))
      expect(p.reading.en).toMatch(/^Reading: respective order, as listed.*the plan does not state the pairs/);
  });

  it('has the six linkage models, with zh marked as a translation', () => {
    expect(plan.linkage_models).toHaveLength(6);
    expect(plan.linkage_models[0].name.en).toBe('Leading enterprises + cooperatives + bases + farmers');
    for (const m of plan.linkage_models) {
      expect(m.citation.file).toBe('002_3c1978e00e1ad947.txt');
      expect(m.reading.en).toMatch(/back-translation/);
    }
  });

  it('holds the provincial key counties as unknown', () => {
    expect(plan.key_counties.status).toBe('unknown');
    expect(plan.key_counties.expected_count).toBe(15);
    expect(plan.key_counties.counties).toBeNull();
    expect(plan.key_counties.citation.quote).toBe('带*为省脱贫开发重点县');
  });
});
