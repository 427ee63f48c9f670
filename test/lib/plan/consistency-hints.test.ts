import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planSchema } from '../../../src/lib/data/schemas/plan';
import { consistencyHints, INDUSTRY_FITS } from '../../../src/lib/plan/consistency-hints';
import { countyStrengths, industriesForCounty } from '../../../src/lib/plan/industry-places';

const DATA = resolve(import.meta.dirname, '../../../data');
const plan = planSchema.parse(JSON.parse(readFileSync(resolve(DATA, 'plan/plan.json'), 'utf8')));
const counties = (
  JSON.parse(readFileSync(resolve(DATA, 'boundaries/counties.geojson'), 'utf8')) as {
    features: { properties: { code: string; prefecture_code: string } }[];
  }
).features.map((f) => f.properties);

describe('plan lookups', () => {
  it('reaches counties strongly where named and lightly through a named prefecture', () => {
    const s = countyStrengths(plan, ['edible-fungi'], counties);
    expect(s.get('210283')).toBe('county'); // 庄河市, named
    expect(s.get('211382')).toBe('county'); // 凌源市, named
    expect(s.get('210421')).toBe('prefecture'); // 抚顺县, in 抚顺
    expect(s.has('210281')).toBe(false); // 瓦房店市: 大连 is not named for 食用菌
    expect(() => countyStrengths(plan, ['rice'], counties)).toThrow(/unknown industry "rice"/);
  });

  it('lists a county’s industries in the plan’s order', () => {
    const ids = industriesForCounty(plan, { code: '211224', prefecture_code: '211200' }).map((m) => m.industry.id);
    expect(ids).toContain('tobacco');
    expect(ids.indexOf('vegetables')).toBeLessThan(ids.indexOf('tobacco'));
  });
});

describe('consistencyHints', () => {
  const hints = consistencyHints(plan, counties);

  it('has a fit for every industry of the plan', () => {
    expect(Object.keys(INDUSTRY_FITS).sort()).toEqual(plan.industries.map((i) => i.id).sort());
  });

  it('flags fisheries only outside zones whose name lists 水产, and never the coastal zone', () => {
    const fisheries = hints.filter((h) => h.industryId === 'fisheries');
    expect(fisheries.length).toBeGreaterThan(0);
    for (const h of fisheries) expect(h.zoneId).not.toBe('coastal');
    for (const h of hints) {
      const zone = plan.zones.find((z) => z.id === h.zoneId)!;
      const fits = INDUSTRY_FITS[h.industryId];
      expect(fits === 'any' || !zone.focus.some((f) => fits.includes(f))).toBe(true);
    }
  });

  it('counts each reached county once and never hints for tourism or e-commerce', () => {
    for (const h of hints) expect(new Set(h.counties).size).toBe(h.counties.length);
    expect(hints.some((h) => h.industryId === 'rural-tourism' || h.industryId === 'e-commerce')).toBe(false);
    const livestockWest = hints.find((h) => h.industryId === 'livestock' && h.zoneId === 'west');
    expect(livestockWest).toBeUndefined(); // 辽西畜牧和设施农业区 lists 畜牧
  });
});
