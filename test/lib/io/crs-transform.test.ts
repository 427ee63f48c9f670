import { describe, expect, it } from 'vitest';
import proj4 from 'proj4';
import { getCrsDefinition } from '../../../src/lib/io/crs/definitions';
import { fromWgs84, toWgs84 } from '../../../src/lib/io/crs/transform';
import type { CrsId, RawFeature } from '../../../src/lib/io/formats/types';

// GRS80, the CGCS2000 ellipsoid (CGCS2000's own flattening differs in the 11th digit: < 0.1 mm here).
const A = 6378137;
const F = 1 / 298.257222101;
const E2 = F * (2 - F);
const DEG = Math.PI / 180;

/** Meridian arc length from the equator to `latDeg`, by Simpson integration of M = a(1−e²)/(1−e² sin²φ)^{3/2}. */
function meridianArc(latDeg: number): number {
  const phi = latDeg * DEG;
  const n = 2000;
  const h = phi / n;
  const m = (p: number) => (A * (1 - E2)) / Math.pow(1 - E2 * Math.sin(p) ** 2, 1.5);
  let s = m(0) + m(phi);
  for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * m(i * h);
  return (s * h) / 3;
}

/**
 * Gauss–Krüger (transverse Mercator, k0 = 1) forward series, Snyder 1987 eq. 8-9/8-10: an
 * implementation independent of proj4 (which uses the Poder/Engsager algorithm); sub-millimetre
 * within 3° of the central meridian.
 */
function gkForward(lonDeg: number, latDeg: number, cmDeg: number, falseEasting: number): [number, number] {
  const phi = latDeg * DEG;
  const ep2 = E2 / (1 - E2);
  const N = A / Math.sqrt(1 - E2 * Math.sin(phi) ** 2);
  const T = Math.tan(phi) ** 2;
  const C = ep2 * Math.cos(phi) ** 2;
  const a = (lonDeg - cmDeg) * DEG * Math.cos(phi);
  const x = N * (a + ((1 - T + C) * a ** 3) / 6 + ((5 - 18 * T + T * T + 72 * C - 58 * ep2) * a ** 5) / 120);
  const y =
    meridianArc(latDeg) +
    N *
      Math.tan(phi) *
      ((a * a) / 2 +
        ((5 - T + 9 * C + 4 * C * C) * a ** 4) / 24 +
        ((61 - 58 * T + T * T + 600 * C - 330 * ep2) * a ** 6) / 720);
  return [falseEasting + x, y];
}

const epsg = (code: number): CrsId => ({ kind: 'epsg', code });

/** Metres between two lon/lat points (equirectangular; fine for metre-level checks). */
function metres([lon1, lat1]: number[], [lon2, lat2]: number[]): number {
  const dx = (lon2 - lon1) * Math.cos(((lat1 + lat2) / 2) * DEG) * 111320;
  const dy = (lat2 - lat1) * 110574;
  return Math.hypot(dx, dy);
}

function point(x: number, y: number): RawFeature {
  return { type: 'Feature', geometry: { type: 'Point', coordinates: [x, y] }, properties: {} };
}

describe('CGCS2000 Gauss–Krüger control points', () => {
  it('puts a point on the central meridian at x = 500 000 m (+ zone prefix) and y = the GRS80 meridian arc', () => {
    const arc41 = meridianArc(41);
    expect(arc41).toBeGreaterThan(4_540_000);
    expect(arc41).toBeLessThan(4_541_000);
    // EPSG:4529 = 3° zone 41 (CM 123°E, prefixed); EPSG:4550 = 3° CM 123°E (no prefix); 6° zone 21 = 4499.
    const [x41, y41] = fromWgs84([123, 41], epsg(4529));
    expect(x41).toBeCloseTo(41_500_000, 6);
    expect(Math.abs(y41 - arc41)).toBeLessThan(0.01);
    const [x, y] = fromWgs84([123, 41], epsg(4550));
    expect(x).toBeCloseTo(500_000, 6);
    expect(Math.abs(y - arc41)).toBeLessThan(0.01);
    const [x21] = fromWgs84([123, 41], epsg(4499));
    expect(x21).toBeCloseTo(21_500_000, 6);
    const [x40] = fromWgs84([120, 41], epsg(4528));
    expect(x40).toBeCloseTo(40_500_000, 6);
  });

  it('matches an independent transverse Mercator series off the meridian within 5 mm (Dalian, Dandong, Chaoyang)', () => {
    const cases: [number, number, number, number, number][] = [
      [121.6147, 38.914, 4529, 123, 41_500_000], // Dalian, zone 41
      [124.3544, 40.0005, 4530, 126, 42_500_000], // Dandong, zone 42
      [120.4511, 41.5733, 4528, 120, 40_500_000], // Chaoyang, zone 40
      [121.6147, 38.914, 4549, 120, 500_000], // Dalian, CM 120E without prefix
    ];
    for (const [lon, lat, code, cm, fe] of cases) {
      const [ex, ey] = gkForward(lon, lat, cm, fe);
      const [x, y] = fromWgs84([lon, lat], epsg(code));
      expect(Math.abs(x - ex), `x for EPSG:${code}`).toBeLessThan(0.005);
      expect(Math.abs(y - ey), `y for EPSG:${code}`).toBeLessThan(0.005);
    }
  });

  it('round-trips forward and inverse within 1e-7° for every CGCS2000 Gauss–Krüger code', () => {
    for (let code = 4491; code <= 4554; code++) {
      const def = getCrsDefinition(code)!;
      expect(def.gk, `EPSG:${code}`).toBeDefined();
      const lon = def.gk!.cm + 1.2;
      const xy = fromWgs84([lon, 40.5], epsg(code));
      const back = proj4(def.proj4, 'WGS84').forward(xy);
      expect(Math.abs(back[0] - lon), `EPSG:${code}`).toBeLessThan(1e-7);
      expect(Math.abs(back[1] - 40.5), `EPSG:${code}`).toBeLessThan(1e-7);
    }
  });

  it('converts features with toWgs84, rounding to 7 decimals', () => {
    const [x, y] = fromWgs84([122.9839, 39.6876], epsg(4529)); // 庄河
    const { features, conversion, rowErrors } = toWgs84([point(x, y)], epsg(4529));
    expect(rowErrors).toEqual([]);
    const [lon, lat] = (features[0].geometry as { coordinates: number[] }).coordinates;
    expect(Math.abs(lon - 122.9839)).toBeLessThan(1e-7);
    expect(Math.abs(lat - 39.6876)).toBeLessThan(1e-7);
    expect(Math.round(lon * 1e7)).toBe(lon * 1e7);
    expect(conversion).toContain('zone 41');
    expect(conversion).toContain('proj4');
  });

  it('reports features that convert outside longitude/latitude as row errors, and keeps the rest', () => {
    const good = fromWgs84([121.6, 38.9], epsg(4529));
    const input = [point(good[0], good[1]), point(Infinity, 4e6), point(1e30, 1e30)];
    const { features, rowErrors } = toWgs84(input, epsg(3857));
    expect(features).toHaveLength(1);
    expect(rowErrors.map((e) => e.row)).toEqual([2, 3]);
    expect(rowErrors[1].message).toMatch(/^feature 3: .*not a longitude\/latitude/);
  });
});

