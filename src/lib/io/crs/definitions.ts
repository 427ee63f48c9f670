import type { CrsId } from '../formats/types';

/**
 * proj4 definitions for the coordinate systems Chinese GIS files come in, generated from the EPSG
 * numbering (checked against the EPSG names, e.g. 4529 = "CGCS2000 / 3-degree Gauss-Kruger zone 41",
 * CM 123°E; 4549 = "CGCS2000 / 3-degree Gauss-Kruger CM 120E"):
 *
 * | datum         | 6° zone 13–23 (prefixed) | 6° CM 75–135 | 3° zone 25–45 (prefixed) | 3° CM 75–135 |
 * |---------------|--------------------------|--------------|--------------------------|--------------|
 * | CGCS2000      | 4491–4501                | 4502–4512    | 4513–4533                | 4534–4554    |
 * | Xian 1980     | 2327–2337                | 2338–2348    | 2349–2369                | 2370–2390    |
 * | Beijing 1954  | 21413–21423              | 21473–21483  | 2401–2421                | 2422–2442    |
 *
 * A 6° zone n has its central meridian at 6n − 3; a 3° zone n at 3n. "Prefixed" codes put the zone
 * number in front of the easting (false easting n·10⁶ + 500 000 m).
 */

export type Datum = 'cgcs2000' | 'xian1980' | 'beijing1954';

/** A Gauss–Krüger projection, described by its datum, zone width and central meridian. */
export interface GkInfo {
  datum: Datum;
  width: 3 | 6;
  /** Central meridian, degrees east. */
  cm: number;
  /** Zone number when the easting carries it as a prefix. */
  zone: number | null;
}

export interface CrsDefinition {
  code: number;
  proj4: string;
  en: string;
  zh: string;
  gk?: GkInfo;
  /** True when the datum shift to WGS84 is approximate (errors up to tens of metres). */
  approximate?: boolean;
}

const DATUMS: Record<Datum, { en: string; zh: string; ellps: string; first: [number, number, number, number] }> = {
  // CGCS2000 uses the GRS80 ellipsoid (its flattening differs from GRS80's in the 11th digit) and
  // coincides with WGS84 to centimetres: no shift.
  cgcs2000: {
    en: 'CGCS2000',
    zh: 'CGCS2000',
    ellps: '+ellps=GRS80 +towgs84=0,0,0,0,0,0,0',
    first: [4491, 4502, 4513, 4534],
  },
  // No published Xian 1980 → WGS84 parameters: the coordinates are taken as they are (as PROJ's
  // ballpark transformation does), errors up to tens of metres.
  xian1980: {
    en: 'Xian 1980',
    zh: '西安1980',
    ellps: '+a=6378140 +b=6356755.288157528',
    first: [2327, 2338, 2349, 2370],
  },
  // PROJ's default 3-parameter shift for Beijing 1954; its accuracy is not published (tens of metres).
  beijing1954: {
    en: 'Beijing 1954',
    zh: '北京1954',
    ellps: '+ellps=krass +towgs84=15.8,-154.4,-82.3,0,0,0,0',
    first: [21413, 21473, 2401, 2422],
  },
};

function gkDefinition(gk: GkInfo, code: number): CrsDefinition {
  const d = DATUMS[gk.datum];
  const x0 = gk.zone === null ? 500000 : gk.zone * 1e6 + 500000;
  const three = gk.width === 3 ? '3-degree ' : '';
  const en =
    gk.zone === null ? `${d.en} / ${three}Gauss-Kruger CM ${gk.cm}E` : `${d.en} / ${three}Gauss-Kruger zone ${gk.zone}`;
  const zhZone =
    gk.zone === null ? `中央经线 ${gk.cm}°E（坐标无带号）` : `第 ${gk.zone} 带（中央经线 ${gk.cm}°E，坐标含带号）`;
  return {
    code,
    proj4: `+proj=tmerc +lat_0=0 +lon_0=${gk.cm} +k=1 +x_0=${x0} +y_0=0 ${d.ellps} +units=m +no_defs`,
    en,
    zh: `${d.zh} ${gk.width}度带高斯-克吕格投影 ${zhZone}`,
    gk,
    approximate: gk.datum !== 'cgcs2000',
  };
}

