import type { AttributeValue } from './types';

/** Where a CSV's geometry is: a lon/lat column pair or a WKT column (indexes into the header). */
export type GeometryColumns =
  { kind: 'point'; lon: number; lat: number; guessed: boolean } | { kind: 'wkt'; wkt: number };

const LON = /^(lon|lng|long|longitude|x|pointx|xcoord|xcoordinate|east|easting|经度|东经|x坐标|横坐标)$/;
const LAT = /^(lat|latitude|y|pointy|ycoord|ycoordinate|north|northing|纬度|北纬|y坐标|纵坐标)$/;
const LON_LOOSE = /经度|东经|^(lon|lng|longitude)/;
const LAT_LOOSE = /纬度|北纬|^(lat|latitude)/;
const WKT = /^(wkt|wktgeom|geometry|geom|thegeom|shape|geometrywkt|坐标串|几何|空间坐标|wkt坐标)$/;

/** `Longitude (°)` → `longitude`, `POINT_X` → `pointx`, `经度（WGS84）` → `经度`. */
function normalizeHeader(h: string): string {
  return h
    .trim()
    .toLowerCase()
    .replace(/[(（[【].*?[)）\]】]/g, '')
    .replace(/[\s_\-.]/g, '');
}

function find(headers: readonly string[], ...patterns: RegExp[]): number {
  const normalized = headers.map(normalizeHeader);
  for (const re of patterns) {
    const i = normalized.findIndex((h) => re.test(h));
    if (i >= 0) return i;
  }
  return -1;
}

/**
 * Chooses the geometry columns: those named in `chosen` (ReadOptions.csv), else a WKT column, else
 * a lon/lat pair guessed from the headers (lon, lng, x, 经度, 东经 … / lat, y, 纬度, 北纬 …).
 * Returns a message instead when nothing fits.
 */
export function chooseGeometryColumns(
  headers: readonly string[],
  chosen: { lon?: string; lat?: string; wkt?: string } = {},
): GeometryColumns | string {
  const listed = `the columns are: ${headers.map((h) => `"${h}"`).join(', ')}`;
  const exact = (name: string, role: string): number | string => {
    const i = headers.indexOf(name);
    return i >= 0 ? i : `the ${role} column "${name}" is not in the header; ${listed}`;
  };
  if (chosen.wkt) {
    const wkt = exact(chosen.wkt, 'WKT');
    return typeof wkt === 'string' ? wkt : { kind: 'wkt', wkt };
  }
  if (chosen.lon || chosen.lat) {
    if (!chosen.lon || !chosen.lat) return 'choose both the longitude and the latitude column';
    const lon = exact(chosen.lon, 'longitude');
    const lat = exact(chosen.lat, 'latitude');
    if (typeof lon === 'string') return lon;
    if (typeof lat === 'string') return lat;
    return { kind: 'point', lon, lat, guessed: false };
  }
  const wkt = find(headers, WKT);
  if (wkt >= 0) return { kind: 'wkt', wkt };
  const lon = find(headers, LON, LON_LOOSE);
  const lat = find(headers, LAT, LAT_LOOSE);
  if (lon >= 0 && lat >= 0 && lon !== lat) return { kind: 'point', lon, lat, guessed: true };
  return `no coordinate columns found: expected longitude/latitude columns (lon/lat, lng, x/y, 经度/纬度 …) or a WKT column (wkt, geometry …); ${listed}`;
}

const PLAIN = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const THOUSANDS = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const DECIMAL_COMMA = /^[-+]?\d+,\d+$/;
const HEMISPHERE = /^(东经|西经|北纬|南纬|[NSEW东西南北])\s*|\s*(东经|西经|北纬|南纬|[NSEW东西南北])$/gi;
const DMS =
  /^([-+]?\d+(?:\.\d+)?)\s*(?:°|º|度|d|:|\s)\s*(?:(\d+(?:\.\d+)?)\s*(?:'|′|’|分|m|:|\s)?\s*(?:(\d+(?:\.\d+)?)\s*(?:"|″|”|''|秒|s)?)?)?$/i;

/**
 * Reads a coordinate as written in spreadsheets: `121.6`, `121,6` (decimal comma), `4,540,123.5`
 * (thousands), full-width digits, and degrees-minutes-seconds (`121°36'30.5"E`, `东经121度36分30.5秒`,
 * `40 7 12 N`; S and W negative). Returns null when it is not a number.
 */
export function parseCoordinate(text: string): number | null {
  let s = text.trim();
  // Full-width digits and signs (１２１．５) as typed with a Chinese input method.
  if (/[\u0080-\uffff]/.test(s))
    s = s
      .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(/\u3000/g, ' ')
      .replace(/[−–]/g, '-');
  if (PLAIN.test(s)) return Number(s);
  if (THOUSANDS.test(s) && (s.includes('.') || s.indexOf(',') !== s.lastIndexOf(',')))
    return Number(s.replace(/,/g, ''));
  if (DECIMAL_COMMA.test(s)) return Number(s.replace(',', '.'));
  let south = false;
  const bare = s
    .replace(HEMISPHERE, (m) => {
      if (/[SW西南]/i.test(m)) south = true;
      return '';
    })
    .trim();
  if (bare !== s && PLAIN.test(bare)) return (south ? -1 : 1) * Math.abs(Number(bare));
  const m = DMS.exec(bare);
  if (!m) return null;
  const [deg, min, sec] = [Number(m[1]), m[2] ? Number(m[2]) : 0, m[3] ? Number(m[3]) : 0];
  if (min >= 60 || sec >= 60) return null;
  const value = Math.abs(deg) + min / 60 + sec / 3600;
  return south || m[1].startsWith('-') ? -value : value;
}

const NUMBER_CELL = /^-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?$/;

/** A CSV cell as an attribute: empty → null; plain decimal numbers (no leading zeros, ≤ 15 characters) → number; else the text. */
export function cellValue(text: string | undefined): AttributeValue {
  if (text === undefined || text === '') return null;
  if (text.length <= 15 && NUMBER_CELL.test(text)) return Number(text);
  return text;
}
