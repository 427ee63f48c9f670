import type { Geometry, Position } from 'geojson';
import { ReadError, type InputFile } from './types';

/**
 * One record of a .shp: its 1-based position in the file, the byte offset where it ends, and its
 * geometry or why there is none.
 */
export type ShpRecord = { index: number; end: number } & ({ geometry: Geometry } | { error: string });

const TYPE_NAMES: Record<number, string> = {
  0: 'Null',
  1: 'Point',
  3: 'PolyLine',
  5: 'Polygon',
  8: 'MultiPoint',
  11: 'PointZ',
  13: 'PolyLineZ',
  15: 'PolygonZ',
  18: 'MultiPointZ',
  21: 'PointM',
  23: 'PolyLineM',
  25: 'PolygonM',
  28: 'MultiPointM',
  31: 'MultiPatch',
};

/** Checks a .shp header and returns its shape type name; hostile or foreign files → ReadError. */
export function readShpHeader(file: InputFile): { shapeType: string; warnings: string[] } {
  const b = file.bytes;
  if (b.length < 100)
    throw new ReadError(file.name, `is too short to be a .shp (${b.length} bytes; the header alone is 100)`);
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const code = dv.getInt32(0, false);
  if (code !== 9994) throw new ReadError(file.name, `is not a shapefile .shp (file code ${code}, expected 9994)`);
  const type = dv.getInt32(32, true);
  if (type === 31)
    throw new ReadError(file.name, 'holds MultiPatch (3D surface) shapes, which this reader does not accept');
  if (!(type in TYPE_NAMES)) throw new ReadError(file.name, `has an unknown shape type ${type}`);
  const declared = dv.getInt32(24, false) * 2;
  const warnings =
    declared > b.length
      ? [`${file.name}: the header says ${declared} bytes but the file has ${b.length}; it may be truncated`]
      : [];
  return { shapeType: TYPE_NAMES[type], warnings };
}

/**
 * The records of a .shp, in file order. A record whose length runs past the end of the file
 * ends the reading (reported as an error record); every step moves forward at least 8 bytes, so no
 * header value can make this loop forever.
 */
export function* readShpRecords(file: InputFile): Generator<ShpRecord> {
  const b = file.bytes;
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const declared = dv.getInt32(24, false) * 2;
  const end = declared >= 100 && declared <= b.length ? declared : b.length;
  let index = 0;
  for (let offset = 100; offset + 8 <= end;) {
    index++;
    const length = dv.getInt32(offset + 4, false) * 2;
    const start = offset + 8;
    if (length < 0 || start + length > end) {
      yield {
        index,
        end,
        error: `its length (${length} bytes) runs past the end of the file (${end - start} bytes left); reading stopped here`,
      };
      return;
    }
    offset = start + length;
    try {
      yield { index, end: offset, geometry: readShape(new DataView(b.buffer, b.byteOffset + start, length)) };
    } catch (error) {
      if (!(error instanceof ShapeError)) throw error;
      yield { index, end: offset, error: error.message };
    }
  }
}

class ShapeError extends Error {}

function readShape(dv: DataView): Geometry {
  const need = (n: number, what: string) => {
    if (dv.byteLength < n) throw new ShapeError(`${what} needs ${n} bytes but the record has ${dv.byteLength}`);
  };
  need(4, 'a record');
  const type = dv.getInt32(0, true);
  const point = (at: number): Position => {
    const x = dv.getFloat64(at, true);
    const y = dv.getFloat64(at + 8, true);
    if (!Number.isFinite(x) || !Number.isFinite(y)) throw new ShapeError(`coordinates [${x}, ${y}] are not numbers`);
    return [x, y];
  };
  switch (type) {
    case 0:
      throw new ShapeError('null shape (no geometry)');
    case 1:
    case 11:
    case 21:
      need(20, 'a point');
      return { type: 'Point', coordinates: point(4) };
    case 8:
    case 18:
    case 28: {
      need(40, 'a multipoint');
      const n = dv.getInt32(36, true);
      if (n < 1) throw new ShapeError(`multipoint has ${n} points`);
      need(40 + 16 * n, `a multipoint of ${n} points`);
      return { type: 'MultiPoint', coordinates: Array.from({ length: n }, (_, i) => point(40 + 16 * i)) };
    }
    case 3:
    case 13:
    case 23:
    case 5:
    case 15:
    case 25:
      return readParts(dv, type % 10 === 5, point, need);
    default:
      throw new ShapeError(`shape type ${type} (${TYPE_NAMES[type] ?? 'unknown'}) is not supported`);
  }
}

