import { pinyin } from 'pinyin-pro';

/** dBASE III limits the shapefile world still lives with. */
export const DBF_NAME_BYTES = 10;
export const DBF_TEXT_BYTES = 254;
const DBF_NUMBER_WIDTH = 20;

/** One .dbf column planned from a GeoJSON property. */
export interface DbfFieldPlan {
  /** The property name in the GeoJSON. */
  original: string;
  /** The .dbf field name: ASCII, ≤ 10 bytes, unique regardless of case. */
  name: string;
  type: 'C' | 'N' | 'L';
  length: number;
  decimals: number;
  /** Why the field is not what a reader might expect (mixed types written as text …). */
  notes: string[];
  /** True for the field that holds `feature.id` (then `original` is its column name, not a property). */
  featureId?: boolean;
}

/**
 * An ASCII field name of at most 10 bytes for `original`, not in `taken` (compared without case):
 * Chinese becomes toneless pinyin (`人口` → `renkou`), other characters `_`; a long name keeps a
 * short last segment or its trailing digits (`population_2020` → `popul_2020`, `prefecture_zh` →
 * `prefect_zh`); clashes get `_2`, `_3` … at the end.
 */
export function shortFieldName(original: string, taken: Set<string>): string {
  const latin = pinyin(original, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).join('');
  let base = latin
    .replace(/[^A-Za-z0-9_]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '');
  if (base === '') base = 'field';
  if (!/^[A-Za-z]/.test(base)) base = `f${base}`;
  if (base.length > DBF_NAME_BYTES) {
    // Keep what tells similar names apart: a short last segment (`_zh`, `_code`, `_2020`) or trailing digits.
    const tail = /^(.+)_([A-Za-z0-9]{1,5})$/.exec(base);
    const digits = /^(.+?)(\d{1,6})$/.exec(base);
    // A cut ending in `_` would double it (`feature_id_2` → `feature__2`): trimmed.
    if (tail) base = `${tail[1].slice(0, DBF_NAME_BYTES - 1 - tail[2].length).replace(/_+$/, '')}_${tail[2]}`;
    else if (digits) base = digits[1].slice(0, DBF_NAME_BYTES - digits[2].length) + digits[2];
    else base = base.slice(0, DBF_NAME_BYTES);
  }
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = `_${n}`;
    name = base.slice(0, DBF_NAME_BYTES - suffix.length) + suffix;
  }
  taken.add(name.toLowerCase());
  return name;
}

/** Digits after the decimal point in the shortest text of `v`, or null when that text uses an exponent. */
function fractionDigits(v: number): number | null {
  const s = String(v);
  if (/e/i.test(s)) return null;
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

const encoder = new TextEncoder();

/**
 * The .dbf column for one property, from all its values: booleans only → L; finite numbers only →
 * N (decimals = the most any value needs, so every value reads back exactly; 0 for integers);
 * anything else → C wide enough for the longest UTF-8 text, at most 254 bytes.
 */
export function planField(original: string, name: string, values: readonly unknown[]): DbfFieldPlan {
  const present = values.filter((v) => v !== null && v !== undefined);
  const notes: string[] = [];
  const plan = (type: DbfFieldPlan['type'], length: number, decimals = 0): DbfFieldPlan => ({
    original,
    name,
    type,
    length,
    decimals,
    notes,
  });
  if (present.length > 0 && present.every((v) => typeof v === 'boolean')) return plan('L', 1);
  if (present.length > 0 && present.every((v) => typeof v === 'number' && Number.isFinite(v))) {
    const digits = (present as number[]).map(fractionDigits);
    if (digits.every((d) => d !== null && d <= 15)) {
      const decimals = Math.max(...(digits as number[]));
      const width = Math.max(...(present as number[]).map((v) => v.toFixed(decimals).length));
      if (width <= DBF_NUMBER_WIDTH) return plan('N', width, decimals);
    }
    notes.push(`numbers too long or too precise for a dBASE number field: written as text`);
  } else if (present.some((v) => typeof v === 'object'))
    notes.push('nested values (objects, lists) written as JSON text');
  else if (new Set(present.map((v) => typeof v)).size > 1) notes.push('mixed value types written as text');
  const bytes = Math.max(1, ...present.map((v) => encoder.encode(textOf(v)).length));
  return plan('C', Math.min(bytes, DBF_TEXT_BYTES));
}

/** The widest integer written as a number field: wider ids are text. */
const ID_NUMBER_WIDTH = 18;

/**
 * The .dbf column for `feature.id` (`ids`: one per feature, null where there is none): N(w,0) when
 * every id is a JSON number that is an integer of at most 18 characters, else C, so string ids
 * such as "210102" read back as the same strings.
 */
export function planIdField(original: string, name: string, ids: readonly (string | number | null)[]): DbfFieldPlan {
  const present = ids.filter((v) => v !== null);
  const numbers = present.filter((v) => typeof v === 'number');
  const fits = (v: number) => Number.isInteger(v) && v.toFixed(0).length <= ID_NUMBER_WIDTH;
  const notes: string[] = [];
  const plan = (type: 'C' | 'N', length: number) =>
    ({ original, name, type, length, decimals: 0, notes, featureId: true }) satisfies DbfFieldPlan;
  if (present.length > 0 && numbers.length === present.length && numbers.every(fits))
    return plan('N', Math.max(...numbers.map((v) => v.toFixed(0).length)));
  if (numbers.length > 0 && numbers.length < present.length) notes.push('number and text ids mixed: written as text');
  else if (numbers.length > 0) notes.push(`ids not integers of at most ${ID_NUMBER_WIDTH} characters: written as text`);
  const bytes = Math.max(1, ...present.map((v) => encoder.encode(String(v)).length));
  return plan('C', Math.min(bytes, DBF_TEXT_BYTES));
}

/** A value as .dbf text (objects as JSON). */
export function textOf(v: unknown): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/**
 * `text` as UTF-8 of at most `max` bytes, cut before a character that would not fit whole
 * (never inside a multi-byte sequence); `cut` tells whether anything was dropped.
 */
export function utf8Within(text: string, max: number): { bytes: Uint8Array; cut: boolean } {
  const bytes = encoder.encode(text);
  if (bytes.length <= max) return { bytes, cut: false };
  let end = max;
  while (end > 0 && (bytes[end] & 0xc0) === 0x80) end--;
  return { bytes: bytes.subarray(0, end), cut: true };
}
