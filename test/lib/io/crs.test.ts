import { describe, expect, it } from 'vitest';
import { distance } from '@turf/turf';
import { gcj02ToWgs84, wgs84ToGcj02, type LonLat } from '../../../src/lib/io/crs';

/**
 * The published GCJ-02 forward formula (Krasovsky ellipsoid a = 6378245 m, e² = 0.00669342162296594323,
 * polynomial + sine series about 105°E 35°N), written here from the formula rather than taken from
 * gcoord, so the test compares two implementations.
 */
function referenceWgs84ToGcj02([lon, lat]: LonLat): LonLat {
  const a = 6378245.0;
  const ee = 0.006693421622965943; // 0.00669342162296594323 as published, to double precision
  const x = lon - 105.0;
  const y = lat - 35.0;
  const s = (v: number) => Math.sin(v * Math.PI);
  let dLat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  dLat += ((20.0 * s(6.0 * x) + 20.0 * s(2.0 * x)) * 2.0) / 3.0;
  dLat += ((20.0 * s(y) + 40.0 * s(y / 3.0)) * 2.0) / 3.0;
  dLat += ((160.0 * s(y / 12.0) + 320 * s(y / 30.0)) * 2.0) / 3.0;
  let dLon = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  dLon += ((20.0 * s(6.0 * x) + 20.0 * s(2.0 * x)) * 2.0) / 3.0;
  dLon += ((20.0 * s(x) + 40.0 * s(x / 3.0)) * 2.0) / 3.0;
  dLon += ((150.0 * s(x / 12.0) + 300.0 * s(x / 30.0)) * 2.0) / 3.0;
  const radLat = (lat / 180.0) * Math.PI;
  const magic = 1 - ee * Math.sin(radLat) ** 2;
  const sqrtMagic = Math.sqrt(magic);
  dLat = (dLat * 180.0) / (((a * (1 - ee)) / (magic * sqrtMagic)) * Math.PI);
  dLon = (dLon * 180.0) / ((a / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return [lon + dLon, lat + dLat];
}

/** Control points across Liaoning (WGS84): city centres and the corners of the province's frame. */
const LIAONING: [string, LonLat][] = [
  ['Shenyang', [123.43, 41.8]],
  ['Dalian', [121.61, 38.91]],
  ['Dandong', [124.38, 40.13]],
  ['Chaoyang', [120.45, 41.57]],
  ['Changhai islands', [122.59, 39.27]],
  ['south-west corner', [118.8, 38.7]],
  ['north-east corner', [125.8, 43.5]],
];

describe('wgs84ToGcj02', () => {
  it.each(LIAONING)('%s matches the published formula', (_, p) => {
    const [lon, lat] = wgs84ToGcj02(p);
    const [rLon, rLat] = referenceWgs84ToGcj02(p);
    expect(Math.abs(lon - rLon)).toBeLessThan(1e-9);
    expect(Math.abs(lat - rLat)).toBeLessThan(1e-9);
  });

  it('reproduces a stored control value (Shenyang)', () => {
    // Computed once (gcoord and the formula above agree to 1e-9); guards against a change of constants.
    const [lon, lat] = wgs84ToGcj02([123.43, 41.8]);
    expect(lon).toBeCloseTo(123.436136817, 8);
    expect(lat).toBeCloseTo(41.802429763, 8);
  });

  it.each(LIAONING)('offset at %s is between 100 and 700 m', (_, p) => {
    const m = distance(p, wgs84ToGcj02(p), { units: 'meters' });
    expect(m).toBeGreaterThan(100);
    expect(m).toBeLessThan(700);
  });

  it('leaves points outside China unchanged', () => {
    expect(wgs84ToGcj02([139.69, 35.69])).toEqual([139.69, 35.69]); // Tokyo
    expect(wgs84ToGcj02([-0.1276, 51.5072])).toEqual([-0.1276, 51.5072]); // London
    expect(gcj02ToWgs84([-74.006, 40.7128])).toEqual([-74.006, 40.7128]); // New York
  });
});

describe('gcj02ToWgs84', () => {
  it.each(LIAONING)('round-trips %s within 1e-6°', (_, p) => {
    const back = gcj02ToWgs84(wgs84ToGcj02(p));
    expect(Math.abs(back[0] - p[0])).toBeLessThanOrEqual(1e-6);
    expect(Math.abs(back[1] - p[1])).toBeLessThanOrEqual(1e-6);
  });

  it('inverts the forward offset (a GCJ point moves back south-west in Liaoning)', () => {
    const gcj: LonLat = [123.436137, 41.80243];
    const [lon, lat] = gcj02ToWgs84(gcj);
    expect(lon).toBeCloseTo(123.43, 5);
    expect(lat).toBeCloseTo(41.8, 5);
  });

  it('rejects what is not a lon/lat pair', () => {
    expect(() => gcj02ToWgs84([Number.NaN, 41])).toThrow(TypeError);
    expect(() => gcj02ToWgs84([41.8, 123.43])).toThrow(RangeError); // lat/lon swapped: 123° is no latitude
    expect(() => wgs84ToGcj02([190, 41.8])).toThrow(RangeError);
  });
});
