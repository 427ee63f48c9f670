import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { booleanIntersects } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { industryFilterSubset } from '../../../src/lib/catalogue/export-subsets';
import { catalogueHref, parseCatalogueParams } from '../../../src/lib/catalogue/catalogue-link';
import { applySubset } from '../../../src/lib/io/export/subset';
import type { Plan } from '../../../src/lib/data/schemas/plan';
import type { AnyCollection } from '../../../src/lib/layers/types';

const DATA = resolve(__dirname, '../../../data');
const read = <T>(p: string): T => JSON.parse(readFileSync(resolve(DATA, p), 'utf8')) as T;
const plan = read<Plan>('plan/plan.json');
const counties = read<AnyCollection>('boundaries/counties.geojson');
const seats = read<AnyCollection>('boundaries/county-seats.geojson');
const prefectures = read<AnyCollection>('boundaries/prefectures.geojson');
const water = read<AnyCollection>('infra/water.geojson');

// 烟草: the plan names nine counties and no prefecture (003, 二、(一) 烟草产业).
const TOBACCO = ['210624', '210682', '210921', '210922', '211223', '211224', '211282', '211322', '211381'];

const codes = (fc: { features: { properties: Record<string, unknown> | null }[] }) =>
  fc.features.map((f) => String(f.properties?.code)).sort();

describe('industryFilterSubset', () => {
  it('keeps exactly the counties the plan names for tobacco, by code', () => {
    const r = industryFilterSubset('counties', plan, ['tobacco'], counties)!;
    expect(r.rule).toBe('catalogue_subset_rule_codes');
    expect(codes(applySubset(counties, r.subset))).toEqual(TOBACCO);
    expect(
      codes(applySubset(seats, industryFilterSubset('county-seats', plan, ['tobacco'], counties)!.subset)),
    ).toEqual(TOBACCO);
  });

  it('keeps the prefectures of the named counties', () => {
    const r = industryFilterSubset('prefectures', plan, ['tobacco'], counties)!;
    expect(r.rule).toBe('catalogue_subset_rule_prefectures');
    expect(codes(applySubset(prefectures, r.subset))).toEqual(['210600', '210900', '211200', '211300']);
  });

  it('takes every county of a named prefecture (grain names Shenyang, Anshan, Liaoyang, Chaoyang)', () => {
    const kept = codes(applySubset(counties, industryFilterSubset('counties', plan, ['grain'], counties)!.subset));
    const expected = counties.features
      .filter((f) => ['210100', '210300', '211000', '211300'].includes(String(f.properties.prefecture_code)))
      .map((f) => String(f.properties.code))
      .sort();
    expect(kept).toEqual(expected);
    expect(kept.length).toBeGreaterThan(30);
    // Two industries: the union.
    const both = codes(
      applySubset(counties, industryFilterSubset('counties', plan, ['grain', 'tobacco'], counties)!.subset),
    );
    expect(both).toEqual([...new Set([...expected, ...TOBACCO])].sort());
  });

  it('subsets other datasets by position against those counties', () => {
    const r = industryFilterSubset('infra-water', plan, ['tobacco'], counties)!;
    expect(r.rule).toBe('catalogue_subset_rule_space');
    expect(r.subset.kind).toBe('polygon');
    const kept = applySubset(water, r.subset).features;
    // Checked county by county: a feature is kept if and only if it meets one of the nine.
    const nine = counties.features.filter((f) => TOBACCO.includes(String(f.properties.code)));
    const meets = (f: AnyCollection['features'][number]) => nine.some((c) => booleanIntersects(f, c));
    expect(kept.map((f) => f.id)).toEqual(water.features.filter(meets).map((f) => f.id));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(water.features.length);
  });

  it('has nothing to offer for industries that name no place (rural tourism) or unknown ids', () => {
    expect(industryFilterSubset('counties', plan, ['rural-tourism'], counties)).toBeNull();
    expect(industryFilterSubset('counties', plan, ['no-such'], counties)).toBeNull();
  });
});

describe('catalogue link', () => {
  it('carries the view, the picked industries and the language, and reads them back', () => {
    const href = catalogueHref([121.123456, 38.7, 123.5, 40.2], ['fruit', 'tobacco'], 'en');
    expect(href).toBe('#/data?view=121.1235,38.7000,123.5000,40.2000&ind=fruit,tobacco&lang=en');
    expect(parseCatalogueParams(href)).toEqual({
      view: [121.1235, 38.7, 123.5, 40.2],
      industries: ['fruit', 'tobacco'],
    });
    expect(catalogueHref(null, [], 'zh')).toBe('#/data');
  });
  it('drops malformed parts', () => {
    expect(parseCatalogueParams('#/data?view=1,2,x,4&ind=ok,<b>')).toEqual({ view: null, industries: ['ok'] });
    expect(parseCatalogueParams('#/data?view=5,2,1,4').view).toBeNull();
  });
});
