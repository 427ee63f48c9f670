/**
 * End-to-end tests of `npm run data:fetch` against a local HTTP server serving Natural Earth-like
 * and WRI-like zips built by the test (fetch-fixture.ts). Nothing is downloaded from the internet.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { infraCollectionSchema } from '../../../src/lib/data/schemas/infra';
import { manifestSchema } from '../../../src/lib/data/schemas/manifest';
import { placesCollectionSchema } from '../../../src/lib/data/schemas/places';
import { hasCommand, runTsx } from '../osm/run-cli';
import { NE_VERSION, naturalEarthZip, serve, wriZip, type Route } from './fetch-fixture';

const HAS_OGR = hasCommand('ogr2ogr');
if (!HAS_OGR) console.warn('data:fetch tests: ogr2ogr is not installed (apt-get install gdal-bin); skipped');

const LAYERS = ['ne_10m_roads', 'ne_10m_railroads', 'ne_10m_ports', 'ne_10m_populated_places'];
const LAST_MODIFIED = { 'last-modified': 'Sat, 01 Jun 2024 10:00:00 GMT' };
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

const tmp = mkdtempSync(join(tmpdir(), 'data-fetch-test-'));
const out = join(tmp, 'out');
let server: Server;
let base = '';
let hits: string[] = [];
const zips: Record<string, Uint8Array> = {};

/** Every file under a folder with its SHA-256, to show that a failed run changed nothing. */
function snapshot(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Object.fromEntries(
    files.map((e) => [relative(dir, join(e.parentPath, e.name)), sha(readFileSync(join(e.parentPath, e.name)))]),
  );
}

const readInfra = (id: string) =>
  infraCollectionSchema.parse(JSON.parse(readFileSync(join(out, 'fetched', `${id}.geojson`), 'utf8')));
const manifest = () => manifestSchema.parse(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')));
const fetchArgs = (extra: string[]) => ['--wri-url', `${base}/wri/globalpowerplantdatabasev130.zip`, ...extra];

beforeAll(async () => {
  if (!HAS_OGR) return;
  const routes: Record<string, Route> = {};
  for (const layer of LAYERS) {
    zips[layer] = naturalEarthZip(layer);
    routes[`/ne/10m/cultural/${layer}.zip`] = { body: zips[layer], headers: LAST_MODIFIED };
  }
  zips.wri = wriZip();
  routes['/wri/globalpowerplantdatabasev130.zip'] = { body: zips.wri };
  // A download that stops half way through the archive, and a server error.
  routes['/trunc/10m/cultural/ne_10m_ports.zip'] = {
    body: zips.ne_10m_ports.slice(0, Math.floor(zips.ne_10m_ports.length / 2)),
  };
  routes['/err500/10m/cultural/ne_10m_ports.zip'] = { status: 500 };
  ({ server, base, hits } = await serve(routes));
  const r = await runTsx(
    'scripts/fetch/run.ts',
    fetchArgs(['--base-url', `${base}/ne`, '--out', out, '--date', '2024-06-15']),
  );
  if (r.code !== 0) throw new Error(`data:fetch failed:\n${r.stderr}\n${r.stdout}`);
}, 120_000);

afterAll(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  rmSync(tmp, { recursive: true, force: true });
});

