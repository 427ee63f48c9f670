import type { InfraCollection, InfraProperties } from '../data/schemas/infra';
import { classifyOsmTags, type OsmGeometryKind } from './osm-tags';

/**
 * OSM elements → infrastructure features (WGS84, ids `osm-node-1`, `osm-way-2`, `osm-relation-3`).
 * Pure: used by the `data:osm` pipeline (elements read from osmium's output) and by the in-app
 * Overpass loader (through {@link overpassJsonToElements}). Coordinates are not rounded here.
 */

export type Position = [number, number];
export interface OsmLatLon {
  lat: number;
  lon: number;
}
export interface OsmNode {
  type: 'node';
  id: number;
  lat: number;
  lon: number;
  tags?: Record<string, string>;
}
/** A way with node refs (resolved against the nodes given alongside) and/or inline geometry (Overpass `out geom`). */
export interface OsmWay {
  type: 'way';
  id: number;
  tags?: Record<string, string>;
  nodes?: number[];
  /** null entries are positions Overpass left out (e.g. `out geom(bbox)`). */
  geometry?: (OsmLatLon | null)[];
}
export interface OsmMember {
  type: 'node' | 'way' | 'relation';
  ref: number;
  role: string;
  geometry?: (OsmLatLon | null)[];
}
export interface OsmRelation {
  type: 'relation';
  id: number;
  tags?: Record<string, string>;
  members: OsmMember[];
}
export type OsmElement = OsmNode | OsmWay | OsmRelation;
export type InfraFeature = InfraCollection['features'][number];

/** Result of {@link osmElementsToFeatures}: features sorted by id, and why some elements could not be drawn. */
export interface OsmConversion {
  features: InfraFeature[];
  problems: string[];
}

/**
 * Tags that make a closed way a line, not an area (unless `area=yes`): roads, rail, waterways,
 * power lines, barriers. Every other closed way with tags is an area (natural=water, landuse,
 * power=plant/substation, tourism=*, aeroway=aerodrome, …).
 */
const LINEAR_KEYS = ['highway', 'railway', 'barrier'];
const LINEAR_VALUES: Record<string, readonly string[]> = {
  waterway: ['river', 'canal', 'stream', 'drain', 'ditch'],
  power: ['line', 'minor_line', 'cable'],
  natural: ['coastline', 'tree_row', 'cliff', 'ridge'],
};

/** Whether a closed way with these tags is an area. */
export function isAreaTags(tags: Record<string, string>): boolean {
  if (tags.area === 'yes') return true;
  if (tags.area === 'no') return false;
  if (tags.railway === 'station' || tags.railway === 'halt') return true;
  if (LINEAR_KEYS.some((k) => k in tags)) return false;
  return !Object.entries(LINEAR_VALUES).some(([k, values]) => values.includes(tags[k]));
}

function makeFeature(
  type: OsmElement['type'],
  osmId: number,
  tags: Record<string, string>,
  kind: OsmGeometryKind,
  geometry: InfraFeature['geometry'],
  source: string,
): InfraFeature | null {
  const c = classifyOsmTags(tags, kind);
  if (!c) return null;
  const id = `osm-${type}-${osmId}`;
  const attributes: InfraProperties['attributes'] = {};
  for (const k of Object.keys(tags).sort()) attributes[k] = String(tags[k]);
  const properties = { id, ...c, approximate: false, source, attributes } as InfraProperties;
  return { type: 'Feature', id, properties, geometry };
}

/** The feature of a tagged node, or null if its tags are none of the classes. */
export function osmNodeToFeature(node: OsmNode, source = 'osm'): InfraFeature | null {
  if (!node.tags) return null;
  return makeFeature('node', node.id, node.tags, 'point', { type: 'Point', coordinates: [node.lon, node.lat] }, source);
}

/**
 * The feature of a way whose positions are known: a Polygon if it is closed and its tags make an
 * area, a LineString otherwise. `closed` defaults to "first and last position are equal".
 * Throws (with the way id) if the positions cannot make its geometry.
 */
export function osmWayToFeature(
  way: OsmWay,
  coords: Position[],
  closed?: boolean,
  source = 'osm',
): InfraFeature | null {
  if (!way.tags || Object.keys(way.tags).length === 0) return null;
  const isClosed = closed ?? (coords.length >= 4 && samePosition(coords[0], coords[coords.length - 1]));
  if (isClosed && coords.length >= 4 && isAreaTags(way.tags)) {
    return makeFeature(
      'way',
      way.id,
      way.tags,
      'area',
      { type: 'Polygon', coordinates: [orient(coords, true)] },
      source,
    );
  }
  if (coords.length < 2) throw new Error(`way ${way.id}: ${coords.length} position(s), a line needs 2`);
  return makeFeature('way', way.id, way.tags, 'line', { type: 'LineString', coordinates: coords }, source);
}

