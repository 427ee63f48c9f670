import type { Geometry } from 'geojson';
import type { AttributeValue } from '../io/formats/types';
import type { InfraGeometry } from './classes';

/**
 * Readers for the values planners' tables hold: voltages, capacities and scenic grades written
 * in the many ways Chinese GIS and spreadsheet exports write them. Shared by the guesser (to
 * judge a column) and by applyMapping (to fill the feature), so both read a value the same way.
 */

/** A parsed number, `null` for an empty or "unknown" cell, or `ok: false` for text that is not a value of the kind. */
export type ParsedNumber = { ok: true; value: number | null } | { ok: false };

const EMPTY: ParsedNumber = { ok: true, value: null };
const BAD: ParsedNumber = { ok: false };
const ok = (value: number): ParsedNumber => ({ ok: true, value });

/** Cell texts that mean "no value" in Chinese and English tables. */
const MISSING = new Set([
  '',
  '-',
  '--',
  '—',
  '/',
  '无',
  '暂无',
  '未知',
  '不详',
  '空',
  'null',
  'none',
  'n/a',
  'na',
  'nan',
]);

/** The text a value is keyed by in `FieldMapping.classValues`: trimmed, numbers as JS prints them. */
export function valueKey(v: AttributeValue | undefined): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'string' ? v.trim() : String(v);
}

/** Trimmed text, or null when empty: names and refs are kept verbatim (HTML included, shown as text). */
export function textOf(v: AttributeValue | undefined): string | null {
  const s = valueKey(v);
  return s === '' ? null : s;
}

/** Full-width digits and letters (１１０ＫＶ) to ASCII, lower case, no spaces or thousands separators. */
function normalise(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\s,]/g, '');
}

export function isMissing(v: AttributeValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && MISSING.has(normalise(v)));
}

/** How a geometry is drawn, or null for types an infrastructure feature cannot have. */
export function geometryKind(g: Geometry | null | undefined): InfraGeometry | null {
  switch (g?.type) {
    case 'Point':
      return 'point';
    case 'LineString':
    case 'MultiLineString':
      return 'line';
    case 'Polygon':
    case 'MultiPolygon':
      return 'area';
    default:
      return null;
  }
}

const VOLTAGE_WITH_UNIT = /(\d+(?:\.\d+)?)(kv|千伏|伏|v)/g;
const NUMBER_LIST = /^[±+]?\d+(?:\.\d+)?(?:[/、~～-][±+]?\d+(?:\.\d+)?)*(?:kv|千伏)?$/;
const MAX_KV = 1500; // China's highest is ±1100 kV DC; anything above is a typo or not a voltage

/**
 * Voltage in kV of a table cell (for OSM tags see osm-tags.parseVoltageKv) from `220kV`, `220千伏`, `±800kV`, `220/66` (the highest), `35kV及以下`, or a number
 * (above 2000 it is taken as volts: `220000` → 220). `0` and "unknown" texts are null.
 */
export function parseVoltageCellKv(v: AttributeValue | undefined): ParsedNumber {
  if (isMissing(v)) return EMPTY;
  if (typeof v === 'boolean') return BAD;
  if (typeof v === 'number') return checkKv(v);
  const s = normalise(v as string);
  // A plain list ("220/66", "±800kV") gives its highest level; a unit at the end applies to all.
  if (NUMBER_LIST.test(s))
    return checkKv(Math.max(...(s.match(/\d+(?:\.\d+)?/g) ?? []).map(Number)), !/(kv|千伏)$/.test(s));
  const withUnit = [...s.matchAll(VOLTAGE_WITH_UNIT)].map(([, n, unit]) =>
    unit === 'v' || unit === '伏' ? Number(n) / 1000 : Number(n),
  );
  // Text like "220kV沈阳2号线" carries a unit; its other numbers are not voltages.
  return withUnit.length ? checkKv(Math.max(...withUnit), false) : BAD;
}

