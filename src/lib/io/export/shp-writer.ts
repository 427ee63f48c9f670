import type { Geometry, Position } from 'geojson';

/** The shape type of one file set. */
export type ShapeKind = 'point' | 'multipoint' | 'polyline' | 'polygon';

const SHAPE_TYPE: Record<ShapeKind, number> = { point: 1, polyline: 3, polygon: 5, multipoint: 8 };

/** Twice the signed area of a ring: > 0 counter-clockwise (x east, y north). */
function signedArea2(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    sum += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return sum;
}

/** A closed copy of `ring`, turned clockwise when `clockwise`, else counter-clockwise. */
export function orientRing(ring: Position[], clockwise: boolean): Position[] {
  const closed = ring.map((p) => [p[0], p[1]]);
  if (closed.length === 0) return closed;
  const [a, b] = [closed[0], closed[closed.length - 1]];
  if (a[0] !== b[0] || a[1] !== b[1]) closed.push([a[0], a[1]]);
  return signedArea2(closed) > 0 === clockwise ? closed.reverse() : closed;
}

/**
 * The parts of a geometry as the shapefile stores them, or null for a null/empty shape. Polygon
 * rings follow the shapefile spec: outer rings clockwise, holes counter-clockwise (the reverse of
 * RFC 7946), all rings of a MultiPolygon in one record.
 */
function partsOf(kind: ShapeKind, g: Geometry | null): Position[][] | null {
  if (!g) return null;
  let parts: Position[][];
  if (kind === 'point' || kind === 'multipoint')
    parts = g.type === 'Point' ? [[g.coordinates]] : g.type === 'MultiPoint' ? [g.coordinates] : wrong(kind, g);
  else if (kind === 'polyline')
    parts = g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : wrong(kind, g);
  else {
    const polygons =
      g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : wrong(kind, g);
    parts = polygons.flatMap((rings) => rings.filter((r) => r.length > 0).map((r, i) => orientRing(r, i === 0)));
  }
  parts = parts.filter((p) => p.length > 0 && p[0].length >= 2);
  return parts.length ? parts : null;
}

function wrong(kind: ShapeKind, g: Geometry): never {
  throw new TypeError(`a ${g.type} cannot go into a ${kind} shapefile`);
}

function shapeBytes(kind: ShapeKind, parts: Position[][] | null): Uint8Array {
  if (!parts) return new Uint8Array(4); // shape type 0: null shape
  const type = SHAPE_TYPE[kind];
  if (kind === 'point') {
    const c = new DataView(new ArrayBuffer(20));
    c.setInt32(0, type, true);
    c.setFloat64(4, parts[0][0][0], true);
    c.setFloat64(12, parts[0][0][1], true);
    return new Uint8Array(c.buffer);
  }
  const points = parts.flat();
  const head = kind === 'multipoint' ? 40 : 44 + 4 * parts.length;
  const c = new DataView(new ArrayBuffer(head + 16 * points.length));
  c.setInt32(0, type, true);
  boundsOf(points).forEach((v, i) => c.setFloat64(4 + 8 * i, v, true));
  if (kind === 'multipoint') c.setInt32(36, points.length, true);
  else {
    c.setInt32(36, parts.length, true);
    c.setInt32(40, points.length, true);
    let start = 0;
    parts.forEach((p, i) => {
      c.setInt32(44 + 4 * i, start, true);
      start += p.length;
    });
  }
  points.forEach((p, i) => {
    c.setFloat64(head + 16 * i, p[0], true);
    c.setFloat64(head + 16 * i + 8, p[1], true);
  });
  return new Uint8Array(c.buffer);
}

function boundsOf(points: Position[]): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    b[0] = Math.min(b[0], p[0]);
    b[1] = Math.min(b[1], p[1]);
    b[2] = Math.max(b[2], p[0]);
    b[3] = Math.max(b[3], p[1]);
  }
  return b;
}

function writeHeader(dv: DataView, bytes: number, type: number, bbox: number[]): void {
  dv.setInt32(0, 9994, false);
  dv.setInt32(24, bytes / 2, false); // file length in 16-bit words
  dv.setInt32(28, 1000, true);
  dv.setInt32(32, type, true);
  bbox.forEach((v, i) => dv.setFloat64(36 + 8 * i, v, true)); // Z and M ranges stay 0
}

/**
 * The .shp and .shx of `geometries` (one record each, in order; null/empty → null shape) as
 * `kind`. Throws naming the record (0-based) when a geometry does not fit the kind.
 */
export function writeShp(
  kind: ShapeKind,
  geometries: readonly (Geometry | null)[],
): { shp: Uint8Array; shx: Uint8Array } {
  const allParts = geometries.map((g, i) => {
    try {
      return partsOf(kind, g);
    } catch (error) {
      throw new Error(`.shp record ${i}: ${error instanceof Error ? error.message : error}`, { cause: error });
    }
  });
  const contents = allParts.map((parts) => shapeBytes(kind, parts));
  const points = allParts.flatMap((parts) => (parts ? parts.flat() : []));
  const bbox = points.length ? boundsOf(points) : [0, 0, 0, 0];
  const shpLength = 100 + contents.reduce((n, c) => n + 8 + c.length, 0);
  if (shpLength > 2 ** 31 - 2) throw new RangeError(`.shp would be ${shpLength} bytes, past the 2 GB shapefile limit`);
  const shp = new Uint8Array(shpLength);
  const shx = new Uint8Array(100 + 8 * contents.length);
  const shpView = new DataView(shp.buffer);
  const shxView = new DataView(shx.buffer);
  writeHeader(shpView, shp.length, SHAPE_TYPE[kind], bbox);
  writeHeader(shxView, shx.length, SHAPE_TYPE[kind], bbox);
  let offset = 100;
  contents.forEach((c, i) => {
    shpView.setInt32(offset, i + 1, false);
    shpView.setInt32(offset + 4, c.length / 2, false);
    shp.set(c, offset + 8);
    shxView.setInt32(100 + 8 * i, offset / 2, false);
    shxView.setInt32(104 + 8 * i, c.length / 2, false);
    offset += 8 + c.length;
  });
  return { shp, shx };
}
