/**
 * Streams osmium's OPL output (`osmium add-locations-to-ways -f opl`) into infrastructure features,
 * with the same conversion functions the app uses for Overpass answers (src/lib/infra/osm-to-features).
 * OPL puts one object per line, nodes then ways then relations, and escapes every special or
 * non-ASCII character as `%hex%`.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import {
  osmNodeToFeature,
  osmRelationToFeature,
  osmWayToFeature,
  type InfraFeature,
  type OsmMember,
  type Position,
} from '../../src/lib/infra/osm-to-features';

/** One OPL line: its type, id, tags and, as present, location, way nodes (with locations) or members. */
export interface OplObject {
  type: 'node' | 'way' | 'relation';
  id: number;
  tags: Record<string, string>;
  lon?: number;
  lat?: number;
  nodes?: { ref: number; lon?: number; lat?: number }[];
  members?: OsmMember[];
}

const TYPES = { n: 'node', w: 'way', r: 'relation' } as const;
const MEMBER_TYPES: Record<string, OsmMember['type']> = { n: 'node', w: 'way', r: 'relation' };

/** Undo OPL escaping: `%6d4b%` → 测. */
export function unescapeOpl(s: string): string {
  return s.replace(/%([0-9a-fA-F]+)%/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
}

const num = (s: string | undefined): number | undefined => (s === undefined || s === '' ? undefined : Number(s));

/** Parse one OPL line; throws naming the line if it is not an OPL object. */
export function parseOplLine(line: string): OplObject {
  const fields = line.split(' ');
  const type = TYPES[fields[0][0] as keyof typeof TYPES];
  const id = Number(fields[0].slice(1));
  if (!type || !Number.isInteger(id)) throw new Error(`not an OPL object line: ${line.slice(0, 80)}`);
  const o: OplObject = { type, id, tags: {} };
  for (const f of fields.slice(1)) {
    const [key, value] = [f[0], f.slice(1)];
    if (key === 'T' && value) {
      for (const kv of value.split(',')) {
        const eq = kv.indexOf('=');
        o.tags[unescapeOpl(kv.slice(0, eq))] = unescapeOpl(kv.slice(eq + 1));
      }
    } else if (key === 'x') o.lon = num(value);
    else if (key === 'y') o.lat = num(value);
    else if (key === 'N') {
      o.nodes = value
        ? value.split(',').map((n) => {
            const m = /^n(-?\d+)(?:x([^y]*)y(.*))?$/.exec(n);
            if (!m) throw new Error(`way ${id}: cannot read node "${n}"`);
            return { ref: Number(m[1]), lon: num(m[2]), lat: num(m[3]) };
          })
        : [];
    } else if (key === 'M') {
      o.members = value
        ? value.split(',').map((m) => {
            const at = m.indexOf('@');
            return { type: MEMBER_TYPES[m[0]], ref: Number(m.slice(1, at)), role: unescapeOpl(m.slice(at + 1)) };
          })
        : [];
    }
  }
  return o;
}

async function* oplObjects(file: string): AsyncGenerator<OplObject> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) if (line) yield parseOplLine(line);
}

/** Counts of what {@link readOplFeatures} read. */
export interface OplReadStats {
  nodes: number;
  ways: number;
  relations: number;
}

/**
 * Read an OPL file with way node locations and hand every feature to `onFeature` and every
 * element that cannot be drawn to `onProblem`. Two passes: the first finds the member ways of
 * multipolygons, so only those ways' positions are held in memory.
 */
export async function readOplFeatures(
  file: string,
  source: string,
  onFeature: (f: InfraFeature) => void,
  onProblem: (message: string) => void,
): Promise<OplReadStats> {
  const wanted = new Set<number>();
  for await (const o of oplObjects(file))
    if (o.type === 'relation' && o.tags.type === 'multipolygon')
      for (const m of o.members ?? []) if (m.type === 'way') wanted.add(m.ref);

  const wayCoords = new Map<number, Position[]>();
  const stats: OplReadStats = { nodes: 0, ways: 0, relations: 0 };
  const attempt = (f: () => InfraFeature | null) => {
    try {
      const feature = f();
      if (feature) onFeature(feature);
    } catch (err) {
      onProblem((err as Error).message);
    }
  };
  for await (const o of oplObjects(file)) {
    if (o.type === 'node') {
      stats.nodes++;
      if (o.lon === undefined || o.lat === undefined || Object.keys(o.tags).length === 0) continue;
      attempt(() => osmNodeToFeature({ type: 'node', id: o.id, lon: o.lon!, lat: o.lat!, tags: o.tags }, source));
    } else if (o.type === 'way') {
      stats.ways++;
      const nodes = o.nodes ?? [];
      const missing = nodes.find((n) => n.lon === undefined || n.lat === undefined);
      if (missing) {
        if (Object.keys(o.tags).length > 0)
          onProblem(`way ${o.id}: node ${missing.ref} has no location in the extract`);
        continue;
      }
      const coords = nodes.map((n): Position => [n.lon!, n.lat!]);
      if (wanted.has(o.id)) wayCoords.set(o.id, coords);
      const closed = nodes.length >= 4 && nodes[0].ref === nodes[nodes.length - 1].ref;
      attempt(() => osmWayToFeature({ type: 'way', id: o.id, tags: o.tags }, coords, closed, source));
    } else {
      stats.relations++;
      const relation = { type: 'relation' as const, id: o.id, tags: o.tags, members: o.members ?? [] };
      attempt(() => osmRelationToFeature(relation, (m) => wayCoords.get(m.ref), source));
    }
  }
  return stats;
}
