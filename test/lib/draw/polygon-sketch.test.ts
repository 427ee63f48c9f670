import { describe, expect, it } from 'vitest';
import {
  areaKm2,
  clickSketch,
  pixelDistance,
  sketchFeatures,
  sketchPolygon,
  sketchProblem,
  type LonLat,
} from '../../../src/lib/draw/polygon-sketch';

const square: LonLat[] = [
  [122, 40],
  [122.1, 40],
  [122.1, 40.1],
  [122, 40.1],
];

describe('pixelDistance', () => {
  it('is 512 px for 360° of longitude at zoom 0 on the equator', () => {
    expect(pixelDistance([0, 0], [360, 0], 0)).toBeCloseTo(512, 6);
  });
  it('doubles with each zoom level and stretches latitude by 1/cos(lat)', () => {
    const a = pixelDistance([122, 40], [122.01, 40], 10);
    expect(pixelDistance([122, 40], [122.01, 40], 11)).toBeCloseTo(2 * a, 6);
    const dy = pixelDistance([122, 40], [122, 40.01], 10);
    expect(dy / a).toBeCloseTo(1 / Math.cos((40.005 * Math.PI) / 180), 3);
  });
});

describe('clickSketch', () => {
  it('adds corners, rounded to 7 decimals', () => {
    const r = clickSketch([], [122.123456789, 40.987654321], 9);
    expect(r).toEqual({ corners: [[122.1234568, 40.9876543]], close: false });
  });
  it('closes on a click near the first corner once there are three corners', () => {
    // At zoom 9, one pixel is 360 / (512·2⁹) ≈ 0.00137° of longitude.
    const near: LonLat = [122 + 0.0005, 40 + 0.0005];
    expect(clickSketch(square.slice(0, 3), near, 9)).toEqual({ corners: square.slice(0, 3), close: true });
    // With two corners a click on the first is a new corner, not a close.
    expect(clickSketch(square.slice(0, 2), near, 9).corners).toHaveLength(3);
    // Far from the first corner at a closer zoom: a new corner.
    expect(clickSketch(square.slice(0, 3), [122.01, 40.01], 14).close).toBe(false);
  });
  it('ignores the second click of a double click (same place as the last corner)', () => {
    const r = clickSketch(square, [122.00001, 40.10001], 9);
    expect(r.corners).toEqual(square);
    expect(r.close).toBe(false);
  });
});

describe('sketchProblem', () => {
  it('asks for three corners', () => {
    expect(sketchProblem([])).toEqual({ kind: 'too-few', corners: 0 });
    expect(sketchProblem(square.slice(0, 2))).toEqual({ kind: 'too-few', corners: 2 });
  });
  it('finds where a bow-tie crosses itself', () => {
    const bow: LonLat[] = [square[0], square[2], square[1], square[3]];
    const p = sketchProblem(bow);
    expect(p?.kind).toBe('crosses');
    if (p?.kind !== 'crosses') throw new Error('unreachable');
    expect(p.at[0]).toBeCloseTo(122.05, 6);
    expect(p.at[1]).toBeCloseTo(40.05, 6);
  });
  it('refuses corners on one line', () => {
    expect(sketchProblem([square[0], [122.05, 40], square[1]])).toEqual({ kind: 'no-area' });
  });
  it('accepts a square', () => {
    expect(sketchProblem(square)).toBeNull();
  });
});

describe('sketchPolygon and areaKm2', () => {
  it('closes the ring', () => {
    const p = sketchPolygon(square);
    expect(p.coordinates[0]).toHaveLength(5);
    expect(p.coordinates[0][4]).toEqual(p.coordinates[0][0]);
  });
  it('measures a 0.1° square at 40°N as about 95 km²', () => {
    // 11.1 km (lat) × 11.1·cos 40° km (lon) ≈ 94.9 km².
    expect(areaKm2(sketchPolygon(square))).toBeGreaterThan(93);
    expect(areaKm2(sketchPolygon(square))).toBeLessThan(97);
  });
});

describe('sketchFeatures', () => {
  it('shows corners (the first marked), the outline with the pointer, and the area from three points', () => {
    const f = sketchFeatures(square.slice(0, 2), [122.1, 40.1]);
    expect(f.features.map((x) => x.properties?.part)).toEqual(['area', 'outline', 'first', 'corner']);
    const outline = f.features[1].geometry as GeoJSON.LineString;
    expect(outline.coordinates).toHaveLength(4);
  });
  it('shows only a corner for one click and nothing for none', () => {
    expect(sketchFeatures([square[0]], null).features.map((x) => x.properties?.part)).toEqual(['first']);
    expect(sketchFeatures([], null).features).toHaveLength(0);
  });
});
