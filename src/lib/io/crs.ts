import gcoord from 'gcoord';

export type LonLat = [number, number];

/**
 * GCJ-02 (the obfuscated datum of Chinese web maps) → WGS84, with gcoord's iterative inverse.
 * gcoord decides "in China" by a bounding box, so points in Korea are shifted too; points far
 * outside (Japan, Europe) are returned unchanged.
 */
export function gcj02ToWgs84(p: LonLat): LonLat {
  assertLonLat(p);
  const [lon, lat] = gcoord.transform(p, gcoord.GCJ02, gcoord.WGS84) as LonLat;
  return [lon, lat];
}

/** WGS84 → GCJ-02, for exports to users of Chinese web maps. */
export function wgs84ToGcj02(p: LonLat): LonLat {
  assertLonLat(p);
  const [lon, lat] = gcoord.transform(p, gcoord.WGS84, gcoord.GCJ02) as LonLat;
  return [lon, lat];
}

function assertLonLat(p: LonLat): void {
  if (!Array.isArray(p) || p.length < 2 || !Number.isFinite(p[0]) || !Number.isFinite(p[1]))
    throw new TypeError(`expected [lon, lat] numbers, got ${JSON.stringify(p)}`);
  if (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90)
    throw new RangeError(`[${p[0]}, ${p[1]}] is not a longitude/latitude pair`);
}
