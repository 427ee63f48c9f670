import type { Bilingual } from '../data/schemas/geojson';
import type { DesignatedVillage } from '../data/schemas/designated-villages';
import { REPORTED_TOTALS } from './summarise-matches';

export interface ListTotal {
  what: 'villages' | 'towns' | 'counties';
  found: number;
  expected: number;
  ok: boolean;
  /** A plain sentence: `the list has 127 villages; the report says 128`. */
  message: Bilingual;
}

const WORDS = {
  villages: { zh: '个村', en: 'villages' },
  towns: { zh: '个乡镇（街道）', en: 'towns' },
  counties: { zh: '个区市', en: 'county-level cities' },
} as const;

/**
 * The loaded list's villages, towns and county-level cities counted and set against the report's
 * 128 / 37 / 3. Villages count by code (or by name while unmatched), towns by code or name.
 */
export function checkListTotals(villages: readonly DesignatedVillage[]): ListTotal[] {
  const sets = {
    villages: new Set(villages.map((v) => v.code ?? `name:${v.name_zh}|${v.town_name ?? ''}`)),
    towns: new Set(
      villages.flatMap((v) => ((v.town_code ?? v.town_name) ? [v.town_code ?? `name:${v.town_name}`] : [])),
    ),
    counties: new Set(villages.flatMap((v) => (v.county_code ? [v.county_code] : []))),
  };
  return (['villages', 'towns', 'counties'] as const).map((what) => {
    const found = sets[what].size;
    const expected = REPORTED_TOTALS[what];
    const ok = found === expected;
    const w = WORDS[what];
    return {
      what,
      found,
      expected,
      ok,
      message: ok
        ? { zh: `${found} ${w.zh}，与报告一致`, en: `${found} ${w.en}, as the report says` }
        : {
            zh: `名单中有 ${found} ${w.zh}，报告为 ${expected} ${w.zh}`,
            en: `The list has ${found} ${w.en}; the report says ${expected}`,
          },
    };
  });
}

/** Villages per county-level city and per town, for the panel's counts table. */
export function countByTown(
  villages: readonly DesignatedVillage[],
): { county: string | null; town: string; located: number; total: number }[] {
  const rows = new Map<string, { county: string | null; town: string; located: number; total: number }>();
  for (const v of villages) {
    const town = v.town_name ?? '—';
    const key = `${v.county_code ?? ''}|${v.town_code ?? town}`;
    const row = rows.get(key) ?? { county: v.county_code, town, located: 0, total: 0 };
    row.total++;
    if (v.position) row.located++;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => (a.county ?? '').localeCompare(b.county ?? '') || b.total - a.total);
}