/** The published GCJ-02 forward formula (Krasovsky ellipsoid), written here independently of gcoord. */
function referenceGcj02([lon, lat]: number[]): number[] {
  const a = 6378245.0;
  const ee = 0.006693421622965943;
  const x = lon - 105.0;
  const y = lat - 35.0;
  const s = (v: number) => Math.sin(v * Math.PI);
  let dLat = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  dLat +=
    ((20 * s(6 * x) + 20 * s(2 * x)) * 2) / 3 +
    ((20 * s(y) + 40 * s(y / 3)) * 2) / 3 +
    ((160 * s(y / 12) + 320 * s(y / 30)) * 2) / 3;
  let dLon = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  dLon +=
    ((20 * s(6 * x) + 20 * s(2 * x)) * 2) / 3 +
    ((20 * s(x) + 40 * s(x / 3)) * 2) / 3 +
    ((150 * s(x / 12) + 300 * s(x / 30)) * 2) / 3;
  const rad = lat * DEG;
  const magic = 1 - ee * Math.sin(rad) ** 2;
  dLat = (dLat * 180) / (((a * (1 - ee)) / (magic * Math.sqrt(magic))) * Math.PI);
  dLon = (dLon * 180) / ((a / Math.sqrt(magic)) * Math.cos(rad) * Math.PI);
  return [lon + dLon, lat + dLat];
}

/** GCJ-02 → BD-09, Baidu's published forward formula. */
function referenceBd09([lon, lat]: number[]): number[] {
  const k = (Math.PI * 3000) / 180;
  const z = Math.hypot(lon, lat) + 0.00002 * Math.sin(lat * k);
  const t = Math.atan2(lat, lon) + 0.000003 * Math.cos(lon * k);
  return [z * Math.cos(t) + 0.0065, z * Math.sin(t) + 0.006];
}

describe('Chinese web-map coordinates', () => {
  const places = [
    [123.4315, 41.8057], // Shenyang
    [121.6147, 38.914], // Dalian
    [124.3544, 40.0005], // Dandong
  ];

  it('GCJ-02: agrees with the published formula and round-trips within 1 m', () => {
    for (const wgs of places) {
      const gcj = fromWgs84(wgs, { kind: 'gcj02' });
      expect(metres(gcj, referenceGcj02(wgs))).toBeLessThan(0.01);
      expect(metres(gcj, wgs)).toBeGreaterThan(100); // the offset is hundreds of metres
      const back = (
        toWgs84([point(gcj[0], gcj[1])], { kind: 'gcj02' }).features[0].geometry as { coordinates: number[] }
      ).coordinates;
      expect(metres(back, wgs)).toBeLessThan(1);
    }
  });

  it('BD-09: agrees with the published formula and round-trips within 1 m', () => {
    for (const wgs of places) {
      const bd = fromWgs84(wgs, { kind: 'bd09' });
      expect(metres(bd, referenceBd09(referenceGcj02(wgs)))).toBeLessThan(1);
      const result = toWgs84([point(bd[0], bd[1])], { kind: 'bd09' });
      expect(metres((result.features[0].geometry as { coordinates: number[] }).coordinates, wgs)).toBeLessThan(1);
      expect(result.conversion).toContain('gcoord');
    }
  });

  it('leaves WGS84 and CGCS2000 coordinates as they are (rounded)', () => {
    const { features, conversion } = toWgs84([point(121.123456789, 40.5)], { kind: 'cgcs2000' });
    expect((features[0].geometry as { coordinates: number[] }).coordinates).toEqual([121.1234568, 40.5]);
    expect(conversion).toMatch(/^none/);
  });

  it('converts Web Mercator', () => {
    const xy = fromWgs84([121.6, 38.9], epsg(3857));
    expect(xy[0]).toBeCloseTo(121.6 * DEG * A, 3);
    const back = (toWgs84([point(xy[0], xy[1])], epsg(3857)).features[0].geometry as { coordinates: number[] })
      .coordinates;
    expect(back[0]).toBeCloseTo(121.6, 7);
    expect(back[1]).toBeCloseTo(38.9, 7);
  });
});
