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

function looksLikeDegrees([minX, minY, maxX, maxY]: Bbox): boolean {
  return minX >= -180 && maxX <= 180 && minY >= -90 && maxY <= 90;
}

/**
 * Guesses the CRS from the coordinates' extent alone: degrees → WGS84; 8-digit eastings → the
 * Gauss–Krüger zone in their prefix; 6-digit eastings about 500 000 m → Gauss–Krüger without a
 * prefix, whose zone the user must choose (crs null); other values within ±2.0e7 → maybe Web
 * Mercator.
 */
export function detectCrsFromCoordinates(bbox: Bbox | null): CrsDetection {
  if (!bbox) return { crs: null, evidence: 'no coordinates to tell the coordinate system from' };
  const [minX, minY, maxX, maxY] = bbox;
  const seen = `x ${range(minX, maxX)}, y ${range(minY, maxY)}`;
  if (looksLikeDegrees(bbox))
    return {
      crs: { kind: 'wgs84' },
      evidence: `coordinates look like degrees (${seen}): taken as WGS 84 / CGCS2000 — choose GCJ-02 or BD-09 if they come from a Chinese web map`,
    };
  const northings = minY >= 0 && maxY < 1e7;
  if (minX >= 1e7 && maxX < 4.6e7 && northings) {
    const zone = Math.floor(minX / 1e6);
    if (zone !== Math.floor(maxX / 1e6))
      return {
        crs: null,
        evidence: `eastings ${range(minX, maxX)} carry different zone prefixes: choose the coordinate system`,
      };
    return prefixedEastings(zone, seen, maxX);
  }
  if (minY >= 1e7 && maxY < 4.6e7 && minX >= 0 && maxX < 1e7)
    return {
      crs: null,
      evidence: `coordinates look swapped (${seen}): y looks like a zone-prefixed easting and x like a northing — swap x and y`,
    };
  if (minX >= 1e5 && maxX < 1e6 && northings)
    return {
      crs: null,
      evidence: `coordinates look like Gauss–Krüger metres without a zone prefix (${seen}): the central meridian cannot be told from them — choose the zone (Liaoning: CM 120°E, 123°E or 126°E)`,
    };
  if (Math.max(Math.abs(minX), Math.abs(maxX), Math.abs(minY), Math.abs(maxY)) <= MERCATOR_MAX)
    return {
      crs: { kind: 'epsg', code: 3857 },
      evidence: `coordinates are large numbers within ±2.0e7 (${seen}): maybe Web Mercator (EPSG:3857) — check where the layer lands`,
    };
  return { crs: null, evidence: `coordinates (${seen}) fit no coordinate system this atlas knows: choose one` };
}

function prefixedEastings(zone: number, seen: string, maxX: number): CrsDetection {
  const found = (code: number, note = ''): CrsDetection => ({
    crs: { kind: 'epsg', code },
    evidence: `coordinates look like metres with zone prefix ${zone} in the eastings (${seen}): ${describeCrs({ kind: 'epsg', code }).en}, datum assumed CGCS2000${note}`,
  });
  if (zone >= 25 && zone <= 45) return found(4513 + zone - 25);
  // Web Mercator eastings of eastern China (x ≈ 1.3e7–1.5e7) also start 13–15, like 6° zones 13–15
  // of far-western China; for an atlas of Liaoning, Web Mercator is the likelier reading.
  if (zone >= 13 && zone <= 15 && maxX <= MERCATOR_MAX)
    return {
      crs: { kind: 'epsg', code: 3857 },
      evidence: `coordinates are large numbers within ±2.0e7 (${seen}): maybe Web Mercator (EPSG:3857), or 6° Gauss–Krüger zone ${zone} (CM ${zone * 6 - 3}°E) — check where the layer lands`,
    };
  if (zone >= 13 && zone <= 23) return found(4491 + zone - 13);
  return {
    crs: null,
    evidence: `coordinates (${seen}) have 8-digit eastings, but ${zone} is no Gauss–Krüger zone: choose the coordinate system`,
  };
}

/** Why `crs` cannot be right for coordinates within `bbox`, or null when it can. */
export function crsMismatch(crs: CrsId, bbox: Bbox): string | null {
  const [minX, minY, maxX, maxY] = bbox;
  const geographic =
    crs.kind === 'wgs84' ||
    crs.kind === 'cgcs2000' ||
    crs.kind === 'gcj02' ||
    crs.kind === 'bd09' ||
    (crs.kind === 'epsg' && [4326, 4490, 4610, 4214].includes(crs.code));
  if (geographic)
    return looksLikeDegrees(bbox)
      ? null
      : `the coordinates are not degrees (x ${range(minX, maxX)}, y ${range(minY, maxY)}: they look like metres)`;
  if (looksLikeDegrees(bbox)) return `the coordinates look like degrees (x ${range(minX, maxX)}), not metres`;
  const gk = crs.kind === 'epsg' ? getCrsDefinition(crs.code)?.gk : undefined;
  if (gk && gk.zone !== null && (Math.floor(minX / 1e6) !== gk.zone || Math.floor(maxX / 1e6) !== gk.zone))
    return `the eastings (x ${range(minX, maxX)}) do not carry the zone prefix ${gk.zone}`;
  if (gk && gk.zone === null && (minX < 0 || maxX >= 1e6))
    return `the eastings (x ${range(minX, maxX)}) are not within 0–1 000 000 m, as they would be without a zone prefix`;
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
    if (!Number.isFinite(p[0]) || !Number.isFinite(p[1]) || Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90)
      return `the corner [${corner.map(formatCoordinate).join(', ')}] does not convert to a longitude/latitude`;
  }
  return null;
}

/**
 * Combines what a file declares (a .prj, a GeoJSON `crs` member, "KML is WGS84") with what its
 * coordinates say: when they disagree the coordinates win and the evidence says so.
 */
export function reconcileCrs(declared: CrsDetection, bbox: Bbox | null): CrsDetection {
  if (!bbox) return declared;
  const fromCoordinates = detectCrsFromCoordinates(bbox);
  if (!declared.crs) return { crs: fromCoordinates.crs, evidence: `${declared.evidence}; ${fromCoordinates.evidence}` };
  const mismatch = crsMismatch(declared.crs, bbox);
  if (!mismatch) return declared;
  return {
    crs: fromCoordinates.crs,
    evidence: `${declared.evidence} — but ${mismatch}, so the declared system disagrees with the coordinates and is not used; ${fromCoordinates.evidence}`,
  };
}
