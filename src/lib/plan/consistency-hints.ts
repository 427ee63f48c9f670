import type { Plan } from '../data/schemas/plan';
import { countyStrengths, type CountyRef } from './industry-places';

/**
 * Which words of a zone's name (its `focus`) each industry belongs under. This is the atlas's
 * reading, kept in one table so a planner can see and dispute it; industries that are not farming
 * (rural tourism, e-commerce) fit every zone.
 */
export const INDUSTRY_FITS: Record<string, readonly string[] | 'any'> = {
  grain: ['粮油', '粮食', '精品农业'],
  oilseeds: ['粮油', '精品农业'],
  vegetables: ['果蔬', '设施农业', '精品农业'],
  fruit: ['果蔬', '特色农业', '精品农业'],
  forestry: ['林业'],
  livestock: ['畜牧', '畜牧业'],
  fisheries: ['水产'],
  flowers: ['特色农业', '设施农业', '精品农业'],
  'tussah-silk': ['特色农业', '林业'],
  'medicinal-herbs': ['特色农业', '林业'],
  melons: ['果蔬', '设施农业', '精品农业'],
  'edible-fungi': ['特色农业', '设施农业', '林业'],
  'wild-vegetables': ['特色农业', '林业'],
  tobacco: ['特色农业'],
  'rural-tourism': 'any',
  'e-commerce': 'any',
};

export interface ConsistencyHint {
  industryId: string;
  zoneId: string;
  /** Counties of the zone the industry reaches (named, or in a named prefecture). */
  counties: string[];
  /** How many of them the plan names itself (the rest are reached through their prefecture). */
  namedCount: number;
}

/**
 * Industries the plan puts in counties whose zone's name does not list that kind of farming,
 * grouped by industry and zone, in the plan's order. Computed from the plan, the zone table and
 * INDUSTRY_FITS; throws if an industry has no entry in the table.
 */
export function consistencyHints(plan: Plan, counties: readonly CountyRef[]): ConsistencyHint[] {
  const zoneOf = new Map(plan.zone_assignments.map((a) => [a.county_code, a.zone_id]));
  const out: ConsistencyHint[] = [];
  for (const industry of plan.industries) {
    const fits = INDUSTRY_FITS[industry.id];
    if (!fits) throw new Error(`no entry for industry "${industry.id}" in INDUSTRY_FITS`);
    if (fits === 'any') continue;
    const byZone = new Map<string, ConsistencyHint>();
    for (const [code, strength] of countyStrengths(plan, [industry.id], counties)) {
      const zone = plan.zones.find((z) => z.id === zoneOf.get(code));
      if (!zone || zone.focus.some((f) => fits.includes(f))) continue;
      const hint = byZone.get(zone.id) ?? { industryId: industry.id, zoneId: zone.id, counties: [], namedCount: 0 };
      hint.counties.push(code);
      if (strength === 'county') hint.namedCount++;
      byZone.set(zone.id, hint);
    }
    for (const zone of plan.zones) {
      const h = byZone.get(zone.id);
      if (h) out.push({ ...h, counties: h.counties.sort() });
    }
  }
  return out;
}
