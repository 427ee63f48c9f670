import type { Bilingual } from '../data/schemas/geojson';
import { parseCoordinate } from '../io/formats/csv-columns';
import type { AttributeValue } from '../io/formats/types';
import { cleanCode } from './normalise-name';

/**
 * Cell values of a village list as typed in Chinese spreadsheets: `2018年`, `2018.12`, Excel
 * serial dates, `5,230元`, `0.52万元`, projects separated by `、`. A value that cannot be read
 * gives a message instead (the field stays null, the row is kept).
 */
export type Parsed<T> = { value: T } | { problem: Bilingual };

/** Text of a cell, trimmed; null when empty. Numbers keep all their digits. */
export function cellText(v: AttributeValue | undefined): string | null {
  if (v === null || v === undefined) return null;
  const s = typeof v === 'number' && Number.isInteger(v) ? v.toFixed(0) : String(v);
  return s.trim() === '' ? null : s.trim();
}

/** Excel's day 0 is 1899-12-30 (the 1900 leap-year bug included). */
function yearOfExcelSerial(n: number): number {
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(n) * 86_400_000).getUTCFullYear();
}

/** A year: `2018`, `2018年`, `2018.12`, `2018-12-31`, or an Excel date serial (e.g. 43465). */
export function parseYear(v: AttributeValue | undefined, column: string): Parsed<number | null> {
  if (v === null || v === undefined || String(v).trim() === '') return { value: null };
  if (typeof v === 'number') {
    // `2019.12` typed for December 2019 arrives as a number.
    if (v >= 1949 && v < 2101) return { value: Math.floor(v) };
    if (v >= 18_000 && v <= 73_000) return { value: yearOfExcelSerial(v) };
  } else {
    const m = /(19[4-9]\d|20\d\d)/.exec(String(v).normalize('NFKC'));
    if (m) return { value: Number(m[1]) };
  }
  return {
    problem: {
      zh: `“${column}”列的“${v}”不是年份，已留空`,
      en: `"${v}" in column "${column}" is not a year; left empty`,
    },
  };
}

/** An amount in yuan: `5230`, `5,230元`, `0.52万元`; `perTenThousand` when the header says 万元. */
export function parseYuan(
  v: AttributeValue | undefined,
  column: string,
  perTenThousand: boolean,
): Parsed<number | null> {
  if (v === null || v === undefined || String(v).trim() === '') return { value: null };
  let scale = perTenThousand ? 10_000 : 1;
  let s = String(v).normalize('NFKC').replace(/[,\s]/g, '');
  if (/万元?$/.test(s)) [scale, s] = [10_000, s.replace(/万元?$/, '')];
  s = s.replace(/元$/, '');
  const n = typeof v === 'number' ? v * scale : /^\d+(\.\d+)?$/.test(s) ? Number(s) * scale : NaN;
  if (Number.isFinite(n) && n >= 0) return { value: Math.round(n * 100) / 100 };
  return {
    problem: {
      zh: `“${column}”列的“${v}”不是金额，已留空`,
      en: `"${v}" in column "${column}" is not an amount; left empty`,
    },
  };
}

/** Projects in one cell: split at `、，,;；/|` and line breaks. */
export function parseProjects(v: AttributeValue | undefined): string[] | null {
  const s = cellText(v);
  if (!s) return null;
  const items = s
    .split(/[、，,;；/|\n]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  return items.length ? items : null;
}

/**
 * A code cell: digits as typed; a 12-digit code Excel turned into `2.10283101001E+11` is recovered
 * only when the mantissa has all 12 digits (`2.10283E+11` is refused with advice).
 */
export function parseCode(v: AttributeValue | undefined, column: string): Parsed<string | null> {
  const s = cellText(v);
  if (!s) return { value: null };
  const code = cleanCode(s);
  if (/^\d(\.\d+)?e\+\d+$/i.test(code)) {
    const n = Number(code);
    const digits = code.split(/e/i)[0].replace('.', '').length;
    // Only a mantissa with every digit is trusted: `2.102831012E+11` may have lost a trailing digit.
    if (Number.isInteger(n) && digits === n.toFixed(0).length) return { value: n.toFixed(0) };
    return {
      problem: {
        zh: `“${column}”列的“${s}”被 Excel 写成了科学计数法，位数已丢失：请把该列设为文本后重新导出`,
        en: `"${s}" in column "${column}" was turned into scientific notation by Excel and lost digits: format the column as text and export again`,
      },
    };
  }
  return { value: code };
}

/** Rough bounds of the three counties, with a margin: positions outside are doubted, not dropped. */
const DALIAN_NORTH = { west: 120.8, east: 123.8, south: 38.6, north: 40.6 };

/**
 * [lon, lat] from two cells (decimal degrees, DMS, full-width digits). Swapped columns (lat in the
 * lon column) are put right with a message; positions outside WGS84 are refused; positions far from
 * the three counties are kept with a warning (they may be in another CRS or simply wrong).
 */
export function parsePosition(
  lonCell: AttributeValue | undefined,
  latCell: AttributeValue | undefined,
): { value: [number, number] | null; problem?: Bilingual } {
  const read = (c: AttributeValue | undefined) =>
    typeof c === 'number'
      ? c
      : c === null || c === undefined || String(c).trim() === ''
        ? null
        : parseCoordinate(String(c));
  let lon = read(lonCell);
  let lat = read(latCell);
  if (lon === null && lat === null) return { value: null };
  let problem: Bilingual | undefined;
  const inside = (x: number, y: number) =>
    x >= DALIAN_NORTH.west && x <= DALIAN_NORTH.east && y >= DALIAN_NORTH.south && y <= DALIAN_NORTH.north;
  if (lon !== null && lat !== null && !inside(lon, lat) && inside(lat, lon)) {
    [lon, lat] = [lat, lon];
    problem = { zh: '经度与纬度写反了，已对调', en: 'longitude and latitude were swapped; put right' };
  }
  if (lon === null || lat === null || Math.abs(lon) > 180 || Math.abs(lat) > 90)
    return {
      value: null,
      problem: {
        zh: `坐标“${lonCell ?? ''}, ${latCell ?? ''}”不是经纬度，已留空`,
        en: `"${lonCell ?? ''}, ${latCell ?? ''}" is not a longitude/latitude; position left empty`,
      },
    };
  if (!inside(lon, lat))
    problem = {
      zh: `坐标 ${lon}, ${lat} 不在普兰店、瓦房店、庄河一带，请核对`,
      en: `position ${lon}, ${lat} is outside 普兰店/瓦房店/庄河; check it`,
    };
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  return { value: [round(lon), round(lat)], problem };
}
