/**
 * Checks of the built offline basemap (data/basemap/*.geojson) against its schemas, its manifest
 * entries and known geography; and, once the boundaries exist, against the county seats and the
 * province's coastline.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { landSchema, lakesSchema, basemapLinesSchema } from '../../src/lib/data/schemas/basemap';
import { manifestSchema } from '../../src/lib/data/schemas/manifest';
import { MAP_FRAME } from '../../src/lib/map/frame';

const DATA = join(import.meta.dirname, '../../data');
const read = (path: string): string => readFileSync(join(DATA, path), 'utf8');
const readJson = <T>(path: string): T => JSON.parse(read(path)) as T;

type Area = FeatureCollection<Polygon | MultiPolygon>;
const land = readJson<Area>('basemap/land.geojson');
const lakes = readJson<Area>('basemap/lakes.geojson');
const borders = readJson<FeatureCollection<LineString>>('basemap/borders.geojson');
const manifest = manifestSchema.parse(readJson('manifest.json'));

const onLand = (p: Position): boolean => land.features.some((f) => booleanPointInPolygon(p, f));
const inLake = (p: Position): boolean => lakes.features.some((f) => booleanPointInPolygon(p, f));

/** Kilometres between two nearby positions (equirectangular: fine over a few km). */
function km(a: Position, b: Position): number {
  const kx = 111.32 * Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
  return Math.hypot((a[0] - b[0]) * kx, (a[1] - b[1]) * 110.57);
}

describe('basemap datasets', () => {
  const cases = [
    { id: 'basemap-land', path: 'basemap/land.geojson', schema: landSchema, value: land, minKB: 600, maxKB: 1200 },
    { id: 'basemap-lakes', path: 'basemap/lakes.geojson', schema: lakesSchema, value: lakes, minKB: 10, maxKB: 100 },
    { id: 'basemap-borders', path: 'basemap/borders.geojson', schema: basemapLinesSchema, value: borders, minKB: 5, maxKB: 100 },
  ];
  for (const c of cases) {
    it(`${c.id} matches its schema, its manifest entry and its size bounds`, () => {
      const parsed = c.schema.safeParse(c.value);
      expect(parsed.success, parsed.error?.message).toBe(true);
      const text = read(c.path);
      const entry = manifest.datasets.find((d) => d.id === c.id);
      expect(entry?.path).toBe(c.path);
      expect(entry?.sha256).toBe(createHash('sha256').update(text).digest('hex'));
      expect(entry?.bytes).toBe(Buffer.byteLength(text));
      expect(entry?.feature_count).toBe(c.value.features.length);
      expect(c.value.features.length).toBeGreaterThan(0);
      expect(entry!.bytes / 1024).toBeGreaterThan(c.minKB);
      expect(entry!.bytes / 1024).toBeLessThan(c.maxKB);
      // Everything inside the frame the app uses as maxBounds.
      const [w, s, e, n] = entry!.bbox;
      expect(w).toBeGreaterThanOrEqual(MAP_FRAME[0]);
      expect(s).toBeGreaterThanOrEqual(MAP_FRAME[1]);
      expect(e).toBeLessThanOrEqual(MAP_FRAME[2]);
      expect(n).toBeLessThanOrEqual(MAP_FRAME[3]);
      expect(entry!.sources.map((src) => `${src.name}@${src.version}`)).toEqual(['gmt-gshhg-full@2.3.7', 'gmt@6.4.0']);
      // Sorted, unique, zero-padded ids.
      const ids = (c.value.features as Feature[]).map((f) => String(f.id));
      expect(ids).toEqual([...ids].sort());
      expect(new Set(ids).size).toBe(ids.length);
    });
  }

  it('land fills the frame edges where the mainland meets them', () => {
    expect(manifest.datasets.find((d) => d.id === 'basemap-land')?.bbox).toEqual(MAP_FRAME);
  });

  it.each([
    ['Shenyang', [123.43, 41.8]],
    ['Dalian city centre', [121.61, 38.91]],
    ['Dandong', [124.35, 40.0]],
    ['Yingkou', [122.23, 40.67]],
    ['Jinzhou', [121.13, 41.1]],
    ['Pyongyang', [125.75, 39.03]],
    ['Changhai county seat on Dachangshan island', [122.59, 39.27]],
  ])('%s is on land', (_, p) => {
    expect(onLand(p)).toBe(true);
  });

  it.each([
    ['Bohai', [121.0, 39.5]],
    ['Yellow Sea', [123.5, 38.8]],
    ['Liaodong Bay', [121.5, 40.5]],
    ['Korea Bay', [124.0, 39.3]],
    ['Bohai Strait', [121.3, 38.3]],
    ['Yellow Sea off Shandong', [123.0, 37.2]],
  ])('%s is water', (_, p) => {
    expect(onLand(p)).toBe(false);
  });

  it.each([
    ['Dahuofang reservoir', [124.203, 41.862]],
    ['Qinghe reservoir', [124.282, 42.528]],
    ['Shuifeng (Sup’ung) reservoir', [125.136, 40.562]],
  ])('%s is a lake on land', (_, p) => {
    expect(inLake(p)).toBe(true);
    expect(onLand(p)).toBe(true);
  });

  it('has the China–DPRK border from the east frame edge down the Yalu past Dandong to its mouth', () => {
    const yalu = borders.features[0].geometry.coordinates;
    expect(yalu[0][0]).toBe(MAP_FRAME[2]);
    expect(km(yalu[yalu.length - 1], [124.13, 39.83])).toBeLessThan(2);
    expect(Math.min(...yalu.map((q) => km(q, [124.35, 40.0])))).toBeLessThan(2);
    // It runs through the Shuifeng reservoir on the Yalu.
    expect(Math.min(...yalu.map((q) => km(q, [125.136, 40.562])))).toBeLessThan(5);
  });
});

