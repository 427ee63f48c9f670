import proj4 from 'proj4';
import type { Bilingual } from '../../data/schemas/geojson';
import type { CrsDetection, CrsId } from '../formats/types';
import { describeCrs, findGkCode, getCrsDefinition, type Datum, type GkInfo } from './definitions';

export { detectCrsFromCoordinates, reconcileCrs } from './coordinates';

/**
 * Reads the CRS from a .prj (ESRI or OGC WKT): the outermost EPSG authority if known, else the
 * name (`CGCS2000_3_Degree_GK_Zone_40`, `GCS_WGS_1984`, `WGS_1984_Web_Mercator_Auxiliary_Sphere` …),
 * else proj4's own WKT parser, from whose central meridian and false easting a known Gauss–Krüger
 * code is found, or the WKT is kept as a custom (`proj4`) definition.
 */
export function detectCrsFromPrj(text: string): CrsDetection {
  const wkt = text.replace(/^\uFEFF/, '').trim();
  if (!wkt) return { crs: null, evidence: { zh: '.prj 文件为空', en: '.prj is empty' } };
  const head = /^\s*([A-Z_]+)\s*\[\s*"([^"]*)"/i.exec(wkt);
  const keyword = head?.[1].toUpperCase() ?? '';
  const name = head?.[2] ?? wkt.slice(0, 60);
  const label: Bilingual = { zh: `.prj 文件：${name}`, en: `.prj: ${name}` };
  const said = (crs: CrsId | null, how: Bilingual = { zh: '', en: '' }): CrsDetection => {
    const named = crs && describeCrs(crs);
    return {
      crs,
      evidence: {
        // No space before the arrow after a full-width bracket: `.prj 文件：x（EPSG:4529）→ …`.
        zh: `${label.zh}${how.zh}${named ? `${how.zh.endsWith('）') ? '' : ' '}→ ${named.zh}` : ''}`,
        en: `${label.en}${how.en}${named ? ` → ${named.en}` : ''}`,
      },
    };
  };

  const code = outerEpsgCode(wkt);
  const byCode = code === null ? null : crsFromEpsgCode(code);
  if (byCode) return said(byCode, { zh: `（EPSG:${code}）`, en: ` (EPSG:${code})` });

  const parsed = parseWithProj4(wkt);
  const byName = crsFromName(name, /^GEOG|^GEOD/.test(keyword));
  if (byName) {
    // Trust the name unless the parameters say otherwise (hand-edited .prj files exist).
    const clash = parsed && byName.kind === 'epsg' ? parameterClash(byName.code, parsed) : null;
    if (!clash) return said(byName);
  }
  if (!parsed)
    return said(null, {
      zh: ' 不是本图集能读取的坐标系；请选择坐标系',
      en: ' is not a coordinate system this atlas can read; choose one',
    });
  return fromParameters(parsed, wkt, name, label);
}

interface Parsed {
  projName: string;
  cm: number;
  x0: number;
  y0: number;
  k0: number;
  lat0: number;
  a: number;
}

function parseWithProj4(wkt: string): Parsed | null {
  try {
    const p = new proj4.Proj(wkt) as unknown as Record<string, unknown>;
    const num = (v: unknown, d: number) => (typeof v === 'number' && Number.isFinite(v) ? v : d);
    return {
      projName: String(p.projName ?? ''),
      cm: Math.round(((num(p.long0, 0) * 180) / Math.PI) * 1e9) / 1e9,
      x0: num(p.x0, 0),
      y0: num(p.y0, 0),
      k0: num(p.k0, 1),
      lat0: num(p.lat0, 0),
      a: num(p.a, 0),
    };
  } catch {
    return null;
  }
}

const TMERC = /^(tmerc|etmerc|transverse.?mercator|gauss.?kruger|gauss.?krüger)$/i;

function datumOfEllipsoid(a: number): Datum | null {
  if (Math.abs(a - 6378137) < 0.5) return 'cgcs2000';
  if (Math.abs(a - 6378140) < 0.5) return 'xian1980';
  if (Math.abs(a - 6378245) < 0.5) return 'beijing1954';
  return null;
}