describe.skipIf(!HAS_OGR)('data:fetch', () => {
  it('maps Natural Earth roads by expressway flag, route number and type, drops ferries and cuts lines at the border', () => {
    const roads = readInfra('ne-roads').features;
    const byId = Object.fromEntries(roads.map((f) => [f.id, f]));
    expect(Object.keys(byId).sort()).toEqual([
      'ne-rail-2001',
      'ne-road-1001',
      'ne-road-1002',
      'ne-road-1003',
      'ne-road-1004',
    ]);
    expect(byId['ne-road-1001'].properties).toMatchObject({
      class: 'expressway',
      name: 'Shenda Expressway',
      ref: 'G15',
      approximate: true,
      source: 'ne-roads',
    });
    expect(byId['ne-road-1004'].properties).toMatchObject({ class: 'provincial_road', ref: 'S201' });
    expect(byId['ne-road-1003'].properties).toMatchObject({ class: 'provincial_road', name: null, ref: null });
    expect(byId['ne-rail-2001'].properties.class).toBe('railway');
    expect(byId['ne-road-1001'].geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [123.4, 41.8],
        [123, 41],
      ],
    });
    // Shenyang → Siping: starts where it did, ends at the Jilin border, well short of Siping.
    const cut = (byId['ne-road-1002'].geometry as { coordinates: [number, number][] }).coordinates;
    expect(cut[0]).toEqual([123.4, 41.85]);
    expect(cut.at(-1)![1]).toBeGreaterThan(42.9);
    expect(cut.at(-1)![1]).toBeLessThan(43.16);
    expect(byId['ne-road-1002'].properties).toMatchObject({ class: 'national_road' });
  });

  it('keeps ports at sea off Liaoning, not those of North Korea or Hebei', () => {
    const ports = readInfra('ne-ports').features;
    expect(ports.map((f) => [f.id, f.properties.class, f.properties.name, f.geometry])).toEqual([
      ['ne-port-3001', 'port', 'Dalian', { type: 'Point', coordinates: [121.555, 38.8] }],
    ]);
  });

  it('writes places with Chinese names and population (-99 → null)', () => {
    const places = placesCollectionSchema.parse(
      JSON.parse(readFileSync(join(out, 'fetched', 'ne-places.geojson'), 'utf8')),
    );
    expect(places.features.map((f) => [f.id, f.properties])).toEqual([
      [
        'ne-place-4001',
        { name: 'Shenyang', name_zh: '沈阳市', pop_max: 6921000, feature_class: 'Admin-1 capital', rank: 1 },
      ],
      [
        'ne-place-4002',
        { name: 'Dandong', name_zh: '丹东市', pop_max: null, feature_class: 'Populated place', rank: 6 },
      ],
    ]);
  });

  it('keeps WRI plants of China inside Liaoning, by primary fuel, with capacity', () => {
    const plants = readInfra('wri-power-plants').features;
    expect(plants.map((f) => [f.id, f.properties.class, f.properties.capacity_mw, f.properties.name])).toEqual([
      ['wri-WRI1000001', 'plant_coal', 1200, 'Shenyang Test Coal Power Station'],
      ['wri-WRI1000002', 'plant_nuclear', 4475.6, 'Hongyanhe Nuclear Power Plant'],
      ['wri-WRI1000003', 'plant_biomass', 30, 'Dalian Waste to Energy'],
      ['wri-WRI1000004', 'plant_other', null, 'Liaoning Storage, Test "Plant"'],
    ]);
    expect(plants[1].geometry).toEqual({ type: 'Point', coordinates: [121.47, 39.8] });
    expect(plants[1].properties.attributes).toMatchObject({
      owner: 'CGN',
      gppd_idnr: 'WRI1000002',
      primary_fuel: 'Nuclear',
    });
  });

  it('records each download in the manifest: URL, version, licence, date and the zip checksum', () => {
    const m = manifest();
    expect(m.datasets.map((d) => [d.id, d.path])).toEqual([
      ['ne-places', 'fetched/ne-places.geojson'],
      ['ne-ports', 'fetched/ne-ports.geojson'],
      ['ne-roads', 'fetched/ne-roads.geojson'],
      ['wri-power-plants', 'fetched/wri-power-plants.geojson'],
    ]);
    const roads = m.datasets.find((d) => d.id === 'ne-roads')!;
    expect(roads.sources.map((s) => [s.kind, s.name, s.url ?? null, s.version])).toEqual([
      ['download', 'Natural Earth ne_10m_roads', `${base}/ne/10m/cultural/ne_10m_roads.zip`, NE_VERSION],
      ['download', 'Natural Earth ne_10m_railroads', `${base}/ne/10m/cultural/ne_10m_railroads.zip`, NE_VERSION],
      ['debian', 'gdal-bin', null, expect.stringMatching(/^\d+\.\d+/)],
    ]);
    expect(roads.sources[0].licence).toMatch(/public domain/i);
    expect(roads.sources[0].note).toBe(
      `Retrieved 2024-06-15 (date given with --date); the server's Last-Modified 2024-06-01; zip SHA-256 ${sha(zips.ne_10m_roads)}.`,
    );
    expect(roads.date).toEqual({
      value: '2024-06-15',
      kind: 'retrieved',
      note:
        'Downloaded by data:fetch on 2024-06-15 (date given with --date): ' +
        `Natural Earth ne_10m_roads ${NE_VERSION}, Last-Modified 2024-06-01; Natural Earth ne_10m_railroads ${NE_VERSION}, Last-Modified 2024-06-01.`,
    });
    const wri = m.datasets.find((d) => d.id === 'wri-power-plants')!.sources[0];
    expect([wri.kind, wri.version, wri.licence, wri.files]).toEqual([
      'download',
      '1.3.0',
      'CC-BY-4.0',
      ['global_power_plant_database.csv'],
    ]);
    expect(wri.note).toContain(sha(zips.wri));
    // No Last-Modified from this server: the date names only the version.
    expect(m.datasets.find((d) => d.id === 'wri-power-plants')!.date.note).toBe(
      'Downloaded by data:fetch on 2024-06-15 (date given with --date): WRI Global Power Plant Database 1.3.0.',
    );
  });

  it("dates the data by the day of download when no --date is given, and keeps the server's Last-Modified", async () => {
    const other = join(tmp, 'last-modified');
    const before = new Date().toISOString().slice(0, 10);
    const r = await runTsx('scripts/fetch/run.ts', ['--base-url', `${base}/ne`, '--only', 'ne-ports', '--out', other]);
    const after = new Date().toISOString().slice(0, 10);
    expect(r.code, r.stderr).toBe(0);
    const m = manifestSchema.parse(JSON.parse(readFileSync(join(other, 'manifest.json'), 'utf8')));
    expect(m.datasets.map((d) => d.id)).toEqual(['ne-ports']);
    const { date, sources } = m.datasets[0];
    expect(date.kind).toBe('retrieved');
    expect([before, after]).toContain(date.value);
    expect(sources[0].note).toMatch(
      new RegExp(`^Retrieved ${date.value} \\(day of download, UTC\\); the server's Last-Modified 2024-06-01;`),
    );
    expect(date.note).toBe(
      `Downloaded by data:fetch on ${date.value} (day of download, UTC): Natural Earth ne_10m_ports ${NE_VERSION}, Last-Modified 2024-06-01.`,
    );
  }, 60_000);

  it('fails with a clear message on a 404, without retrying, and changes nothing in the output folder', async () => {
    const before = snapshot(out);
    const r = await runTsx('scripts/fetch/run.ts', [
      '--base-url',
      `${base}/missing`,
      '--only',
      'ne-ports',
      '--out',
      out,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`download of ${base}/missing/10m/cultural/ne_10m_ports.zip failed: HTTP 404 Not Found`);
    expect(hits.filter((h) => h === '/missing/10m/cultural/ne_10m_ports.zip')).toHaveLength(1);
    expect(snapshot(out)).toEqual(before);
  }, 60_000);

  it('retries once after a server error, then fails', async () => {
    const r = await runTsx('scripts/fetch/run.ts', [
      '--base-url',
      `${base}/err500`,
      '--only',
      'ne-ports',
      '--out',
      out,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('HTTP 500');
    expect(hits.filter((h) => h === '/err500/10m/cultural/ne_10m_ports.zip')).toHaveLength(2);
  }, 60_000);

  it('fails with a clear message on a truncated zip and changes nothing in the output folder', async () => {
    const before = snapshot(out);
    const r = await runTsx('scripts/fetch/run.ts', ['--base-url', `${base}/trunc`, '--only', 'ne-ports', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `ne_10m_ports.zip from ${base}/trunc/10m/cultural/ne_10m_ports.zip is not a readable zip archive`,
    );
    expect(snapshot(out)).toEqual(before);
  }, 60_000);

  it('refuses unknown datasets and malformed options before downloading anything', async () => {
    const count = hits.length;
    const r = await runTsx('scripts/fetch/run.ts', ['--only', 'ne-roads,osm-roads', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--only: unknown dataset(s) osm-roads');
    const d = await runTsx('scripts/fetch/run.ts', ['--date', '15/06/2024', '--out', out]);
    expect(d.stderr).toContain('--date: expected YYYY-MM-DD, got "15/06/2024"');
    expect(hits.length).toBe(count);
  }, 60_000);
});
