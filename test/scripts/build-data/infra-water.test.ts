/**
 * Unit tests of the water layer's pure helpers on small synthetic shapes: distances to polygons,
 * splitting lines where they leave a zone, picking rivers near a province, lakes from GMT segments,
 * and the river probes.
 */
import { describe, expect, it } from 'vitest';
import { makePolygonTests, pointSegmentKm, splitLineWhere } from '../../../scripts/build-data/infra/near-polygons';
// Pure helpers only: the build modules need scripts/'s packages (mapshaper), not installed for tests.
import { selectRiversNear } from '../../../scripts/build-data/infra/select-rivers';
import { distanceToLinesKm, failedRiverProbes } from '../../../scripts/build-data/infra/water-probes';
import { lakesFromSegments } from '../../../scripts/build-data/basemap/assemble-lakes';
import type { Position, Ring } from '../../../scripts/build-data/basemap/ring-geometry';

const p = (x: number, y: number): Position => [x, y];
/** A square from (x0, y0) to (x1, y1), counter-clockwise. */
const square = (x0: number, y0: number, x1: number, y1: number): Ring => [
  p(x0, y0),
  p(x1, y0),
  p(x1, y1),
  p(x0, y1),
  p(x0, y0),
];
// One degree of latitude is 110.57 km in these helpers; squares sit at the equator to keep numbers round.
const KM_PER_DEG = 110.57;

describe('pointSegmentKm', () => {
  it('measures to the nearest point of the segment, ends included', () => {
    expect(pointSegmentKm(p(0, 0.1), p(-1, 0), p(1, 0))).toBeCloseTo(0.1 * KM_PER_DEG, 6);
    expect(pointSegmentKm(p(2, 0), p(-1, 0), p(1, 0))).toBeCloseTo(111.32, 6);
    expect(pointSegmentKm(p(0, 0), p(0, 0), p(0, 0))).toBe(0);
  });

  it('shrinks east–west distances with latitude', () => {
    expect(pointSegmentKm(p(0.1, 60), p(0, 59), p(0, 61))).toBeCloseTo(0.1 * 111.32 * 0.5, 3);
  });
});

describe('makePolygonTests', () => {
  // A 2° square with a 1° hole in the middle, and a small island to the east.
  const holed: Ring[] = [square(0, -1, 2, 1), [...square(0.5, -0.5, 1.5, 0.5)].reverse()];
  const island: Ring[] = [square(3, 0, 3.1, 0.1)];
  const tests = makePolygonTests([holed, island]);

  it('tells inside from outside, holes and islands included', () => {
    expect(tests.contains(p(0.25, 0))).toBe(true);
    expect(tests.contains(p(1, 0))).toBe(false); // in the hole
    expect(tests.contains(p(3.05, 0.05))).toBe(true);
    expect(tests.contains(p(2.5, 0))).toBe(false);
  });

  it('measures distance to the nearest edge, 0 inside, Infinity beyond maxKm', () => {
    expect(tests.distanceKm(p(0.25, 0), 5)).toBe(0);
    expect(tests.distanceKm(p(1, 0), 100)).toBeCloseTo(0.5 * KM_PER_DEG, 3); // hole edges count
    expect(tests.distanceKm(p(2.01, 0), 5)).toBeCloseTo(0.01 * 111.32, 6);
    expect(tests.distanceKm(p(2.5, 0), 5)).toBe(Infinity);
    expect(tests.distanceKm(p(2.95, 0.05), 10)).toBeCloseTo(0.05 * 111.32, 3); // nearer the island
  });

  it('rejects bad input with a message naming the problem', () => {
    expect(() => makePolygonTests([])).toThrow(/no polygons/);
    expect(() => makePolygonTests([[[p(0, 0), p(1, 0), p(0, 0)]]])).toThrow(/polygon 0 ring 0 has 3 positions/);
    expect(() => tests.distanceKm(p(0, 0), Infinity)).toThrow(/maxKm must be finite/);
  });
});