/**
 * The feature of a multipolygon relation: member ways (role `outer` or empty, and `inner`) joined
 * end to end into rings. `memberCoords` gives a member way's positions (inline Overpass geometry or
 * a way read earlier). Other relation types give null. Throws (with the relation id) if a member is
 * missing or the outer ways do not close.
 */
export function osmRelationToFeature(
  relation: OsmRelation,
  memberCoords: (member: OsmMember) => Position[] | undefined,
  source = 'osm',
): InfraFeature | null {
  const tags = relation.tags ?? {};
  if (tags.type !== 'multipolygon') return null;
  const { type: _type, ...areaTags } = tags;
  if (Object.keys(areaTags).length === 0 || !classifyOsmTags(areaTags, 'area')) return null;
  const outer: Position[][] = [];
  const inner: Position[][] = [];
  for (const m of relation.members) {
    if (m.type !== 'way') continue;
    const coords = memberCoords(m);
    if (!coords || coords.length < 2) throw new Error(`relation ${relation.id}: member way ${m.ref} has no positions`);
    (m.role === 'inner' ? inner : outer).push(coords);
  }
  if (outer.length === 0) throw new Error(`relation ${relation.id}: no outer member ways`);
  const outerRings = joinRings(outer, `relation ${relation.id}`).map((r) => orient(r, true));
  const polygons: Position[][][] = outerRings.map((r) => [r]);
  // Inner rings go into the outer that contains them; one that lies in no outer is left out.
  for (const ring of joinRings(inner, `relation ${relation.id}`)) {
    const host = polygons.find((p) => pointInRing(ring[0], p[0]));
    if (host) host.push(orient(ring, false));
  }
  const geometry: InfraFeature['geometry'] =
    polygons.length === 1
      ? { type: 'Polygon', coordinates: polygons[0] }
      : { type: 'MultiPolygon', coordinates: polygons };
  return makeFeature('relation', relation.id, tags, 'area', geometry, source);
}

/**
 * All features of a set of elements: ways find their positions in their inline geometry or in the
 * nodes of the set, relations in inline member geometry or the ways of the set. Elements that are
 * none of the classes are skipped silently; ones that cannot be drawn are listed in `problems`.
 */
export function osmElementsToFeatures(
  elements: readonly OsmElement[],
  options: { source?: string } = {},
): OsmConversion {
  const source = options.source ?? 'osm';
  const nodes = new Map<number, Position>();
  for (const e of elements) if (e.type === 'node') nodes.set(e.id, [e.lon, e.lat]);
  const wayCoords = new Map<number, Position[]>();
  const features: InfraFeature[] = [];
  const problems: string[] = [];
  const attempt = (f: () => InfraFeature | null) => {
    try {
      const feature = f();
      if (feature) features.push(feature);
    } catch (err) {
      problems.push((err as Error).message);
    }
  };
  for (const e of elements) if (e.type === 'node') attempt(() => osmNodeToFeature(e, source));
  for (const e of elements) {
    if (e.type !== 'way') continue;
    attempt(() => {
      // An untagged way is only a relation member: a relation that needs it reports it missing.
      if (!e.tags && !e.geometry && e.nodes?.some((ref) => !nodes.has(ref))) return null;
      const parts = wayPositions(e, nodes);
      if (parts.length === 1) wayCoords.set(e.id, parts[0]);
      if (!e.tags) return null;
      if (parts.length === 0) throw new Error(`way ${e.id}: no positions`);
      if (parts.length === 1) {
        const closed = e.nodes && e.nodes.length >= 4 ? e.nodes[0] === e.nodes[e.nodes.length - 1] : undefined;
        return osmWayToFeature(e, parts[0], closed, source);
      }
      // Positions left out by the server: the pieces can only be a line.
      const geometry: InfraFeature['geometry'] = { type: 'MultiLineString', coordinates: parts };
      return makeFeature('way', e.id, e.tags, 'line', geometry, source);
    });
  }
  for (const e of elements) {
    if (e.type !== 'relation') continue;
    attempt(() =>
      osmRelationToFeature(e, (m) => (m.geometry ? toPositions(m.geometry)[0] : wayCoords.get(m.ref)), source),
    );
  }
  features.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { features, problems };
}

