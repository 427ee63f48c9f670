import type { Geometry, Position } from 'geojson';
import type { AttributeValue, RawFeature } from './types';

/** [minX, minY, maxX, maxY] in the file's own units. */
export type Bbox = [number, number, number, number];

/** One input geometry checked: the simple geometries it becomes, or why it cannot be used. */
export type CheckedGeometry = { ok: true; geometries: Geometry[] } | { ok: false; reason: string };

class GeometryProblem extends Error {}

/**
 * Checks a geometry from a file and returns it as simple geometries with 2D positions: Z/M dropped,
 * GeometryCollections flattened, MultiPoints split into Points (the map draws points one by one),
 * unclosed polygon rings closed. Problems come back as a reason naming the bad member.
 */
export function checkGeometry(input: unknown): CheckedGeometry {
  try {
    const geometries: Geometry[] = [];
    collect(input, 'geometry', geometries);
    if (geometries.length === 0) return { ok: false, reason: 'geometry is empty' };
    return { ok: true, geometries };
  } catch (error) {
    if (error instanceof GeometryProblem) return { ok: false, reason: error.message };
    throw error;
  }
}

function collect(g: unknown, path: string, out: Geometry[]): void {
  if (g === null || g === undefined) throw new GeometryProblem(`${path} is null`);
  if (typeof g !== 'object') throw new GeometryProblem(`${path} is not an object`);
  const { type, coordinates: c, geometries } = g as { type?: unknown; coordinates?: unknown; geometries?: unknown };
  const at = `${path}.coordinates`;
  switch (type) {
    case 'Point':
      out.push({ type, coordinates: position(c, at) });
      return;
    case 'MultiPoint':
      for (const p of list(c, at)) out.push({ type: 'Point', coordinates: p });
      return;
    case 'LineString':
      out.push({ type, coordinates: line(c, at) });
      return;
    case 'MultiLineString':
      out.push({ type, coordinates: array(c, at).map((l, i) => line(l, `${at}[${i}]`)) });
      return;
    case 'Polygon':
      out.push({ type, coordinates: polygon(c, at) });
      return;
    case 'MultiPolygon':
      out.push({ type, coordinates: array(c, at).map((p, i) => polygon(p, `${at}[${i}]`)) });
      return;
    case 'GeometryCollection':
      if (!Array.isArray(geometries)) throw new GeometryProblem(`${path}.geometries is not an array`);
      geometries.forEach((m, i) => collect(m, `${path}.geometries[${i}]`, out));
      return;
    default:
      throw new GeometryProblem(`${path}.type ${JSON.stringify(type) ?? 'undefined'} is not a GeoJSON geometry type`);
  }
}

function array(c: unknown, at: string): unknown[] {
  if (!Array.isArray(c)) throw new GeometryProblem(`${at} is not an array`);
  if (c.length === 0) throw new GeometryProblem(`${at} is empty`);
  return c;
}

function position(p: unknown, at: string): Position {
  if (!Array.isArray(p) || p.length < 2) throw new GeometryProblem(`${at} is not an [x, y] position`);
  const [x, y] = p as unknown[];
  if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y))
    throw new GeometryProblem(`${at} ${JSON.stringify(p.slice(0, 2))} is not a pair of finite numbers`);
  return [x, y];
}

function list(c: unknown, at: string): Position[] {
  return array(c, at).map((p, i) => position(p, `${at}[${i}]`));
}

function line(c: unknown, at: string): Position[] {
  const ps = list(c, at);
  if (ps.length < 2) throw new GeometryProblem(`${at} has ${ps.length} position; a line needs at least 2`);
  return ps;
}

function polygon(c: unknown, at: string): Position[][] {
  return array(c, at).map((r, i) => {
    const ring = list(r, `${at}[${i}]`);
    const [first, last] = [ring[0], ring[ring.length - 1]];
    if (first[0] !== last[0] || first[1] !== last[1]) ring.push([first[0], first[1]]);
    if (ring.length < 4)
      throw new GeometryProblem(`${at}[${i}] has ${ring.length} positions; a polygon ring needs at least 4`);
    return ring;
  });
}

/** Turns any property value into an AttributeValue: objects and arrays become their JSON text. */
export function toAttributeValue(v: unknown): AttributeValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'bigint') return v.toString();
  try {
    return JSON.stringify(v) ?? null;
  } catch {
    return String(v);
  }
}

/** Flattens a properties object to AttributeValues (see toAttributeValue). */
export function flattenProperties(props: unknown): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  if (props && typeof props === 'object' && !Array.isArray(props))
    for (const [k, v] of Object.entries(props)) out[k] = toAttributeValue(v);
  return out;
}

/** Calls `fn` with every position of `g`. */
export function forEachPosition(g: Geometry, fn: (p: Position) => void): void {
  switch (g.type) {
    case 'Point':
      fn(g.coordinates);
      return;
    case 'MultiPoint':
    case 'LineString':
      g.coordinates.forEach(fn);
      return;
    case 'MultiLineString':
    case 'Polygon':
      for (const part of g.coordinates) part.forEach(fn);
      return;
    case 'MultiPolygon':
      for (const poly of g.coordinates) for (const ring of poly) ring.forEach(fn);
      return;
    case 'GeometryCollection':
      for (const m of g.geometries) forEachPosition(m, fn);
  }
}

/** The bounding box of all features' positions, or null when there are none. */
export function bboxOf(features: readonly RawFeature[]): Bbox | null {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features)
    forEachPosition(f.geometry, ([x, y]) => {
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    });
  return minX <= maxX ? [minX, minY, maxX, maxY] : null;
}
