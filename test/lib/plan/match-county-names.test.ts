import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shortCountyName } from '../../../src/lib/data/county-names';
import { matchCountyNames } from '../../../src/lib/plan/match-county-names';

const counties = (
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../data/boundaries/counties.geojson'), 'utf8')) as {
    features: { properties: { code: string; name_zh: string; prefecture_zh: string } }[];
  }
).features.map((f) => f.properties);

describe('matchCountyNames', () => {
  it('matches full names, short names and customary contractions, ignoring stars and numbering', () => {
    const r = matchCountyNames('1. 建昌县*\n宽甸县、阜蒙县，喀左县 凌源\n＊西丰县', counties);
    expect(r.matched.map((m) => m.code)).toEqual(['211422', '210624', '210921', '211324', '211382', '211223']);
    expect(r.unmatched).toEqual([]);
    expect(r.ambiguous).toEqual([]);
  });

  it('never guesses: same-named districts are ambiguous, unknown names unmatched', () => {
    const r = matchCountyNames('铁西区\n北京市\n铁西区', counties);
    expect(r.ambiguous).toHaveLength(1);
    expect(r.ambiguous[0].candidates.map((c) => c.code).sort()).toEqual(['210106', '210303']);
    expect(r.unmatched).toEqual(['北京市']);
    expect(r.matched).toEqual([]);
  });

  it('strips kind suffixes', () => {
    expect(shortCountyName('宽甸满族自治县')).toBe('宽甸');
    expect(shortCountyName('凌源市')).toBe('凌源');
  });
});
