import type { Bilingual } from '../data/schemas/geojson';
import { villageKey } from './match-duplicates';
import type { MatchResult } from './match-types';

/** The report's totals for the 2014 designation: 128 villages, 37 towns, 3 county-level units. */
export const REPORTED_TOTALS = { villages: 128, towns: 37, counties: 3 } as const;

/** One count compared with the report. */
export interface TotalCheck {
  found: number;
  expected: number;
  ok: boolean;
  message: Bilingual;
}

export interface MatchSummary {
  rows: number;
  matched: number;
  ambiguous: number;
  unmatched: number;
  /** Rows that repeat a village already listed (each village's first row not counted). */
  repeated_rows: number;
  /** Rows whose town is unknown (no town given and not matched to one town). */
  town_unknown: number;
  /** Rows whose county is unknown. */
  county_unknown: number;
  villages: TotalCheck;
  towns: TotalCheck;
  counties: TotalCheck;
  /** Plain statements for the user, differences first. */
  messages: Bilingual[];
}

function compare(found: number, expected: number, what: { zh: string; en: string; enOne: string }): TotalCheck {
  const en = `${found} ${found === 1 ? what.enOne : what.en}`;
  const ok = found === expected;
  return {
    found,
    expected,
    ok,
    message: ok
      ? { zh: `名单中有${found}个${what.zh}，与报告一致。`, en: `The list has ${en}, as the report says.` }
      : {
          zh: `名单中有${found}个${what.zh}，报告为${expected}个。`,
          en: `The list has ${en}, the report says ${expected}.`,
        },
  };
}

/**
 * Counts of a matched list and the check against the report's 128 villages / 37 towns / 3 counties.
 * Villages are counted once however often they appear; rows not yet matched count by name (within
 * their town); towns and counties count what is known, and the rows where they are not are stated.
 */
export function summariseMatches(
  results: readonly MatchResult[],
  expected: { villages: number; towns: number; counties: number } = REPORTED_TOTALS,
): MatchSummary {
  if (!Array.isArray(results)) throw new TypeError('summariseMatches: results must be an array');
  const villages = new Set<string>();
  const towns = new Set<string>();
  const counties = new Set<string>();
  let townUnknown = 0;
  let countyUnknown = 0;
  let named = 0;
  for (const r of results) {
    const key = villageKey(r);
    if (!key) continue;
    named++;
    villages.add(key);
    if (r.town_key) towns.add(r.town_key);
    else townUnknown++;
    if (r.county_code) counties.add(r.county_code);
    else countyUnknown++;
  }
  const count = (status: MatchResult['status']) => results.filter((r) => r.status === status).length;
  const summary: MatchSummary = {
    rows: results.length,
    matched: count('matched'),
    ambiguous: count('ambiguous'),
    unmatched: count('unmatched'),
    repeated_rows: named - villages.size,
    town_unknown: townUnknown,
    county_unknown: countyUnknown,
    villages: compare(villages.size, expected.villages, { zh: '村', en: 'villages', enOne: 'village' }),
    towns: compare(towns.size, expected.towns, { zh: '乡镇（街道）', en: 'towns', enOne: 'town' }),
    counties: compare(counties.size, expected.counties, {
      zh: '县（市、区）',
      en: 'county-level units',
      enOne: 'county-level unit',
    }),
    messages: [],
  };
  summary.messages = summaryMessages(summary);
  return summary;
}

const rows = (n: number) => `${n} row${n === 1 ? '' : 's'}`;

function summaryMessages(s: MatchSummary): Bilingual[] {
  const checks = [s.villages, s.towns, s.counties];
  const messages = [...checks.filter((c) => !c.ok), ...checks.filter((c) => c.ok)].map((c) => c.message);
  if (s.repeated_rows)
    messages.push({
      zh: `名单共${s.rows}行，其中${s.repeated_rows}行与前面的村重复。`,
      en: `The list has ${s.rows} rows; ${rows(s.repeated_rows)} ${s.repeated_rows === 1 ? 'repeats' : 'repeat'} a village listed before.`,
    });
  const open = s.ambiguous + s.unmatched;
  if (open)
    messages.push({
      zh: `${open}行尚未确定对应的村（${s.ambiguous}行有重名，${s.unmatched}行未找到），暂按名称计数。`,
      en: `${rows(open)} ${open === 1 ? 'is' : 'are'} not yet matched (${s.ambiguous} ambiguous, ${s.unmatched} not found) and counted by name.`,
    });
  if (s.town_unknown)
    messages.push({
      zh: `${s.town_unknown}行的乡镇无法确定，未计入乡镇数。`,
      en: `The town is unknown for ${rows(s.town_unknown)}, not counted among the towns.`,
    });
  if (s.county_unknown)
    messages.push({
      zh: `${s.county_unknown}行的县（市、区）无法确定，未计入。`,
      en: `The county is unknown for ${rows(s.county_unknown)}, not counted.`,
    });
  return messages;
}