function buildTable(): Map<number, CrsDefinition> {
  const table = new Map<number, CrsDefinition>();
  const add = (d: CrsDefinition) => table.set(d.code, d);
  add({ code: 4326, proj4: '+proj=longlat +datum=WGS84 +no_defs', en: 'WGS 84', zh: 'WGS84 经纬度' });
  add({
    code: 4490,
    proj4: '+proj=longlat +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +no_defs',
    en: 'CGCS2000',
    zh: 'CGCS2000 经纬度',
  });
  add({
    code: 4610,
    proj4: `+proj=longlat ${DATUMS.xian1980.ellps} +no_defs`,
    en: 'Xian 1980',
    zh: '西安1980 经纬度',
    approximate: true,
  });
  add({
    code: 4214,
    proj4: `+proj=longlat ${DATUMS.beijing1954.ellps} +no_defs`,
    en: 'Beijing 1954',
    zh: '北京1954 经纬度',
    approximate: true,
  });
  // Spherical Web Mercator: no datum, so proj4 does no shift (which is what web maps mean).
  add({
    code: 3857,
    proj4: '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +no_defs',
    en: 'WGS 84 / Pseudo-Mercator (Web Mercator)',
    zh: 'Web 墨卡托（WGS84 / Pseudo-Mercator）',
  });
  for (const datum of Object.keys(DATUMS) as Datum[]) {
    const [zone6, cm6, zone3, cm3] = DATUMS[datum].first;
    for (let i = 0; i <= 10; i++) {
      add(gkDefinition({ datum, width: 6, cm: 75 + 6 * i, zone: 13 + i }, zone6 + i));
      add(gkDefinition({ datum, width: 6, cm: 75 + 6 * i, zone: null }, cm6 + i));
    }
    for (let i = 0; i <= 20; i++) {
      add(gkDefinition({ datum, width: 3, cm: 75 + 3 * i, zone: 25 + i }, zone3 + i));
      add(gkDefinition({ datum, width: 3, cm: 75 + 3 * i, zone: null }, cm3 + i));
    }
  }
  return table;
}

const TABLE = buildTable();

/** The definition of an EPSG code this module knows, or undefined. */
export function getCrsDefinition(code: number): CrsDefinition | undefined {
  return TABLE.get(code);
}

/** The EPSG code of a Gauss–Krüger projection, or undefined when outside the tables above. */
export function findGkCode(gk: GkInfo): number | undefined {
  for (const d of TABLE.values())
    if (d.gk && d.gk.datum === gk.datum && d.gk.width === gk.width && d.gk.cm === gk.cm && d.gk.zone === gk.zone)
      return d.code;
  return undefined;
}

/** All known EPSG definitions, in code order. */
export function listCrsDefinitions(): CrsDefinition[] {
  return [...TABLE.values()].sort((a, b) => a.code - b.code);
}

/** The proj4 definition string for a CRS, or null for WGS84-like and Chinese web-map systems. */
export function proj4DefinitionOf(crs: CrsId): string | null {
  if (crs.kind === 'proj4') return crs.definition;
  if (crs.kind === 'epsg') {
    const d = TABLE.get(crs.code);
    if (!d) throw new Error(`EPSG:${crs.code} has no definition in this atlas`);
    return d.proj4;
  }
  return null;
}

/** A stable key for a CRS (`wgs84`, `epsg:4529`, `proj4:<name>`), for comparisons and pickers. */
export function crsKey(crs: CrsId): string {
  if (crs.kind === 'epsg') return `epsg:${crs.code}`;
  if (crs.kind === 'proj4') return `proj4:${crs.name}`;
  return crs.kind;
}

