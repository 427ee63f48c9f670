import { prepareGazetteer, type GazetteerLike, type IndexedVillage } from '../../../src/lib/dalian/gazetteer-index';
import { loadRealGazetteer } from './gazetteer-fixture';

/**
 * A made-up gazetteer wide enough for a 128-village list: 13 + 12 + 12 towns in the three
 * counties, 5 villages each. Names are invented (测一镇, 测一甲村 …); used only when
 * data/dalian/gazetteer.json is absent.
 */
function syntheticGazetteer(): GazetteerLike {
  const digits = '一二三四五六七八九十百千万亿兆京垓秭穰沟涧正载极东西南北中上下左右前后内外';
  const stems = '甲乙丙丁戊';
  const towns: GazetteerLike['towns'][number][] = [];
  const villages: GazetteerLike['villages'][number][] = [];
  const counties = [
    ['210214', 13],
    ['210281', 12],
    ['210283', 12],
  ] as const;
  let n = 0;
  for (const [county, count] of counties)
    for (let i = 0; i < count; i++, n++) {
      const code = `${county}${String(101 + i).padStart(3, '0')}`;
      towns.push({ code, name_zh: `测${digits[n]}镇`, county_code: county });
      for (let j = 0; j < 5; j++)
        villages.push({ code: `${code}${200 + j}`, name_zh: `测${digits[n]}${stems[j]}村委会`, town_code: code });
    }
  return { towns, villages };
}

/** The real gazetteer when built (unless DALIAN_TEST_EXCERPT=1), else the synthetic one. */
export const WIDE_GAZETTEER = prepareGazetteer(
  (process.env.DALIAN_TEST_EXCERPT ? null : loadRealGazetteer()) ?? syntheticGazetteer(),
);

/**
 * 128 villages in 37 towns of the 3 counties, like the 2014 designation (the real list is not
 * public, so this is only a plausible shape): towns in code order with at least 4 uniquely named
 * villages, 13/12/12 per county, 3 villages each and a 4th in the first 17 towns.
 */
export function designationLikeList(): IndexedVillage[] {
  const g = WIDE_GAZETTEER;
  const byTown = new Map<string, IndexedVillage[]>();
  for (const v of g.villages)
    if (g.villagesByCore.get(v.core)!.length === 1) byTown.set(v.town_code, [...(byTown.get(v.town_code) ?? []), v]);
  const perCounty = { '210214': 13, '210281': 12, '210283': 12 } as Record<string, number>;
  const towns = [...byTown.keys()]
    .filter((t) => byTown.get(t)!.length >= 4)
    .sort()
    .filter((t) => perCounty[t.slice(0, 6)]-- > 0);
  if (towns.length !== 37) throw new Error(`fixture: only ${towns.length} towns fit`);
  return towns.flatMap((t, i) => byTown.get(t)!.slice(0, i < 17 ? 4 : 3));
}
