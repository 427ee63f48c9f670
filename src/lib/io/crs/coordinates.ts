import type { Bilingual } from '../../data/schemas/geojson';
import type { Bbox } from '../formats/geometry';
import type { CrsDetection, CrsId } from '../formats/types';
import { describeCrs, getCrsDefinition } from './definitions';
import { positionToWgs84 } from './transform';

/** Web Mercator's extent (m): the projected world is ±20 037 508 m wide. */
const MERCATOR_MAX = 20037508.35;

/** A number for evidence text: `121.61`, `4.15e7`. */
export function formatCoordinate(v: number): string {
  if (Math.abs(v) < 1e4) return String(Math.round(v * 1e4) / 1e4);
  return v.toPrecision(3).replace('e+', 'e');
}

function range(min: number, max: number): string {
  return min === max ? formatCoordinate(min) : `${formatCoordinate(min)}…${formatCoordinate(max)}`;
}

/** The extent as evidence quotes it: `x 121.5…122.3, y 39…40` (Chinese with a full-width comma). */
function seenOf([minX, minY, maxX, maxY]: Bbox): Bilingual {
  const [x, y] = [range(minX, maxX), range(minY, maxY)];
  return { zh: `x ${x}，y ${y}`, en: `x ${x}, y ${y}` };
}

function looksLikeDegrees([minX, minY, maxX, maxY]: Bbox): boolean {
  return minX >= -180 && maxX <= 180 && minY >= -90 && maxY <= 90;
}

const CHECK_WHERE = { zh: '请核对图层在地图上的位置', en: 'check where the layer lands' };

/**
 * Guesses the CRS from the coordinates' extent alone: degrees → WGS84; 8-digit eastings → the
 * Gauss–Krüger zone in their prefix; 6-digit eastings about 500 000 m → Gauss–Krüger without a
 * prefix, whose zone the user must choose (crs null); other values within ±2.0e7 → maybe Web
 * Mercator.
 */
export function detectCrsFromCoordinates(bbox: Bbox | null): CrsDetection {
  if (!bbox)
    return {
      crs: null,
      evidence: { zh: '没有坐标，无法判断坐标系', en: 'no coordinates to tell the coordinate system from' },
    };
  const [minX, minY, maxX, maxY] = bbox;
  const seen = seenOf(bbox);
  if (looksLikeDegrees(bbox))
    return {
      crs: { kind: 'wgs84' },
      evidence: {
        zh: `坐标看起来是经纬度（${seen.zh}）：按 WGS84 / CGCS2000 处理——如果来自国内网络地图，请改选国测局坐标 GCJ-02 或百度坐标 BD-09`,
        en: `coordinates look like degrees (${seen.en}): taken as WGS 84 / CGCS2000 — choose GCJ-02 or BD-09 if they come from a Chinese web map`,
      },
    };
  const northings = minY >= 0 && maxY < 1e7;
  if (minX >= 1e7 && maxX < 4.6e7 && northings) {
    const zone = Math.floor(minX / 1e6);
    if (zone !== Math.floor(maxX / 1e6))
      return {
        crs: null,
        evidence: {
          zh: `东坐标 ${range(minX, maxX)} 的带号不一致：请选择坐标系`,
          en: `eastings ${range(minX, maxX)} carry different zone prefixes: choose the coordinate system`,
        },
      };
    return prefixedEastings(zone, seen, maxX);
  }
  if (minY >= 1e7 && maxY < 4.6e7 && minX >= 0 && maxX < 1e7)
    return {
      crs: null,
      evidence: {
        zh: `坐标的 x、y 像是颠倒了（${seen.zh}）：y 像含带号的东坐标，x 像北坐标——请对调 x 和 y`,
        en: `coordinates look swapped (${seen.en}): y looks like a zone-prefixed easting and x like a northing — swap x and y`,
      },
    };
  if (minX >= 1e5 && maxX < 1e6 && northings)
    return {
      crs: null,
      evidence: {
        zh: `坐标像是不含带号的高斯-克吕格投影坐标，单位为米（${seen.zh}）：无法据此判断中央经线——请选择投影带（辽宁：中央经线 120°E、123°E 或 126°E）`,
        en: `coordinates look like Gauss–Krüger metres without a zone prefix (${seen.en}): the central meridian cannot be told from them — choose the zone (Liaoning: CM 120°E, 123°E or 126°E)`,
      },
    };
  if (Math.max(Math.abs(minX), Math.abs(maxX), Math.abs(minY), Math.abs(maxY)) <= MERCATOR_MAX)
    return {
      crs: { kind: 'epsg', code: 3857 },
      evidence: {
        zh: `坐标是 ±2.0e7 以内的大数（${seen.zh}）：可能是 Web 墨卡托（EPSG:3857）——${CHECK_WHERE.zh}`,
        en: `coordinates are large numbers within ±2.0e7 (${seen.en}): maybe Web Mercator (EPSG:3857) — ${CHECK_WHERE.en}`,
      },
    };
  return {
    crs: null,
    evidence: {
      zh: `坐标（${seen.zh}）不符合本图集已知的任何坐标系：请选择坐标系`,
      en: `coordinates (${seen.en}) fit no coordinate system this atlas knows: choose one`,
    },
  };
}

