/**
 * Decoder for ECharts' compressed map GeoJSON (`UTF8Encoding: true`), as written by echarts-mapmaker
 * and read by ECharts 4's `parseGeoJson`. Each ring is a string of character pairs; each pair is a
 * zig-zag encoded delta in units of 1/`UTF8Scale` degree, accumulated from the ring's `encodeOffsets`.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** ECharts' default when a file does not say `UTF8Scale`. */
export const DEFAULT_UTF8_SCALE = 1024;

/** A feature as stored in an ECharts map file, before decoding. */
export interface EchartsFeature {
  type: 'Feature';
  id?: string;
  properties: { name: string; cp?: [number, number]; [key: string]: unknown };
  geometry:
    | { type: 'Polygon'; coordinates: string[] | Position[][]; encodeOffsets?: [number, number][] }
    | { type: 'MultiPolygon'; coordinates: string[][] | Position[][][]; encodeOffsets?: [number, number][][] };
}

/** An ECharts map file's JSON (what `echarts.registerMap(name, json)` receives). */
export interface EchartsMap {
  type: 'FeatureCollection';
  features: EchartsFeature[];
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
}

/** A decoded feature: plain GeoJSON in the source's CRS (GCJ-02 for these files). */
export interface DecodedFeature {
  id: string;
  name: string;
  cp: [number, number] | null;
  geometry: Polygon | MultiPolygon;
}

/**
 * Decode one ring string. `offset` is the ring's `encodeOffsets` pair (already in scaled units).
 * Returns positions in degrees; the ring is closed if the encoding left it open.
 * Throws if the string has an odd length, since a half pair means the file is corrupt.
 */
export function decodeRing(encoded: string, offset: [number, number], scale = DEFAULT_UTF8_SCALE): Position[] {
  if (typeof encoded !== 'string') throw new TypeError(`expected an encoded ring string, got ${typeof encoded}`);
  if (encoded.length % 2 !== 0) throw new Error(`encoded ring has odd length ${encoded.length}`);
  if (!Array.isArray(offset) || !Number.isFinite(offset[0]) || !Number.isFinite(offset[1]))
    throw new TypeError(`expected an [x, y] encodeOffsets pair, got ${JSON.stringify(offset)}`);
  if (!(scale > 0)) throw new RangeError(`UTF8Scale must be positive, got ${scale}`);
  const ring: Position[] = [];
  let prevX = offset[0];
  let prevY = offset[1];
  for (let i = 0; i < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64;
    let y = encoded.charCodeAt(i + 1) - 64;
    // Zig-zag: even codes are non-negative deltas, odd codes negative ones.
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x += prevX;
    y += prevY;
    prevX = x;
    prevY = y;
    ring.push([x / scale, y / scale]);
  }
  return closeRing(ring);
}

/** Return `ring` with its first position repeated at the end if it is not already closed. */
export function closeRing(ring: Position[]): Position[] {
  if (ring.length === 0) return ring;
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first[0] === last[0] && first[1] === last[1]) return ring;
  return [...ring, [first[0], first[1]]];
}

/**
 * Decode the geometry of one ECharts feature. Geometries of files without `UTF8Encoding` are
 * passed through (rings closed). Throws if a ring lacks its `encodeOffsets` entry.
 */
export function decodeGeometry(
  geometry: EchartsFeature['geometry'],
  encoded: boolean,
  scale = DEFAULT_UTF8_SCALE,
): Polygon | MultiPolygon {
  const decodePolygon = (rings: (string | Position[])[], offsets: [number, number][] | undefined, where: string) =>
    rings.map((ring, r) => {
      if (!encoded) return closeRing(ring as Position[]);
      const off = offsets?.[r];
      if (!off) throw new Error(`${where} ring ${r}: missing encodeOffsets`);
      return decodeRing(ring as string, off, scale);
    });
  if (geometry.type === 'Polygon') {
    return { type: 'Polygon', coordinates: decodePolygon(geometry.coordinates, geometry.encodeOffsets, 'Polygon') };
  }
  if (geometry.type === 'MultiPolygon') {
    const coords = geometry.coordinates as (string | Position[])[][];
    return {
      type: 'MultiPolygon',
      coordinates: coords.map((poly, c) => decodePolygon(poly, geometry.encodeOffsets?.[c], `part ${c}`)),
    };
  }
  throw new Error(`unsupported geometry type ${(geometry as { type: string }).type}`);
}

/**
 * Decode every feature of an ECharts map file into plain GeoJSON geometries with id, name and seat.
 * Throws with the feature's id or index if a feature has no id or cannot be decoded.
 */
export function decodeEchartsMap(map: EchartsMap): DecodedFeature[] {
  if (!map || map.type !== 'FeatureCollection' || !Array.isArray(map.features))
    throw new TypeError('expected an ECharts map FeatureCollection');
  const scale = map.UTF8Scale ?? DEFAULT_UTF8_SCALE;
  return map.features.map((f, i) => {
    const id = f.id === undefined ? undefined : String(f.id);
    if (!id) throw new Error(`features[${i}] (${f.properties?.name}) has no id`);
    try {
      const cp = f.properties.cp;
      return {
        id,
        name: f.properties.name,
        cp: Array.isArray(cp) ? [Number(cp[0]), Number(cp[1])] : null,
        geometry: decodeGeometry(f.geometry, map.UTF8Encoding === true, scale),
      };
    } catch (err) {
      throw new Error(`feature ${id} (${f.properties?.name}): ${(err as Error).message}`, { cause: err });
    }
  });
}
