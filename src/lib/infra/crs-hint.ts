import gcoord from 'gcoord';
import type { Bilingual } from '../data/schemas/geojson';

/**
 * A hint that an imported layer's lon/lat are in GCJ-02 or BD-09 (the shifted datums of Chinese
 * web maps) although the file says or implies WGS84.
 *
 * Approach:
 * 1. Places we know. Features named like a county seat of the reference (`庄河市`, `庄河市人民政府`)
 *    are compared with the seat's position. The median offset (east, north in metres) is compared
 *    with the WGS→GCJ-02 and WGS→BD-09 offsets gcoord computes at those seats (about 300–600 m in
 *    Liaoning for GCJ-02, about 1 km more for BD-09). Within TOLERANCE_M of one of them → suggest it;
 *    within TOLERANCE_M of zero → no shift. The median, not the mean, so a seat recorded at a town
 *    centroid or a misnamed feature does not swing it; at least MIN_MATCHES places are needed.
 * 2. Column names. Without enough matching places, names the web-map APIs give their exports
 *    (gcj02, bd09, 百度, 高德, Amap's typecode/adname, Baidu's uid/street_id) suggest that datum.
 * Otherwise: no suggestion, "no sign of a shift". It is a hint for the planner, never applied silently.
 */

export type ShiftSuggestion = 'gcj02' | 'bd09' | null;

export interface CrsShiftReference {
  /** Known places in WGS84, e.g. county seats from data/boundaries/county-seats.geojson. */
  seats: { name: string; position: [number, number] }[];
  /** Feature names, index for index with `points`; null where a feature has none. */
  names?: (string | null)[];
}

const TOLERANCE_M = 150;
const MIN_MATCHES = 2;
/** Offsets smaller than this (outside China gcoord does not shift) cannot tell the datums apart. */
const MIN_EXPECTED_M = 100;
const SEAT_SUFFIXES = ['', '人民政府', '政府', '人民政府驻地', '政府驻地', '驻地'];

type Vec = [east: number, north: number];

/** Metres east and north from `a` to `b`; equirectangular, exact enough over a kilometre. */
function offsetMetres(a: [number, number], b: [number, number]): Vec {
  const lat = (((a[1] + b[1]) / 2) * Math.PI) / 180;
  return [(b[0] - a[0]) * 111_320 * Math.cos(lat), (b[1] - a[1]) * 110_574];
}