/** A way's positions, split where Overpass left some out; throws if a node ref cannot be resolved. */
function wayPositions(way: OsmWay, nodes: Map<number, Position>): Position[][] {
  if (way.geometry) return toPositions(way.geometry);
  const coords = (way.nodes ?? []).map((ref) => {
    const p = nodes.get(ref);
    if (!p) throw new Error(`way ${way.id}: node ${ref} is not in the data`);
    return p;
  });
  return [coords];
}

function toPositions(geometry: (OsmLatLon | null)[]): Position[][] {
  const parts: Position[][] = [[]];
  for (const g of geometry) {
    if (g) parts[parts.length - 1].push([g.lon, g.lat]);
    else if (parts[parts.length - 1].length > 0) parts.push([]);
  }
  return parts.filter((p) => p.length > 0);
}

const samePosition = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

/** Join way pieces end to end (reversing as needed) into closed rings; throws if one stays open. */
function joinRings(pieces: Position[][], where: string): Position[][] {
  const left = pieces.map((p) => p.slice());
  const rings: Position[][] = [];
  while (left.length > 0) {
    let ring = left.shift()!;
    while (!samePosition(ring[0], ring[ring.length - 1])) {
      const end = ring[ring.length - 1];
      const i = left.findIndex((p) => samePosition(p[0], end) || samePosition(p[p.length - 1], end));
      if (i < 0) throw new Error(`${where}: ring not closed at [${end[0]}, ${end[1]}]`);
      const next = left.splice(i, 1)[0];
      ring = ring.concat((samePosition(next[0], end) ? next : next.reverse()).slice(1));
    }
    if (ring.length < 4) throw new Error(`${where}: ring of ${ring.length} positions, a polygon needs 4`);
    rings.push(ring);
  }
  return rings;
}

function signedArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    s += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return s / 2;
}

/** RFC 7946 winding: outer rings counter-clockwise, holes clockwise. */
function orient(ring: Position[], outer: boolean): Position[] {
  const ccw = signedArea(ring) > 0;
  return ccw === outer ? ring : ring.slice().reverse();
}

function pointInRing(p: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * Elements of an Overpass `[out:json]` answer (`{elements: [...]}`), checked field by field.
 * Ways need `nodes` (with the nodes in the answer) or `geometry` (`out geom`); relations need
 * `members` (`out body` or `out geom`; `out tags` has none). Throws naming the element and field.
 */
export function overpassJsonToElements(json: unknown): OsmElement[] {
  const list = (json as { elements?: unknown } | null)?.elements;
  if (!Array.isArray(list)) throw new Error('Overpass JSON: expected an object with an "elements" array');
  return list.map((raw, i): OsmElement => {
    const e = raw as Record<string, unknown>;
    const where = `Overpass JSON elements[${i}]`;
    if (!e || typeof e !== 'object') throw new Error(`${where}: expected an object`);
    if (typeof e.id !== 'number' || !Number.isInteger(e.id))
      throw new Error(`${where}.id: expected an integer, got ${JSON.stringify(e.id)}`);
    const tags = readTags(e.tags, `${where}.tags`);
    if (e.type === 'node') {
      if (typeof e.lat !== 'number' || typeof e.lon !== 'number')
        throw new Error(`${where}: node ${e.id} has no lat/lon (query with out geom or out body)`);
      return { type: 'node', id: e.id, lat: e.lat, lon: e.lon, tags };
    }
    if (e.type === 'way') {
      const nodes = Array.isArray(e.nodes) ? (e.nodes as number[]) : undefined;
      return { type: 'way', id: e.id, tags, nodes, geometry: readGeometry(e.geometry, `${where}.geometry`) };
    }
    if (e.type === 'relation') {
      const members = (Array.isArray(e.members) ? e.members : []).map((m: Record<string, unknown>, j: number) => ({
        type: m.type as OsmMember['type'],
        ref: Number(m.ref),
        role: typeof m.role === 'string' ? m.role : '',
        geometry: readGeometry(m.geometry, `${where}.members[${j}].geometry`),
      }));
      return { type: 'relation', id: e.id, tags, members };
    }
    throw new Error(`${where}.type: expected node, way or relation, got ${JSON.stringify(e.type)}`);
  });
}

function readTags(value: unknown, where: string): Record<string, string> | undefined {
  if (value === undefined) return undefined;
  if (!value || typeof value !== 'object') throw new Error(`${where}: expected an object of strings`);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]));
}

function readGeometry(value: unknown, where: string): (OsmLatLon | null)[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new Error(`${where}: expected an array of {lat, lon}`);
  return value.map((g, k) => {
    if (g === null) return null;
    if (typeof g?.lat !== 'number' || typeof g?.lon !== 'number')
      throw new Error(`${where}[${k}]: expected {lat, lon} numbers`);
    return { lat: g.lat, lon: g.lon };
  });
}