describe('splitLineWhere', () => {
  const inside = (q: Position): boolean => q[0] < 3 || q[0] > 5;

  it('returns the runs of kept vertices and drops runs of one vertex', () => {
    const line = [p(0, 0), p(1, 0), p(2, 0), p(4, 0), p(6, 0), p(7, 0), p(4, 1), p(8, 1)];
    expect(splitLineWhere(line, inside)).toEqual([
      [p(0, 0), p(1, 0), p(2, 0)],
      [p(6, 0), p(7, 0)],
    ]);
  });

  it('keeps a line that is wholly inside, and gives nothing for one wholly outside', () => {
    expect(splitLineWhere([p(0, 0), p(1, 1)], inside)).toEqual([[p(0, 0), p(1, 1)]]);
    expect(splitLineWhere([p(3.5, 0), p(4, 1)], inside)).toEqual([]);
  });
});

describe('selectRiversNear', () => {
  // A "province" 1° square; 0.01° ≈ 1.1 km.
  const province = makePolygonTests([[square(0, 0, 1, 1)]]);

  it('keeps the part within the buffer of a river that flows in, cut at the last vertex inside the buffer', () => {
    const line = [p(-0.5, 0.5), p(-0.02, 0.5), p(0.5, 0.5), p(1.01, 0.5), p(1.5, 0.5)];
    expect(selectRiversNear([{ level: 2, line }], province, 3)).toEqual([
      { level: 2, line: [p(-0.02, 0.5), p(0.5, 0.5), p(1.01, 0.5)] },
    ]);
  });

  it('keeps a boundary river whole while it stays within the buffer, and drops one that never enters', () => {
    const boundary = [p(-0.01, 0.1), p(0.01, 0.5), p(-0.02, 0.9)];
    const alongside = [p(-0.02, 0.1), p(-0.02, 0.9)];
    expect(selectRiversNear([{ level: 3, line: boundary }], province, 3)).toEqual([{ level: 3, line: boundary }]);
    expect(selectRiversNear([{ level: 3, line: alongside }], province, 3)).toEqual([]);
  });
});

describe('lakesFromSegments', () => {
  it('joins each level on its own and puts an island in a lake as a hole', () => {
    const lake = square(0, 0, 4, 4);
    const island = square(1, 1, 2, 2);
    const segments = [
      { level: 2, points: lake.slice(0, 3) },
      { level: 3, points: island.slice(0, 3) },
      { level: 2, points: lake.slice(2) },
      { level: 3, points: island.slice(2) },
    ];
    const lakes = lakesFromSegments(segments);
    expect(lakes).toHaveLength(1);
    expect(lakes[0]).toHaveLength(2);
    expect(lakes[0][0]).toHaveLength(5);
  });

  it('throws on a lake shore that stays open', () => {
    expect(() => lakesFromSegments([{ level: 2, points: [p(0, 0), p(1, 0), p(1, 1)] }])).toThrow(
      /level-2 shoreline crosses the frame edge at 0,0/,
    );
  });
});

describe('river probes', () => {
  const lines = [[p(0, 0), p(1, 0)]];

  it('measures to the nearest line', () => {
    expect(distanceToLinesKm(p(0.5, 0.01), lines)).toBeCloseTo(0.01 * KM_PER_DEG, 6);
    expect(distanceToLinesKm(p(0, 0), [])).toBe(Infinity);
  });

  it('reports a missing river and an unexpected one, and nothing when the data agree', () => {
    const probes = [
      { river: 'A', position: p(0.5, 0.005), present: true, km: 1 },
      { river: 'B', position: p(0.5, 1), present: false, km: 20 },
    ];
    expect(failedRiverProbes(lines, probes)).toEqual([]);
    const failures = failedRiverProbes([[p(0.5, 0.9), p(0.6, 0.9)]], probes);
    expect(failures).toHaveLength(2);
    expect(failures[0]).toMatch(/^A: no river line within 1 km of 0.5,0.005/);
    expect(failures[1]).toMatch(/^B: a river line passes 11.1 km from 0.5,1, expected none within 20 km/);
  });
});