function checkKv(n: number, maybeVolts = true): ParsedNumber {
  if (!Number.isFinite(n) || n < 0) return BAD;
  if (n === 0) return EMPTY;
  // Above 2000 a bare number is volts (220000, 6300); 2023 is a year or a count, not a voltage.
  if (maybeVolts && n > 2000 && n % 100 !== 0) return BAD;
  const kv = maybeVolts && n > 2000 ? n / 1000 : n;
  return kv <= MAX_KV ? ok(kv) : BAD;
}

/** Capacity units to MW; 万千瓦 before 千瓦 so the longer unit wins. */
const CAPACITY_UNITS: [string, number][] = [
  ['万千瓦', 10],
  ['万kw', 10],
  ['gw', 1000],
  ['吉瓦', 1000],
  ['mwp', 1],
  ['mw', 1],
  ['兆瓦', 1],
  ['kwp', 0.001],
  ['kw', 0.001],
  ['千瓦', 0.001],
];
const UNIT_PATTERN = CAPACITY_UNITS.map(([u]) => u).join('|');
// "2×300MW", "2*350MW", "2台300MW" count the units; "4×600+2×1000MW" adds up.
const CAPACITY_TERM = new RegExp(`(?:(\\d+)(?:[×x*]|台套?))?(\\d+(?:\\.\\d+)?)(${UNIT_PATTERN})?`, 'g');
const UNIT_FACTOR = new Map(CAPACITY_UNITS);

/** MW per unit of a column whose name states its unit, e.g. `装机容量(万千瓦)` → 10; else 1 (MW). */
export function capacityFactorOfField(fieldName: string | null): number {
  const unit = normalise(fieldName ?? '').match(new RegExp(UNIT_PATTERN));
  return unit ? (UNIT_FACTOR.get(unit[0]) ?? 1) : 1;
}

/**
 * Installed capacity in MW from `600MW`, `60万千瓦` (600), `1.2GW`, `2×300MW`, or a bare number in
 * the column's unit (`factor`, see capacityFactorOfField). "Unknown" texts are null.
 */
export function parseCapacityMw(v: AttributeValue | undefined, factor = 1): ParsedNumber {
  if (isMissing(v)) return EMPTY;
  if (typeof v === 'boolean') return BAD;
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? ok(round(v * factor)) : BAD;
  const s = normalise(v as string);
  const terms = [...s.matchAll(CAPACITY_TERM)].filter((m) => m[2] !== undefined);
  const lastUnit = terms.findLast((m) => m[3])?.[3];
  if (!lastUnit) return /^\d+(?:\.\d+)?$/.test(s) ? ok(round(Number(s) * factor)) : BAD;
  // With a unit somewhere, only numbers carrying a unit (or sharing the last one across "+") count.
  let total = 0;
  for (const [, count, n, unit] of terms) {
    if (!unit && !s.includes('+')) continue;
    total += Number(count ?? 1) * Number(n) * (UNIT_FACTOR.get(unit ?? lastUnit) ?? 1);
  }
  return ok(round(total));
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5 };

/**
 * Scenic grade 1–5 from `5A`, `AAAAA`, `国家4A级旅游景区`, `五A`, or a number 1–5. Anything else is null:
 * the grade column is often the class column too, holding 农家乐 or 乡村旅游村, which have no grade.
 */
export function parseGrade(v: AttributeValue | undefined): number | null {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1 && v <= 5 ? v : null;
  if (typeof v !== 'string') return null;
  const s = v.normalize('NFKC').trim();
  const digit = s.match(/(?<![0-9])([1-5一二三四五])\s*[Aa](?![A-Za-z])/);
  if (digit) return CHINESE_DIGITS[digit[1]] ?? Number(digit[1]);
  // Upper-case runs only, so the "a" of an English word is not a grade.
  const letters = s.match(/(?<![A-Za-z0-9])(A{1,5})(?![A-Za-z0-9])/);
  if (letters) return letters[1].length;
  return /^[1-5]$/.test(s) ? Number(s) : null;
}
