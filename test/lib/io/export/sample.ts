import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

/** Properties chosen to break writers: Chinese, HTML-like text, empties, ints, decimals, booleans. */
export const PROPS = [
  {
    name: '庄河市',
    kind: '高速公路',
    voltage: '220千伏',
    note: '<b>x</b> & "q" \'a\'',
    count: 12,
    share: 0.125,
    active: true,
    tags: ['a', '乙'],
    empty: '',
  },
  {
    name: '瓦房店市',
    kind: '国道',
    voltage: '66千伏',
    note: null,
    count: -3,
    share: 2,
    active: false,
    tags: null,
    empty: '',
  },
  {
    name: '普兰店区',
    kind: '省道',
    voltage: '10千伏',
    note: 'a,b\nc',
    count: 0,
    share: -41.5,
    active: null,
    tags: { k: 1 },
    empty: null,
  },
];

const square = (x: number, y: number, d: number): Position[] => [
  [x, y],
  [x + d, y],
  [x + d, y + d],
  [x, y + d],
  [x, y],
];

/** RFC 7946 orientation: outer rings counter-clockwise, holes clockwise. */
export const POLYGON_WITH_HOLE: Geometry = {
  type: 'Polygon',
  coordinates: [square(122.9, 39.6, 0.2), square(122.95, 39.65, 0.05).reverse()],
};
export const MULTIPOLYGON: Geometry = {
  type: 'MultiPolygon',
  coordinates: [[square(121.9, 39.3, 0.1)], [square(122.1, 39.3, 0.1), square(122.12, 39.32, 0.02).reverse()]],
};

export function feature(
  geometry: Geometry | null,
  properties: Record<string, unknown>,
  id?: string,
): Feature<Geometry | null> {
  return id === undefined ? { type: 'Feature', properties, geometry } : { type: 'Feature', id, properties, geometry };
}

export const POINTS: FeatureCollection<Geometry | null> = {
  type: 'FeatureCollection',
  features: [
    feature({ type: 'Point', coordinates: [122.9839, 39.6876] }, PROPS[0], 'a'),
    feature({ type: 'Point', coordinates: [121.9797123, 39.6271456] }, PROPS[1], 'b'),
    feature({ type: 'Point', coordinates: [121.9636, 39.3925] }, PROPS[2], 'c'),
  ],
};

export const POLYGONS: FeatureCollection<Geometry | null> = {
  type: 'FeatureCollection',
  features: [feature(POLYGON_WITH_HOLE, PROPS[0], 'p'), feature(MULTIPOLYGON, PROPS[1], 'm')],
};

export const MIXED: FeatureCollection<Geometry | null> = {
  type: 'FeatureCollection',
  features: [
    feature({ type: 'Point', coordinates: [122.9839, 39.6876] }, PROPS[0], 'pt'),
    feature(
      {
        type: 'LineString',
        coordinates: [
          [121.5, 38.9],
          [121.6, 39.0],
          [121.7, 38.95],
        ],
      },
      PROPS[1],
      'ln',
    ),
    feature(POLYGON_WITH_HOLE, PROPS[2], 'pg'),
    feature(
      {
        type: 'MultiLineString',
        coordinates: [
          [
            [123, 41],
            [123.1, 41.1],
          ],
          [
            [123.2, 41],
            [123.3, 41.2],
          ],
        ],
      },
      PROPS[0],
      'mln',
    ),
  ],
};

/** Every position of a geometry, flattened. */
export function positionsOf(g: Geometry | null): Position[] {
  if (!g) return [];
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    case 'GeometryCollection':
      return g.geometries.flatMap(positionsOf);
  }
}

/** Twice the signed area (> 0 counter-clockwise). */
export function signedArea2(ring: Position[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) s += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return s;
}

/** Asserts that two geometries have the same shape and positions within `tol` (ring start and direction may differ). */
export function sameGeometry(a: Geometry | null, b: Geometry | null, tol: number): string | null {
  if (a === null || b === null) return a === b ? null : `one geometry is null`;
  if (a.type !== b.type) return `type ${a.type} ≠ ${b.type}`;
  const ringsA = ringsOf(a);
  const ringsB = ringsOf(b);
  if (ringsA.length !== ringsB.length) return `${ringsA.length} parts ≠ ${ringsB.length}`;
  for (let i = 0; i < ringsA.length; i++) {
    const problem = sameRing(ringsA[i], ringsB[i], tol);
    if (problem) return `part ${i}: ${problem}`;
  }
  return null;
}

function ringsOf(g: Geometry): Position[][] {
  switch (g.type) {
    case 'Point':
      return [[g.coordinates]];
    case 'MultiPoint':
    case 'LineString':
      return [g.coordinates];
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates;
    case 'MultiPolygon':
      return g.coordinates.flat();
    case 'GeometryCollection':
      return g.geometries.flatMap(ringsOf);
  }
}

/** Same ring up to direction (closed rings: up to start too). */
function sameRing(a: Position[], b: Position[], tol: number): string | null {
  if (a.length !== b.length) return `${a.length} positions ≠ ${b.length}`;
  const close = (p: Position, q: Position) => Math.abs(p[0] - q[0]) <= tol && Math.abs(p[1] - q[1]) <= tol;
  const closed = a.length > 3 && close(a[0], a[a.length - 1]);
  const candidates = [b, [...b].reverse()];
  for (const c of candidates) {
    const open = closed ? c.slice(0, -1) : c;
    const target = closed ? a.slice(0, -1) : a;
    const starts = closed ? open.map((_, i) => i) : [0];
    for (const s of starts) if (target.every((p, i) => close(p, open[(s + i) % open.length]))) return null;
  }
  return `positions differ beyond ${tol}: [${a[0]}] … vs [${b[0]}] …`;
}
