/**
 * Fixtures for the data:fetch tests, built at test time: Natural Earth-like zips (shapefiles written
 * by ogr2ogr from small GeoJSON, with Natural Earth's field names) and a WRI-like CSV zip, served by a
 * local HTTP server with the same URL layout as the real hosts.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';

type Props = Record<string, string | number>;
const line = (props: Props, coords: [number, number][]) => ({
  type: 'Feature',
  properties: props,
  geometry: { type: 'LineString', coordinates: coords },
});
const point = (props: Props, coords: [number, number]) => ({
  type: 'Feature',
  properties: props,
  geometry: { type: 'Point', coordinates: coords },
});

const road = (ne_id: number, type: string, expressway: number, name: string, label: string) => ({
  ne_id,
  scalerank: 5,
  featurecla: type === 'Ferry Route' ? 'Ferry' : 'Road',
  type,
  sov_a3: 'CHN',
  name,
  label,
  level: '',
  expressway,
});

/** Natural Earth layers: features in Liaoning, across its border, at sea, and outside. */
export const NE_LAYERS: Record<string, object[]> = {
  ne_10m_roads: [
    line(road(1001, 'Major Highway', 1, 'Shenda Expressway', 'G15'), [
      [123.4, 41.8],
      [123.0, 41.0],
    ]),
    // Shenyang → Siping (Jilin): cut where it leaves the province.
    line(road(1002, 'Major Highway', 0, '', ''), [
      [123.4, 41.85],
      [124.35, 43.17],
    ]),
    line(road(1003, 'Secondary Highway', 0, '', ''), [
      [122.5, 41.0],
      [122.6, 41.1],
    ]),
    line(road(1004, 'Major Highway', 0, '', 'S201'), [
      [122.3, 40.7],
      [122.4, 40.8],
    ]),
    line(road(1005, 'Ferry Route', 0, '', ''), [
      [121.6, 38.9],
      [121.62, 38.7],
    ]),
    line(road(1006, 'Major Highway', 1, 'Beijing Ring', 'G4501'), [
      [116.3, 39.9],
      [116.5, 39.95],
    ]),
  ],
  ne_10m_railroads: [
    line({ ne_id: 2001, scalerank: 6, featurecla: 'Railroad', category: 1, mult_track: 1, electric: 1 }, [
      [123.3, 41.7],
      [123.1, 41.3],
    ]),
    line({ ne_id: 2002, scalerank: 6, featurecla: 'Railroad', category: 1, mult_track: 0, electric: 0 }, [
      [125.3, 43.8],
      [125.4, 43.9],
    ]),
  ],
  ne_10m_ports: [
    point({ ne_id: 3001, scalerank: 6, featurecla: 'Port', name: 'Dalian', natlscale: 10 }, [121.555, 38.8]),
    point({ ne_id: 3002, scalerank: 8, featurecla: 'Port', name: 'Sinuiju', natlscale: 5 }, [124.36, 40.06]),
    point({ ne_id: 3003, scalerank: 7, featurecla: 'Port', name: 'Qinhuangdao', natlscale: 10 }, [119.6, 39.93]),
  ],
  // Populated places has upper-case field names in Natural Earth.
  ne_10m_populated_places: [
    point(
      {
        NE_ID: 4001,
        SCALERANK: 1,
        FEATURECLA: 'Admin-1 capital',
        NAME: 'Shenyang',
        NAME_ZH: '沈阳市',
        POP_MAX: 6921000,
      },
      [123.43, 41.8],
    ),
    point(
      { NE_ID: 4002, SCALERANK: 6, FEATURECLA: 'Populated place', NAME: 'Dandong', NAME_ZH: '丹东市', POP_MAX: -99 },
      [124.38, 40.13],
    ),
    point(
      {
        NE_ID: 4003,
        SCALERANK: 1,
        FEATURECLA: 'Admin-1 capital',
        NAME: 'Changchun',
        NAME_ZH: '长春市',
        POP_MAX: 3400000,
      },
      [125.32, 43.88],
    ),
  ],
};

