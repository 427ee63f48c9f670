/**
 * English names for county-level units and prefectures, generated from the Chinese names with
 * pinyin-pro and the kind implied by the NBS code, then corrected by the reviewed override table.
 */
import { pinyin } from 'pinyin-pro';
import type { CountyProperties } from '../../../src/lib/data/schemas/boundaries';
import type { NameOverride } from './name-overrides';

export type CountyKind = CountyProperties['kind'];

/** Ethnonyms used in the names of autonomous counties in Liaoning, in their usual English form. */
const ETHNONYMS: Record<string, string> = { 满族: 'Manchu', 蒙古族: 'Mongol' };

/**
 * Kind of a county-level unit from digits 5–6 of its NBS code: 01–20 district (区),
 * 21–80 county (县), 81–99 county-level city (市). Throws for 00 (the prefecture itself).
 */
export function kindFromCode(code: string): CountyKind {
  if (!/^\d{6}$/.test(code)) throw new Error(`${code}: not a 6-digit code`);
  const n = Number(code.slice(4));
  if (n >= 1 && n <= 20) return 'district';
  if (n >= 21 && n <= 80) return 'county';
  if (n >= 81) return 'city';
  throw new Error(`${code}: a prefecture code, not a county-level one`);
}

/**
 * Hanyu Pinyin of a Chinese place name as one capitalised word without tones, ü kept, and an
 * apostrophe before a syllable starting with a, o or e (Xi'an), as the place-name rules require.
 * Throws if a character has no reading, so a stray Latin letter or typo cannot slip through.
 */
export function romanise(zh: string): string {
  const syllables = pinyin(zh, { toneType: 'none', type: 'array', v: false, nonZh: 'removed' });
  if (syllables.length !== [...zh].length)
    throw new Error(`${zh}: ${syllables.length} syllables for ${[...zh].length} characters`);
  const word = syllables
    .map((s, i) => {
      if (!/^[a-zü]+$/.test(s)) throw new Error(`${zh}: unexpected syllable "${s}"`);
      return i > 0 && /^[aoe]/.test(s) ? `'${s}` : s;
    })
    .join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * English name of a county-level unit: "<Pinyin> District|New District|County|City", and
 * "<Pinyin> <Ethnonym> Autonomous County" for 自治县. Throws if the name's ending does not agree
 * with the kind from the code (a renamed or re-coded unit should be looked at, not guessed).
 */
export function generateCountyName(nameZh: string, kind: CountyKind): string {
  const fail = (why: string) => new Error(`${nameZh} (${kind}): ${why}`);
  if (kind === 'district') {
    if (nameZh.endsWith('新区')) return `${romanise(nameZh.slice(0, -2))} New District`;
    if (nameZh.endsWith('区')) return `${romanise(nameZh.slice(0, -1))} District`;
    throw fail('a district name should end in 区');
  }
  if (kind === 'county') {
    if (!nameZh.endsWith('县')) throw fail('a county name should end in 县');
    const auto = /^(.+?)(满族|蒙古族)自治县$/.exec(nameZh);
    if (auto) return `${romanise(auto[1])} ${ETHNONYMS[auto[2]]} Autonomous County`;
    if (nameZh.includes('自治')) throw fail('autonomous county of an ethnic group missing from ETHNONYMS');
    return `${romanise(nameZh.slice(0, -1))} County`;
  }
  if (!nameZh.endsWith('市')) throw fail('a county-level city name should end in 市');
  return `${romanise(nameZh.slice(0, -1))} City`;
}

/** English name of a prefecture-level city: the pinyin of its name without 市 and without suffix. */
export function generatePrefectureName(nameZh: string): string {
  if (!nameZh.endsWith('市')) throw new Error(`${nameZh}: a prefecture-level city name should end in 市`);
  return romanise(nameZh.slice(0, -1));
}

/**
 * The English name to publish: the override for `code` if there is one (its `name_zh` must match,
 * so a renamed unit fails loudly instead of keeping a stale spelling), otherwise `generated`.
 */
export function applyNameOverride(
  code: string,
  nameZh: string,
  generated: string,
  overrides: readonly NameOverride[],
): string {
  const o = overrides.find((x) => x.code === code);
  if (!o) return generated;
  if (o.name_zh !== nameZh)
    throw new Error(`name override for ${code} is for ${o.name_zh}, but the source says ${nameZh}`);
  return o.name_en;
}
