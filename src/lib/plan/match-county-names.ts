import { shortCountyName } from '../data/county-names';

export interface CountyName {
  code: string;
  name_zh: string;
  prefecture_zh: string;
}

export interface NameMatch {
  matched: { input: string; code: string; name_zh: string }[];
  ambiguous: { input: string; candidates: CountyName[] }[];
  unmatched: string[];
}

/**
 * Match county names a user pasted (one per line, or separated by 、，, ; spaces) to the 100 counties:
 * exact names first, then names without their kind suffix (宽甸县 → 宽甸满族自治县), and the
 * customary contractions 阜蒙 (阜新蒙古族自治县) and 喀左 (喀喇沁左翼蒙古族自治县). A `*` or
 * `＊` marker and numbering are ignored. A name that fits several counties is ambiguous (铁西区),
 * never guessed. Duplicates are reported once.
 */
export function matchCountyNames(text: string, counties: readonly CountyName[]): NameMatch {
  const inputs = [
    ...new Set(
      text
        .split(/[\n\r,，、;；\t ]+/)
        .map((s) =>
          s
            .replace(/^\d+[.、)]?/, '')
            .replace(/[*＊]/g, '')
            .trim(),
        )
        .filter(Boolean),
    ),
  ];
  const contractions: Record<string, string> = { 阜蒙: '阜新蒙古族自治县', 喀左: '喀喇沁左翼蒙古族自治县' };
  const out: NameMatch = { matched: [], ambiguous: [], unmatched: [] };
  for (const input of inputs) {
    let found = counties.filter((c) => c.name_zh === input);
    if (!found.length) {
      const short = shortCountyName(input);
      const full = contractions[short];
      found = full
        ? counties.filter((c) => c.name_zh === full)
        : counties.filter((c) => shortCountyName(c.name_zh) === short && short.length > 0);
    }
    if (found.length === 1) out.matched.push({ input, code: found[0].code, name_zh: found[0].name_zh });
    else if (found.length > 1) out.ambiguous.push({ input, candidates: found });
    else out.unmatched.push(input);
  }
  return out;
}