// ---- Cross-checks with the boundaries (built by another step; skipped until they exist) ----

const COUNTIES = 'boundaries/counties.geojson';
const PROVINCE = 'boundaries/province.geojson';

/** Rings of a polygon or multipolygon feature. */
function ringsOf(f: Feature<Polygon | MultiPolygon>): Position[][] {
  return f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
}

/** Points every `stepKm` along the rings. */
function samplePoints(rings: Position[][], stepKm: number): Position[] {
  const out: Position[] = [];
  for (const ring of rings) {
    let carry = 0;
    for (let i = 1; i < ring.length; i++) {
      const d = km(ring[i - 1], ring[i]);
      for (let t = carry; t < d; t += stepKm) {
        const f = t / d;
        out.push([ring[i - 1][0] + f * (ring[i][0] - ring[i - 1][0]), ring[i - 1][1] + f * (ring[i][1] - ring[i - 1][1])]);
      }
      carry = (carry - d) % stepKm;
      if (carry < 0) carry += stepKm;
    }
  }
  return out;
}

/** Distance (km) from each point to the land outline, frame edges excluded; Infinity beyond `maxKm`. */
function distancesToCoast(points: Position[], maxKm: number): number[] {
  const cell = 0.05;
  const grid = new Map<string, [Position, Position][]>();
  const onFrame = (a: Position, b: Position): boolean =>
    (a[0] === b[0] && (a[0] === MAP_FRAME[0] || a[0] === MAP_FRAME[2])) ||
    (a[1] === b[1] && (a[1] === MAP_FRAME[1] || a[1] === MAP_FRAME[3]));
  for (const f of land.features) {
    for (const ring of ringsOf(f)) {
      for (let i = 1; i < ring.length; i++) {
        const [a, b] = [ring[i - 1], ring[i]];
        if (onFrame(a, b)) continue;
        for (let x = Math.floor(Math.min(a[0], b[0]) / cell); x <= Math.floor(Math.max(a[0], b[0]) / cell); x++) {
          for (let y = Math.floor(Math.min(a[1], b[1]) / cell); y <= Math.floor(Math.max(a[1], b[1]) / cell); y++) {
            const key = `${x},${y}`;
            grid.set(key, [...(grid.get(key) ?? []), [a, b]]);
          }
        }
      }
    }
  }
  const reach = Math.ceil(maxKm / (cell * 75)); // a 0.05° cell is ≥ 3.9 km wide up to 45°N
  return points.map((p) => {
    let best = Infinity;
    const [cx, cy] = [Math.floor(p[0] / cell), Math.floor(p[1] / cell)];
    for (let x = cx - reach; x <= cx + reach; x++) {
      for (let y = cy - reach; y <= cy + reach; y++) {
        for (const [a, b] of grid.get(`${x},${y}`) ?? []) best = Math.min(best, pointSegmentKm(p, a, b));
      }
    }
    return best <= maxKm ? best : Infinity;
  });
}

function pointSegmentKm(p: Position, a: Position, b: Position): number {
  const kx = 111.32 * Math.cos((p[1] * Math.PI) / 180);
  const [ax, ay, bx, by] = [(a[0] - p[0]) * kx, (a[1] - p[1]) * 110.57, (b[0] - p[0]) * kx, (b[1] - p[1]) * 110.57];
  const [dx, dy] = [bx - ax, by - ay];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

describe.skipIf(!existsSync(join(DATA, COUNTIES)))('basemap against the county boundaries', () => {
  it('has every county seat on land', () => {
    const counties = readJson<FeatureCollection<Polygon | MultiPolygon, { code: string; seat: Position }>>(COUNTIES);
    const offshore = counties.features.filter((f) => !onLand(f.properties.seat)).map((f) => f.properties.code);
    expect(offshore).toEqual([]);
  });
});

describe.skipIf(!existsSync(join(DATA, PROVINCE)))('basemap against the province coastline', () => {
  // GSHHG's shoreline predates much of Liaoning's reclamation (Yingkou Bayuquan, Changxing Island,
  // Jinzhou Bay, Huludao) and puts tidal-flat aquaculture on the sea side, so the fit is loose:
  // 40.6 % within 300 m, median 464 m, p90 2.0 km when written (the same before simplification).
  // The bounds below guard against regressions such as a shifted or mis-simplified coast.
  it('follows the province coastline about as well as GSHHG allows', () => {
    const province = readJson<FeatureCollection<Polygon | MultiPolygon>>(PROVINCE);
    const points = samplePoints(province.features.flatMap(ringsOf), 1);
    // Coastal: within 5 km of the GSHHG coast (inland boundaries are much further from it).
    const coastal = distancesToCoast(points, 5).filter((d) => Number.isFinite(d));
    const sorted = [...coastal].sort((a, b) => a - b);
    const within = coastal.filter((d) => d <= 0.3).length / coastal.length;
    const q = (f: number): string => (sorted[Math.floor(f * (sorted.length - 1))] * 1000).toFixed(0);
    console.log(
      `province outline: ${points.length} points at 1 km, ${coastal.length} coastal (≤ 5 km from the coast); ` +
        `${(within * 100).toFixed(1)} % within 300 m; median ${q(0.5)} m, p90 ${q(0.9)} m`,
    );
    expect(coastal.length).toBeGreaterThan(1500);
    expect(within).toBeGreaterThan(0.35);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(0.6);
  });
});