function readParts(
  dv: DataView,
  polygon: boolean,
  point: (at: number) => Position,
  need: (n: number, what: string) => void,
): Geometry {
  need(44, 'a polyline or polygon');
  const numParts = dv.getInt32(36, true);
  const numPoints = dv.getInt32(40, true);
  if (numParts < 1 || numPoints < 1) throw new ShapeError(`shape has ${numParts} parts and ${numPoints} points`);
  const pointsAt = 44 + 4 * numParts;
  need(pointsAt + 16 * numPoints, `${numParts} parts of ${numPoints} points`);
  const parts: Position[][] = [];
  for (let p = 0; p < numParts; p++) {
    const from = dv.getInt32(44 + 4 * p, true);
    const to = p + 1 < numParts ? dv.getInt32(48 + 4 * p, true) : numPoints;
    if (from < 0 || to > numPoints || from > to)
      throw new ShapeError(`part ${p + 1} has points ${from}–${to} of ${numPoints}`);
    const part: Position[] = [];
    for (let i = from; i < to; i++) part.push(point(pointsAt + 16 * i));
    parts.push(part);
  }
  return polygon ? assemblePolygon(parts) : assembleLines(parts);
}

function assembleLines(parts: Position[][]): Geometry {
  const lines = parts.filter((p) => p.length >= 2);
  if (lines.length === 0) throw new ShapeError('polyline has no part with 2 or more points');
  return lines.length === 1
    ? { type: 'LineString', coordinates: lines[0] }
    : { type: 'MultiLineString', coordinates: lines };
}

/** Twice the signed area: positive when counter-clockwise (x east, y north). */
function signedArea2(ring: Position[]): number {
  let s = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return s;
}

function ringBox(ring: Position[]): number[] {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) {
    if (x < box[0]) box[0] = x;
    if (y < box[1]) box[1] = y;
    if (x > box[2]) box[2] = x;
    if (y > box[3]) box[3] = y;
  }
  return box;
}

/** 1 inside, -1 outside, 0 on the boundary. */
function ringContains(ring: Position[], [x, y]: Position): number {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (
      (xj - xi) * (y - yi) === (yj - yi) * (x - xi) &&
      Math.min(xi, xj) <= x &&
      x <= Math.max(xi, xj) &&
      Math.min(yi, yj) <= y &&
      y <= Math.max(yi, yj)
    )
      return 0;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside ? 1 : -1;
}

/** Whether `outer` contains `hole`: the first vertex of the hole not on the outer's boundary decides. */
function ringContainsRing(outer: Position[], hole: Position[]): boolean {
  for (const p of hole) {
    const c = ringContains(outer, p);
    if (c !== 0) return c > 0;
  }
  return false;
}

/**
 * Shapefile polygons list rings with outer rings clockwise and holes counter-clockwise; each hole
 * goes to the smallest outer ring containing it (a hole inside none becomes an outer ring). Rings
 * are written the GeoJSON way (RFC 7946: outer counter-clockwise, holes clockwise).
 */
function assemblePolygon(parts: Position[][]): Geometry {
  const outers: { ring: Position[]; area: number; box: number[]; holes: Position[][] }[] = [];
  const holes: Position[][] = [];
  for (const part of parts) {
    const ring =
      part.length && (part[0][0] !== part[part.length - 1][0] || part[0][1] !== part[part.length - 1][1])
        ? [...part, part[0]]
        : part;
    if (ring.length < 4) continue;
    const area = signedArea2(ring);
    if (area < 0) outers.push({ ring: ring.slice().reverse(), area: -area, box: ringBox(ring), holes: [] });
    else if (area > 0) holes.push(ring);
  }
  for (const hole of holes) {
    let best: (typeof outers)[number] | null = null;
    const [x, y] = hole[0];
    for (const o of outers)
      if (
        (!best || o.area < best.area) &&
        x >= o.box[0] &&
        x <= o.box[2] &&
        y >= o.box[1] &&
        y <= o.box[3] &&
        ringContainsRing(o.ring, hole)
      )
        best = o;
    if (best) best.holes.push(hole.slice().reverse());
    else outers.push({ ring: hole, area: signedArea2(hole), box: ringBox(hole), holes: [] });
  }
  if (outers.length === 0) throw new ShapeError('polygon has no ring with 4 or more points and a non-zero area');
  const polygons = outers.map((o) => [o.ring, ...o.holes]);
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] }
    : { type: 'MultiPolygon', coordinates: polygons };
}