const dist = (a: Vec, b: Vec) => Math.hypot(a[0] - b[0], a[1] - b[1]);
const median = (xs: number[]) => {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const medianVec = (vs: Vec[]): Vec => [median(vs.map((v) => v[0])), median(vs.map((v) => v[1]))];
const m = (x: number) => `${Math.round(x)}`;

function shifted(p: [number, number], to: 'GCJ02' | 'BD09'): [number, number] {
  const [lon, lat] = gcoord.transform(p, gcoord.WGS84, gcoord[to]) as [number, number];
  return [lon, lat];
}

/**
 * Suggest GCJ-02 or BD-09 when the points look shifted like a Chinese web map's, with the evidence
 * in both languages. `points` are lon/lat as read (assumed WGS84); `fieldNames` are the layer's columns.
 */
export function suggestCrsShift(
  points: [number, number][],
  reference: CrsShiftReference,
  fieldNames: string[] = [],
): { suggestion: ShiftSuggestion; evidence: Bilingual } {
  if (!Array.isArray(points)) throw new TypeError('suggestCrsShift: points must be an array of [lon, lat]');
  if (!reference || !Array.isArray(reference.seats))
    throw new TypeError('suggestCrsShift: reference.seats must be an array');
  if (reference.names && reference.names.length !== points.length)
    throw new RangeError(
      `suggestCrsShift: ${reference.names.length} names for ${points.length} points; they go index for index`,
    );

  const byPlace = fromPlaces(points, reference);
  if (byPlace) return byPlace;
  const byField = fromFieldNames(fieldNames);
  if (byField) return byField;
  return { suggestion: null, evidence: { zh: '没有坐标偏移的迹象', en: 'no sign of a shift' } };
}

function fromPlaces(points: [number, number][], reference: CrsShiftReference) {
  const seatsByName = new Map<string, [number, number] | null>();
  for (const s of reference.seats) {
    const name = s.name.normalize('NFKC').trim();
    // A name two seats share (铁西区 in Shenyang and Anshan) identifies neither.
    seatsByName.set(name, seatsByName.has(name) ? null : s.position);
  }
  const found: { offset: Vec; gcj: Vec; bd: Vec; name: string }[] = [];
  reference.names?.forEach((raw, i) => {
    const name = raw?.normalize('NFKC').trim();
    const p = points[i];
    if (!name || !p || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return;
    const suffix = SEAT_SUFFIXES.find(
      (x) => name.endsWith(x) && seatsByName.get(name.slice(0, name.length - x.length)),
    );
    if (suffix === undefined) return;
    const seat = seatsByName.get(name.slice(0, name.length - suffix.length))!;
    const gcj = offsetMetres(seat, shifted(seat, 'GCJ02'));
    if (Math.hypot(...gcj) < MIN_EXPECTED_M) return;
    found.push({ offset: offsetMetres(seat, p), gcj, bd: offsetMetres(seat, shifted(seat, 'BD09')), name });
  });
  if (found.length < MIN_MATCHES) return null;
  const off = medianVec(found.map((f) => f.offset));
  const gcj = medianVec(found.map((f) => f.gcj));
  const bd = medianVec(found.map((f) => f.bd));
  const names = found.slice(0, 4).map((f) => f.name);
  const list = {
    zh: names.join('、') + (found.length > 4 ? ` 等 ${found.length} 处` : ''),
    en: names.join(', ') + (found.length > 4 ? ` and ${found.length - 4} more` : ''),
  };
  const off0 = Math.hypot(...off);
  const dir = `${m(off[0])} m E, ${m(off[1])} m N`;
  const dirZh = `东 ${m(off[0])} 米、北 ${m(off[1])} 米`;
  for (const [suggestion, expected, label] of [
    ['gcj02', gcj, 'GCJ-02'],
    ['bd09', bd, 'BD-09'],
  ] as const) {
    const miss = dist(off, expected);
    if (miss <= TOLERANCE_M)
      return {
        suggestion,
        evidence: {
          zh: `${found.length} 处已知地点（${list.zh}）与参考位置中位偏移${dirZh}，与 ${label} 偏移相差 ${m(miss)} 米：坐标可能是 ${label}`,
          en: `${found.length} known places (${list.en}) sit a median ${dir} from their reference positions, within ${m(miss)} m of the ${label} shift: the coordinates are probably ${label}`,
        },
      };
  }
  if (off0 <= TOLERANCE_M)
    return {
      suggestion: null,
      evidence: {
        zh: `${found.length} 处已知地点（${list.zh}）与参考位置中位相差 ${m(off0)} 米：没有坐标偏移的迹象`,
        en: `${found.length} known places (${list.en}) are a median ${m(off0)} m from their reference positions: no sign of a shift`,
      },
    };
  return null; // Offsets that match neither: the places are imprecise; let the column names speak.
}

const FIELD_FINGERPRINTS: [ShiftSuggestion, RegExp, Bilingual][] = [
  [
    'bd09',
    /bd-?09|baidu|百度|bd_?(lng|lat|lon|x|y)/i,
    { zh: '列名提到百度/BD-09', en: 'column names mention Baidu / BD-09' },
  ],
  [
    'gcj02',
    /gcj-?02|gcj|火星|高德|gaode|amap|autonavi|腾讯|tencent/i,
    { zh: '列名提到高德/腾讯/GCJ-02', en: 'column names mention Amap / Tencent / GCJ-02' },
  ],
];
/** Columns of the web-map POI APIs' own exports: two of a set is a fingerprint. */
const API_COLUMNS: [ShiftSuggestion, string[], Bilingual][] = [
  [
    'gcj02',
    ['typecode', 'adname', 'pname', 'cityname', 'adcode', 'biz_type'],
    {
      zh: '列像高德 POI 接口导出（typecode、adname…）',
      en: 'columns look like an Amap POI export (typecode, adname …)',
    },
  ],
  [
    'bd09',
    ['uid', 'street_id', 'detail_info', 'detail'],
    {
      zh: '列像百度地点检索导出（uid、street_id…）',
      en: 'columns look like a Baidu place-search export (uid, street_id …)',
    },
  ],
];

function fromFieldNames(fieldNames: string[]) {
  for (const [suggestion, re, why] of FIELD_FINGERPRINTS) {
    const hit = fieldNames.filter((f) => re.test(f));
    if (hit.length)
      return { suggestion, evidence: { zh: `${why.zh}（${hit.join('、')}）`, en: `${why.en} (${hit.join(', ')})` } };
  }
  const lower = new Set(fieldNames.map((f) => f.toLowerCase()));
  for (const [suggestion, cols, why] of API_COLUMNS) {
    const hit = cols.filter((c) => lower.has(c));
    if (hit.length >= 2)
      return { suggestion, evidence: { zh: `${why.zh}：${hit.join('、')}`, en: `${why.en}: ${hit.join(', ')}` } };
  }
  return null;
}