export const NE_VERSION = '5.1.1';

/** A Natural Earth-like zip for one layer: the shapefile's parts and `<layer>.VERSION.txt`. */
export function naturalEarthZip(layer: string): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'ne-fixture-'));
  try {
    writeFileSync(join(dir, 'in.geojson'), JSON.stringify({ type: 'FeatureCollection', features: NE_LAYERS[layer] }));
    const r = spawnSync(
      'ogr2ogr',
      ['-f', 'ESRI Shapefile', join(dir, `${layer}.shp`), join(dir, 'in.geojson'), '-lco', 'ENCODING=UTF-8'],
      { encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(`ogr2ogr failed: ${r.stderr}`);
    const files: Record<string, Uint8Array> = { [`${layer}.VERSION.txt`]: strToU8(`${NE_VERSION}\n`) };
    for (const f of readdirSync(dir))
      if (f.startsWith(`${layer}.`)) files[f] = new Uint8Array(readFileSync(join(dir, f)));
    return zipSync(files);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const WRI_COLUMNS = [
  'country',
  'country_long',
  'name',
  'gppd_idnr',
  'capacity_mw',
  'latitude',
  'longitude',
  'primary_fuel',
  'other_fuel1',
  'commissioning_year',
  'owner',
  'source',
  'geolocation_source',
];
const WRI_ROWS = [
  [
    'CHN',
    'China',
    'Shenyang Test Coal Power Station',
    'WRI1000001',
    '1200',
    '41.6',
    '123.2',
    'Coal',
    '',
    '2005',
    '',
    'GEODB',
    'GEODB',
  ],
  [
    'CHN',
    'China',
    'Hongyanhe Nuclear Power Plant',
    'WRI1000002',
    '4475.6',
    '39.8',
    '121.47',
    'Nuclear',
    '',
    '',
    'CGN',
    'GEODB',
    'WRI',
  ],
  ['CHN', 'China', 'Dalian Waste to Energy', 'WRI1000003', '30', '39.1', '121.8', 'Waste', '', '', '', 'WRI', 'WRI'],
  [
    'CHN',
    'China',
    'Liaoning Storage, Test "Plant"',
    'WRI1000004',
    '',
    '41.0',
    '122.0',
    'Storage',
    '',
    '',
    '',
    'WRI',
    'WRI',
  ],
  [
    'CHN',
    'China',
    'Siping Power Station',
    'WRI1000005',
    '600',
    '43.17',
    '124.35',
    'Coal',
    '',
    '',
    '',
    'GEODB',
    'GEODB',
  ],
  [
    'PRK',
    'North Korea',
    'Sinuiju Power Station',
    'WRI1000006',
    '100',
    '40.06',
    '124.36',
    'Coal',
    '',
    '',
    '',
    'GEODB',
    'GEODB',
  ],
];

/** A WRI-like zip: the CSV in a folder, beside a README. */
export function wriZip(): Uint8Array {
  const esc = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const csv = [WRI_COLUMNS, ...WRI_ROWS].map((r) => r.map(esc).join(',')).join('\n') + '\n';
  return zipSync({
    'README.txt': strToU8('Global Power Plant Database v1.3.0 (fixture)'),
    'global_power_plant_database.csv': strToU8(csv),
  });
}

/** A route of the test server: a body and headers, or a status with no body. */
export type Route = { body: Uint8Array; headers?: Record<string, string> } | { status: number };

/** Serve `routes` on 127.0.0.1 at a random port; resolves with the server and its base URL. */
export async function serve(routes: Record<string, Route>): Promise<{ server: Server; base: string; hits: string[] }> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    const route = routes[req.url ?? ''];
    if (!route || 'status' in route) {
      res.writeHead(route && 'status' in route ? route.status : 404, { 'content-type': 'text/plain' });
      res.end('not here');
      return;
    }
    res.writeHead(200, {
      'content-type': 'application/zip',
      'content-length': String(route.body.length),
      ...route.headers,
    });
    res.end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, base: `http://127.0.0.1:${port}`, hits };
}
