/**
 * A small OSM XML extract for the data:osm tests: one or two objects of each kind the atlas reads,
 * around Shenyang, Fushun and Dalian, plus objects that must be left out (outside Liaoning, military,
 * residential). Positions have 7 decimals, as OSM stores them.
 */
import { writeFileSync } from 'node:fs';

type Tags = Record<string, string>;
interface FixtureNode {
  id: number;
  lon: number;
  lat: number;
  tags?: Tags;
}

const nodes: FixtureNode[] = [];
const ways: { id: number; refs: number[]; tags?: Tags }[] = [];
const relations: { id: number; members: [string, number, string][]; tags: Tags }[] = [];

let nextNode = 1;
/** Untagged way nodes, numbered in order. */
function line(coords: [number, number][]): number[] {
  return coords.map(([lon, lat]) => {
    const id = nextNode++;
    nodes.push({ id, lon, lat });
    return id;
  });
}
/** A closed ring of new nodes (the first node repeated at the end). */
function ring(coords: [number, number][]): number[] {
  const ids = line(coords);
  return [...ids, ids[0]];
}

// Roads and rail.
ways.push({
  id: 100,
  refs: line([
    [123.4012345, 41.7512345],
    [123.41, 41.76],
  ]),
  tags: { highway: 'motorway', ref: 'G1', name: '京哈高速' },
});
ways.push({
  id: 101,
  refs: line([
    [123.42, 41.76],
    [123.43, 41.77],
  ]),
  tags: { highway: 'trunk', ref: 'G202', name: '黑大线' },
});
ways.push({
  id: 102,
  refs: line([
    [123.44, 41.78],
    [123.45, 41.79],
  ]),
  tags: { highway: 'secondary', ref: 'S106', name: 'Shenben Road', 'name:zh': '沈本线' },
});
ways.push({
  id: 103,
  refs: line([
    [123.44, 41.8],
    [123.45, 41.81],
  ]),
  tags: { highway: 'residential', name: '小区路' },
});
ways.push({
  id: 111,
  refs: line([
    [123.39, 41.79],
    [123.4, 41.8],
  ]),
  tags: { railway: 'rail', name: '京哈铁路' },
});
// Power.
ways.push({
  id: 104,
  refs: line([
    [123.46, 41.8],
    [123.47, 41.81],
  ]),
  tags: { power: 'line', voltage: '220000;66000', name: '沈东线' },
});
ways.push({
  id: 105,
  refs: ring([
    [123.48, 41.82],
    [123.481, 41.82],
    [123.481, 41.821],
    [123.48, 41.821],
  ]),
  tags: { power: 'substation', voltage: '66000', name: '浑南变电站' },
});
ways.push({
  id: 106,
  refs: ring([
    [123.3, 41.7],
    [123.31, 41.7],
    [123.31, 41.71],
    [123.3, 41.71],
  ]),
  tags: { power: 'plant', 'plant:source': 'solar', 'plant:output:electricity': '50 MW', name: '法库光伏电站' },
});
// A 500 kV line from Shenyang to Siping (Jilin): kept whole, not cut at the border.
ways.push({
  id: 110,
  refs: line([
    [123.4, 41.85],
    [124.35, 43.17],
  ]),
  tags: { power: 'line', voltage: '500000' },
});
// Water: a reservoir multipolygon (outer ring in two ways, one island), and a river.
const [a, b, c, d] = line([
  [124.05, 41.88],
  [124.15, 41.88],
  [124.15, 41.95],
  [124.05, 41.95],
]);
ways.push({ id: 201, refs: [a, b, c] });
ways.push({ id: 202, refs: [c, d, a] });
ways.push({
  id: 203,
  refs: ring([
    [124.09, 41.9],
    [124.1, 41.9],
    [124.1, 41.91],
  ]),
});
relations.push({
  id: 200,
  members: [
    ['way', 201, 'outer'],
    ['way', 202, 'outer'],
    ['way', 203, 'inner'],
  ],
  tags: { type: 'multipolygon', natural: 'water', water: 'reservoir', name: '大伙房水库' },
});
ways.push({
  id: 108,
  refs: line([
    [123.35, 41.76],
    [123.4, 41.77],
    [123.45, 41.75],
  ]),
  tags: { waterway: 'river', name: '浑河' },
});
// Tourism and gateways.
ways.push({
  id: 107,
  refs: ring([
    [123.47, 41.62],
    [123.5, 41.62],
    [123.5, 41.65],
    [123.47, 41.65],
  ]),
  tags: { aeroway: 'aerodrome', name: '沈阳桃仙国际机场', iata: 'SHE', icao: 'ZYTX' },
});
nodes.push({
  id: 300,
  lon: 123.4556789,
  lat: 41.796789,
  tags: { tourism: 'attraction', name: '沈阳故宫', 'tourism:grade': 'AAAAA' },
});
nodes.push({ id: 301, lon: 123.65, lat: 41.9, tags: { tourism: 'attraction', name: '棋盘山国家4A级旅游景区' } });
nodes.push({ id: 302, lon: 123.6, lat: 41.95, tags: { tourism: 'guest_house', name: '老王家农家乐' } });
nodes.push({
  id: 303,
  lon: 123.0,
  lat: 41.5,
  tags: { aeroway: 'aerodrome', military: 'airfield', name: '某军用机场' },
});
nodes.push({ id: 306, lon: 121.555, lat: 38.8, tags: { harbour: 'yes', name: '测试港' } });
nodes.push({ id: 307, lon: 123.395, lat: 41.795, tags: { railway: 'station', name: '沈阳站' } });
nodes.push({ id: 308, lon: 123.396, lat: 41.796, tags: { railway: 'station', station: 'subway', name: '地铁站' } });
// Outside Liaoning: in Jilin (inside the province's bbox), in Beijing, in Sinuiju (DPRK) across the Yalu.
ways.push({
  id: 109,
  refs: line([
    [124.35, 43.17],
    [124.36, 43.18],
  ]),
  tags: { highway: 'trunk', ref: 'G102' },
});
nodes.push({ id: 304, lon: 116.4, lat: 39.9, tags: { tourism: 'attraction', name: '故宫', 'tourism:grade': '5A' } });
nodes.push({ id: 305, lon: 124.36, lat: 40.06, tags: { power: 'substation', voltage: '66000' } });

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const meta = (day: number) => `version="1" timestamp="2024-05-0${day}T08:00:00Z"`;
const tagXml = (tags?: Tags) =>
  Object.entries(tags ?? {})
    .map(([k, v]) => `<tag k="${esc(k)}" v="${esc(v)}"/>`)
    .join('');

/** The newest object timestamp in the fixture (relations are written last, on day 6). */
export const FIXTURE_NEWEST = '2024-05-06T08:00:00Z';

/** Write the fixture as OSM XML (objects sorted by type and id, as osmium expects). */
export function writeOsmFixture(file: string): void {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<osm version="0.6" generator="atlas-test">'];
  for (const n of [...nodes].sort((x, y) => x.id - y.id))
    out.push(`  <node id="${n.id}" ${meta(1)} lat="${n.lat}" lon="${n.lon}">${tagXml(n.tags)}</node>`);
  for (const w of [...ways].sort((x, y) => x.id - y.id))
    out.push(`  <way id="${w.id}" ${meta(3)}>${w.refs.map((r) => `<nd ref="${r}"/>`).join('')}${tagXml(w.tags)}</way>`);
  for (const r of relations)
    out.push(
      `  <relation id="${r.id}" ${meta(6)}>${r.members.map(([t, ref, role]) => `<member type="${t}" ref="${ref}" role="${role}"/>`).join('')}${tagXml(r.tags)}</relation>`,
    );
  out.push('</osm>', '');
  writeFileSync(file, out.join('\n'));
}