function fromParameters(p: Parsed, wkt: string, name: string, label: Bilingual): CrsDetection {
  if (p.projName === 'longlat') {
    const datum = datumOfEllipsoid(p.a);
    const crs: CrsId | null =
      datum === 'cgcs2000'
        ? { kind: 'wgs84' }
        : datum === 'xian1980'
          ? { kind: 'epsg', code: 4610 }
          : datum === 'beijing1954'
            ? { kind: 'epsg', code: 4214 }
            : null;
    return crs
      ? {
          crs,
          evidence: {
            zh: `${label.zh}（地理坐标系，椭球长半轴 a = ${p.a} 米）→ ${describeCrs(crs).zh}`,
            en: `${label.en} (geographic, ellipsoid a = ${p.a} m) → ${describeCrs(crs).en}`,
          },
        }
      : {
          crs: null,
          evidence: {
            zh: `${label.zh}（地理坐标系，椭球未知：a = ${p.a} 米）：请选择坐标系`,
            en: `${label.en}: geographic on an unknown ellipsoid (a = ${p.a} m); choose the coordinate system`,
          },
        };
  }
  const params: Bilingual = {
    zh: `${p.projName}，中央经线 ${p.cm}°，东偏移量 ${p.x0} 米`,
    en: `${p.projName}, central meridian ${p.cm}°, false easting ${p.x0} m`,
  };
  const datum = datumOfEllipsoid(p.a);
  if (TMERC.test(p.projName) && datum && p.k0 === 1 && p.lat0 === 0 && p.y0 === 0) {
    const gk = gkFromParameters(datum, p.cm, p.x0);
    const code = gk && findGkCode(gk);
    if (code) {
      const crs: CrsId = { kind: 'epsg', code };
      const named = describeCrs(crs);
      return {
        crs,
        evidence: { zh: `${label.zh}（${params.zh}）→ ${named.zh}`, en: `${label.en} (${params.en}) → ${named.en}` },
      };
    }
  }
  return {
    crs: { kind: 'proj4', name, definition: wkt },
    evidence: {
      zh: `${label.zh}（${params.zh}），按文件中的定义用 proj4 转换`,
      en: `${label.en} (${params.en}), converted with proj4 as written`,
    },
  };
}

function gkFromParameters(datum: Datum, cm: number, x0: number): GkInfo | null {
  if (x0 === 500000) return { datum, width: cm % 3 === 0 ? 3 : 6, cm, zone: null };
  const zone = (x0 - 500000) / 1e6;
  if (!Number.isInteger(zone)) return null;
  if (zone >= 25 && zone <= 45 && cm === zone * 3) return { datum, width: 3, cm, zone };
  if (zone >= 13 && zone <= 23 && cm === zone * 6 - 3) return { datum, width: 6, cm, zone };
  return null;
}

function parameterClash(code: number, p: Parsed): boolean {
  const gk = getCrsDefinition(code)?.gk;
  if (!gk || !TMERC.test(p.projName)) return false;
  const x0 = gk.zone === null ? 500000 : gk.zone * 1e6 + 500000;
  return gk.cm !== p.cm || x0 !== p.x0;
}

/** The EPSG code in the outermost object's AUTHORITY / ID (not a nested datum's or unit's). */
function outerEpsgCode(wkt: string): number | null {
  const re = /(AUTHORITY|ID)\s*\[\s*"EPSG"\s*,\s*"?(\d+)"?/gi;
  let m: RegExpExecArray | null;
  let found: number | null = null;
  while ((m = re.exec(wkt))) if (depthAt(wkt, m.index) === 1) found = Number(m[2]);
  return found;
}

function depthAt(text: string, index: number): number {
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < index; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '[' || c === '(')) depth++;
    else if (!quoted && (c === ']' || c === ')')) depth--;
  }
  return depth;
}

/** The CRS for an EPSG code this atlas can convert, or null. */
export function crsFromEpsgCode(code: number): CrsId | null {
  if (code === 4326) return { kind: 'wgs84' };
  if (code === 4490) return { kind: 'cgcs2000' };
  if ([3857, 900913, 102100, 102113, 3785].includes(code)) return { kind: 'epsg', code: 3857 };
  return getCrsDefinition(code) ? { kind: 'epsg', code } : null;
}

/** The CRS an ESRI or EPSG name stands for, when the name alone says it (`geographic`: a GEOGCS). */
export function crsFromName(name: string, geographic: boolean): CrsId | null {
  const n = name
    .toLowerCase()
    .replace(/gauss[\s_-]*kr(u|ü)ger/g, 'gk')
    .replace(/[^a-z0-9]+/g, '_');
  const datum: Datum | null = /cgcs|china_geodetic|china_2000/.test(n)
    ? 'cgcs2000'
    : /xian|xi_an/.test(n)
      ? 'xian1980'
      : /beijing|bj_?54/.test(n)
        ? 'beijing1954'
        : null;
  if (geographic) {
    if (datum === 'cgcs2000') return { kind: 'cgcs2000' };
    if (datum === 'xian1980') return { kind: 'epsg', code: 4610 };
    if (datum === 'beijing1954') return { kind: 'epsg', code: 4214 };
    return /wgs_?(19)?84/.test(n) ? { kind: 'wgs84' } : null;
  }
  if (/web_mercator|pseudo_mercator|popular_visuali[sz]ation|google/.test(n)) return { kind: 'epsg', code: 3857 };
  if (!datum || !/(^|_)gk(_|$)/.test(n)) return null;
  const width = /3_?deg/.test(n) ? 3 : 6;
  const zoneMatch = /(?:zone_?|gk_)(\d+)(n?)(_|$)/.exec(n);
  const cmMatch = /cm_?(\d+)e?(_|$)/.exec(n);
  let gk: GkInfo | null = null;
  if (cmMatch) gk = { datum, width, cm: Number(cmMatch[1]), zone: null };
  else if (zoneMatch) {
    const zone = Number(zoneMatch[1]);
    const cm = width === 3 ? zone * 3 : zone * 6 - 3;
    // "Beijing_1954_GK_Zone_21N": the zone's meridian, eastings without the prefix.
    gk = { datum, width, cm, zone: zoneMatch[2] ? null : zone };
  }
  const code = gk && findGkCode(gk);
  return code ? { kind: 'epsg', code } : null;
}
