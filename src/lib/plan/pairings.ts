import type { Pairing, Plan } from '../data/schemas/plan';
import type { CountyRef } from './industry-places';

/** Pairing-assistance links that touch a county: as helper or helped, directly or via its prefecture. */
export function pairingsForCounty(plan: Plan, county: CountyRef): { pairing: Pairing; role: 'helps' | 'helped' }[] {
  const touches = (p: { level: string; code: string } | null) =>
    !!p && (p.code === county.code || (p.level === 'prefecture' && p.code === county.prefecture_code));
  const out: { pairing: Pairing; role: 'helps' | 'helped' }[] = [];
  for (const pairing of plan.pairings) {
    if (touches(pairing.to)) out.push({ pairing, role: 'helped' });
    else if (touches(pairing.from.place)) out.push({ pairing, role: 'helps' });
  }
  return out;
}
