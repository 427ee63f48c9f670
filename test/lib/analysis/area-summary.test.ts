import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { distance } from '@turf/turf';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { boxGapKm, countiesInArea, distanceToAreaKm, nearestToArea } from '../../../src/lib/analysis/area-summary';
import type { AnyCollection } from '../../../src/lib/layers/types';

const DATA = resolve(import.meta.dirname, '../../../data');
const counties = JSON.parse(readFileSync(resolve(DATA, 'boundaries/counties.geojson'), 'utf8')) as AnyCollection;
const airports = JSON.parse(readFileSync(resolve(DATA, 'infra/airports.geojson'), 'utf8')) as AnyCollection;

const square = (lon: number, lat: number, d: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon - d, lat - d],
      [lon + d, lat - d],
      [lon + d, lat + d],
      [lon - d, lat + d],
      [lon - d, lat - d],
    ],
  ],
});

describe('countiesInArea', () => {
  it('puts a small square around Zhuanghe’s seat wholly in 庄河市', () => {
    const r = countiesInArea(square(122.962244, 39.679604, 0.02), counties);
    expect(r.map((c) => c.code)).toEqual(['210283']);
    expect(r[0].share).toBeGreaterThan(0.99);
    expect(r[0].name_zh).toBe('庄河市');
  });
  it('splits an area across the 庄河市 / 普兰店区 line, shares adding up to the land part', () => {
    // 122.55°E lies between Pulandian’s seat (121.97) and Zhuanghe’s (122.96); a wide box spans both.
    const r = countiesInArea(square(122.45, 39.75, 0.15), counties);
    const codes = r.map((c) => c.code);
    expect(codes).toContain('210283');
    expect(codes).toContain('210214');
    const sum = r.reduce((s, c) => s + c.share, 0);
    expect(sum).toBeGreaterThan(0.5);
    expect(sum).toBeLessThanOrEqual(1.002);
    for (let i = 1; i < r.length; i++) expect(r[i - 1].share).toBeGreaterThanOrEqual(r[i].share);
  });
  it('finds nothing far out at sea', () => {
    expect(countiesInArea(square(123.5, 38.2, 0.05), counties)).toEqual([]);
  });
});

describe('distanceToAreaKm', () => {
  const box = square(122, 40, 0.1);
  it('is 0 for a point inside or a line crossing the area', () => {
    expect(distanceToAreaKm(box, { type: 'Point', coordinates: [122.01, 40.02] })).toBe(0);
    expect(
      distanceToAreaKm(box, {
        type: 'LineString',
        coordinates: [
          [121.5, 40],
          [122.5, 40],
        ],
      }),
    ).toBe(0);
  });
  it('measures a point east of the area to the nearest edge', () => {
    // Due east of the box's east edge (122.1°E) at its latitude: the distance along the parallel.
    const d = distanceToAreaKm(box, { type: 'Point', coordinates: [122.3, 40] });
    const expected = distance([122.1, 40], [122.3, 40], { units: 'kilometers' });
    expect(d).toBeCloseTo(expected, 1);
    expect(d).toBeGreaterThan(16.5);
    expect(d).toBeLessThan(17.5);
  });
  it('measures a line passing a corner by the corner’s distance to the line', () => {
    // A north–south line at 122.2°E: nearest to the east edge, 0.1° of longitude away.
    const d = distanceToAreaKm(box, {
      type: 'LineString',
      coordinates: [
        [122.2, 39],
        [122.2, 41],
      ],
    });
    expect(d).toBeCloseTo(distance([122.1, 39.9], [122.2, 39.9], { units: 'kilometers' }), 0);
  });
});

describe('nearestToArea', () => {
  it('finds Dalian Zhoushuizi as the nearest civil airport to central Dalian', () => {
    const r = nearestToArea(square(121.6, 38.92, 0.02), airports)!;
    expect(String(r.feature.properties.name)).toMatch(/Zhoushuizi|周水子/);
    expect(r.distanceKm).toBeLessThan(10);
  });
  it('finds the same nearest river as measuring every feature, for areas across the province', () => {
    const water = JSON.parse(readFileSync(resolve(DATA, 'infra/water.geojson'), 'utf8')) as AnyCollection;
    for (const [lon, lat] of [
      [122.96, 39.68],
      [120.5, 41.6],
      [124.8, 40.7],
      [123.4, 41.8],
      [121.1, 42.0],
    ]) {
      const area = square(lon, lat, 0.03);
      const brute = Math.min(...water.features.map((f) => distanceToAreaKm(area, f.geometry)));
      expect(nearestToArea(area, water)!.distanceKm, `${lon},${lat}`).toBeCloseTo(brute, 9);
    }
  });

  it('bounds the distance between boxes from below', () => {
    const a = [122, 40, 122.1, 40.1];
    const b = [122.3, 40.5, 122.4, 40.6];
    expect(boxGapKm(a, b)).toBeLessThanOrEqual(distance([122.1, 40.1], [122.3, 40.5], { units: 'kilometers' }));
    expect(boxGapKm(a, b)).toBeGreaterThan(40);
    expect(boxGapKm(a, [122.05, 40.05, 122.2, 40.2])).toBe(0);
  });

  it('returns null for an empty collection', () => {
    expect(nearestToArea(square(121.6, 38.92, 0.02), { type: 'FeatureCollection', features: [] })).toBeNull();
  });
});
