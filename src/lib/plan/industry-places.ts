import type { Industry, Plan, PlaceRef } from '../data/schemas/plan';

/** How the plan puts an industry in a county: named itself, or inside a named prefecture. */
export type Strength = 'county' | 'prefecture';

export interface CountyRef {
  code: string;
  prefecture_code: string;
}

export interface IndustryMatch {
  industry: Industry;
  groupId: string;
  strength: Strength;
  place: PlaceRef;
}

function checkIndustries(plan: Plan, ids: readonly string[]): Industry[] {
  return ids.map((id) => {
    const found = plan.industries.find((i) => i.id === id);
    if (!found) throw new Error(`unknown industry "${id}"; known: ${plan.industries.map((i) => i.id).join(', ')}`);
    return found;
  });
}

/**
 * Every way the plan's industries reach `county`: groups that name the county itself (strong) or
 * its prefecture (light), in the plan's order. A county named and inside a named prefecture is
 * listed once per group, with the stronger match.
 */
export function industriesForCounty(plan: Plan, county: CountyRef): IndustryMatch[] {
  const out: IndustryMatch[] = [];
  for (const industry of plan.industries)
    for (const group of industry.groups) {
      const direct = group.places.find((p) => p.level === 'county' && p.code === county.code);
      const viaPrefecture = group.places.find((p) => p.level === 'prefecture' && p.code === county.prefecture_code);
      const place = direct ?? viaPrefecture;
      if (place) out.push({ industry, groupId: group.id, strength: direct ? 'county' : 'prefecture', place });
    }
  return out;
}

/**
 * For the selected industries, the strongest way each county is reached: `county` where any
 * selected industry names it, else `prefecture` where one names its prefecture. Counties not
 * reached are absent. Throws for an unknown industry id.
 */
export function countyStrengths(
  plan: Plan,
  industryIds: readonly string[],
  counties: readonly CountyRef[],
): Map<string, Strength> {
  const industries = checkIndustries(plan, industryIds);
  const namedCounties = new Set<string>();
  const namedPrefectures = new Set<string>();
  for (const i of industries)
    for (const g of i.groups)
      for (const p of g.places) (p.level === 'county' ? namedCounties : namedPrefectures).add(p.code);
  const out = new Map<string, Strength>();
  for (const c of counties) {
    if (namedCounties.has(c.code)) out.set(c.code, 'county');
    else if (namedPrefectures.has(c.prefecture_code)) out.set(c.code, 'prefecture');
  }
  return out;
}