function prefixedEastings(zone: number, seen: Bilingual, maxX: number): CrsDetection {
  const found = (code: number): CrsDetection => {
    const named = describeCrs({ kind: 'epsg', code });
    return {
      crs: { kind: 'epsg', code },
      evidence: {
        zh: `坐标像是以米为单位、东坐标含带号 ${zone} 的平面坐标（${seen.zh}）：${named.zh}，假定基准为 CGCS2000`,
        en: `coordinates look like metres with zone prefix ${zone} in the eastings (${seen.en}): ${named.en}, datum assumed CGCS2000`,
      },
    };
  };
  if (zone >= 25 && zone <= 45) return found(4513 + zone - 25);
  // Web Mercator eastings of eastern China (x ≈ 1.3e7–1.5e7) also start 13–15, like 6° zones 13–15
  // of far-western China; for an atlas of Liaoning, Web Mercator is the likelier reading.
  if (zone >= 13 && zone <= 15 && maxX <= MERCATOR_MAX)
    return {
      crs: { kind: 'epsg', code: 3857 },
      evidence: {
        zh: `坐标是 ±2.0e7 以内的大数（${seen.zh}）：可能是 Web 墨卡托（EPSG:3857），也可能是 6 度带高斯-克吕格投影第 ${zone} 带（中央经线 ${zone * 6 - 3}°E）——${CHECK_WHERE.zh}`,
        en: `coordinates are large numbers within ±2.0e7 (${seen.en}): maybe Web Mercator (EPSG:3857), or 6° Gauss–Krüger zone ${zone} (CM ${zone * 6 - 3}°E) — ${CHECK_WHERE.en}`,
      },
    };
  if (zone >= 13 && zone <= 23) return found(4491 + zone - 13);
  return {
    crs: null,
    evidence: {
      zh: `坐标（${seen.zh}）的东坐标为 8 位数，但 ${zone} 不是高斯-克吕格投影的带号：请选择坐标系`,
      en: `coordinates (${seen.en}) have 8-digit eastings, but ${zone} is no Gauss–Krüger zone: choose the coordinate system`,
    },
  };
}

/** Why `crs` cannot be right for coordinates within `bbox`, or null when it can. */
export function crsMismatch(crs: CrsId, bbox: Bbox): Bilingual | null {
  const [minX, minY, maxX, maxY] = bbox;
  const x = range(minX, maxX);
  const geographic =
    crs.kind === 'wgs84' ||
    crs.kind === 'cgcs2000' ||
    crs.kind === 'gcj02' ||
    crs.kind === 'bd09' ||
    (crs.kind === 'epsg' && [4326, 4490, 4610, 4214].includes(crs.code));
  if (geographic) {
    const seen = seenOf(bbox);
    return looksLikeDegrees(bbox)
      ? null
      : {
          zh: `坐标不是经纬度（${seen.zh}，看起来是米）`,
          en: `the coordinates are not degrees (${seen.en}: they look like metres)`,
        };
  }
  if (looksLikeDegrees(bbox))
    return { zh: `坐标看起来是经纬度（x ${x}），不是米`, en: `the coordinates look like degrees (x ${x}), not metres` };
  const gk = crs.kind === 'epsg' ? getCrsDefinition(crs.code)?.gk : undefined;
  if (gk && gk.zone !== null && (Math.floor(minX / 1e6) !== gk.zone || Math.floor(maxX / 1e6) !== gk.zone))
    return {
      zh: `东坐标（x ${x}）的开头不是带号 ${gk.zone}`,
      en: `the eastings (x ${x}) do not carry the zone prefix ${gk.zone}`,
    };
  if (gk && gk.zone === null && (minX < 0 || maxX >= 1e6))
    return {
      zh: `东坐标（x ${x}）不在 0–1 000 000 米之间（不含带号时应在此范围内）`,
      en: `the eastings (x ${x}) are not within 0–1 000 000 m, as they would be without a zone prefix`,
    };
  for (const corner of [
    [minX, minY],
    [maxX, maxY],
  ]) {
    let p: number[];
    try {
      p = positionToWgs84(corner, crs);
    } catch {
      p = [NaN, NaN];
    }
    if (!Number.isFinite(p[0]) || !Number.isFinite(p[1]) || Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90) {
      const at = `[${corner.map(formatCoordinate).join(', ')}]`;
      return { zh: `角点 ${at} 无法换算为经纬度`, en: `the corner ${at} does not convert to a longitude/latitude` };
    }
  }
  return null;
}

/**
 * Combines what a file declares (a .prj, a GeoJSON `crs` member, "KML is WGS84") with what its
 * coordinates say: when they disagree the coordinates win and the evidence says so. Each language
 * is joined on its own, with its own punctuation.
 */
export function reconcileCrs(declared: CrsDetection, bbox: Bbox | null): CrsDetection {
  if (!bbox) return declared;
  const fromCoordinates = detectCrsFromCoordinates(bbox);
  const [said, seen] = [declared.evidence, fromCoordinates.evidence];
  if (!declared.crs)
    return { crs: fromCoordinates.crs, evidence: { zh: `${said.zh}；${seen.zh}`, en: `${said.en}; ${seen.en}` } };
  const mismatch = crsMismatch(declared.crs, bbox);
  if (!mismatch) return declared;
  return {
    crs: fromCoordinates.crs,
    evidence: {
      zh: `${said.zh}——但${mismatch.zh}，因此声明的坐标系与坐标不符，不予采用；${seen.zh}`,
      en: `${said.en} — but ${mismatch.en}, so the declared system disagrees with the coordinates and is not used; ${seen.en}`,
    },
  };
}