const APPROXIMATE = {
  en: ' — approximate: no exact shift to WGS 84 is published, expect errors of up to tens of metres',
  zh: '——近似：没有公开的到 WGS84 的精确转换参数，误差可达数十米',
};

/** Text (Chinese and English) naming a CRS, as recorded on an imported layer. */
export function describeCrs(crs: CrsId): { zh: string; en: string } {
  switch (crs.kind) {
    case 'wgs84':
      return { zh: 'WGS84 经纬度（EPSG:4326）', en: 'WGS 84 longitude/latitude (EPSG:4326)' };
    case 'cgcs2000':
      return {
        zh: 'CGCS2000 经纬度（EPSG:4490），按 WGS84 处理（两者相差厘米级）',
        en: 'CGCS2000 longitude/latitude (EPSG:4490), treated as WGS 84 (they differ by centimetres)',
      };
    case 'gcj02':
      return {
        zh: 'GCJ-02（国测局加密坐标，高德、腾讯等网络地图）',
        en: 'GCJ-02 (the offset coordinates of Chinese web maps: Amap, Tencent …)',
      };
    case 'bd09':
      return { zh: 'BD-09（百度地图坐标）', en: 'BD-09 (Baidu Maps coordinates)' };
    case 'proj4':
      return { zh: `自定义坐标系（来自 .prj）：${crs.name}`, en: `custom CRS from the .prj: ${crs.name}` };
    case 'epsg': {
      const d = TABLE.get(crs.code);
      if (!d) return { zh: `EPSG:${crs.code}（本图集无此定义）`, en: `EPSG:${crs.code} (unknown to this atlas)` };
      return {
        zh: `${d.zh}（EPSG:${d.code}）${d.approximate ? APPROXIMATE.zh : ''}`,
        en: `${d.en} (EPSG:${d.code})${d.approximate ? APPROXIMATE.en : ''}`,
      };
    }
  }
}

/** One entry of the CRS picker. */
export interface CrsChoice {
  crs: CrsId;
  key: string;
  zh: string;
  en: string;
  /** True for the systems Liaoning data usually comes in (listed first). */
  common: boolean;
}

/** Gauss–Krüger codes for Liaoning (118°–126°E): 3° zones 40–42 / CM 120, 123, 126; 6° zones 20–22 / CM 117, 123. */
const LIAONING_GK = [4528, 4529, 4530, 4549, 4550, 4551, 4498, 4499, 4500, 4509, 4510];

/**
 * The CRS choices for a picker: WGS84, CGCS2000 and the Gauss–Krüger zones covering Liaoning first
 * (`common`), then the other CGCS2000, Xian 1980 and Beijing 1954 zones, Web Mercator, GCJ-02, BD-09.
 */
export function listCrsChoices(): CrsChoice[] {
  const choice = (crs: CrsId, common: boolean): CrsChoice => ({ crs, key: crsKey(crs), ...describeCrs(crs), common });
  const gkCodes = listCrsDefinitions()
    .filter((d) => d.gk && !LIAONING_GK.includes(d.code))
    .sort((a, b) => datumRank(a) - datumRank(b) || a.code - b.code)
    .map((d) => d.code);
  return [
    choice({ kind: 'wgs84' }, true),
    choice({ kind: 'cgcs2000' }, true),
    ...LIAONING_GK.map((code) => choice({ kind: 'epsg', code }, true)),
    ...gkCodes.map((code) => choice({ kind: 'epsg', code }, false)),
    choice({ kind: 'epsg', code: 4610 }, false),
    choice({ kind: 'epsg', code: 4214 }, false),
    choice({ kind: 'epsg', code: 3857 }, false),
    choice({ kind: 'gcj02' }, false),
    choice({ kind: 'bd09' }, false),
  ];
}

function datumRank(d: CrsDefinition): number {
  return d.gk ? ['cgcs2000', 'xian1980', 'beijing1954'].indexOf(d.gk.datum) : 3;
}
