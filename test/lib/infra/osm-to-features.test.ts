import { describe, expect, it } from 'vitest';
import { infraCollectionSchema } from '../../../src/lib/data/schemas/infra';
import {
  isAreaTags,
  osmElementsToFeatures,
  osmRelationToFeature,
  osmWayToFeature,
  overpassJsonToElements,
  type OsmElement,
} from '../../../src/lib/infra/osm-to-features';

const node = (id: number, lon: number, lat: number, tags?: Record<string, string>): OsmElement => ({
  type: 'node',
  id,
  lon,
  lat,
  tags,
});

/** Signed area (shoelace); positive = counter-clockwise. */
const area = (ring: number[][]) =>
  ring.slice(1).reduce((s, p, i) => s + (ring[i][0] * p[1] - p[0] * ring[i][1]), 0) / 2;

describe('osmElementsToFeatures', () => {
  const elements: OsmElement[] = [
    node(1, 123.4, 41.8),
    node(2, 123.41, 41.81),
    node(3, 123.41, 41.8),
    node(4, 123.4, 41.81),
    node(5, 123.5, 41.9, { tourism: 'attraction', name: '沈阳故宫', 'tourism:grade': '5A' }),
    node(6, 123.6, 41.9, { highway: 'traffic_signals' }),
    { type: 'way', id: 10, nodes: [1, 2], tags: { highway: 'trunk', ref: 'G202', name: '黑大线' } },
    // Closed, clockwise as drawn: an area (natural=water), written counter-clockwise.
    { type: 'way', id: 11, nodes: [1, 4, 2, 3, 1], tags: { natural: 'water', water: 'reservoir', name: '水库' } },
    // Closed but a road: stays a line.
    { type: 'way', id: 12, nodes: [1, 3, 2, 4, 1], tags: { highway: 'tertiary' } },
    { type: 'way', id: 13, nodes: [1, 99], tags: { highway: 'primary' } },
  ];

  it('converts nodes, open and closed ways, with ids, classes, names and attributes', () => {
    const { features, problems } = osmElementsToFeatures(elements);
    expect(features.map((f) => [f.id, f.properties.class, f.geometry.type])).toEqual([
      ['osm-node-5', 'scenic_5a', 'Point'],
      ['osm-way-10', 'national_road', 'LineString'],
      ['osm-way-11', 'reservoir', 'Polygon'],
      ['osm-way-12', 'rural_road', 'LineString'],
    ]);
    expect(problems).toEqual(['way 13: node 99 is not in the data']);
    const road = features[1];
    expect(road.properties).toEqual({
      id: 'osm-way-10',
      theme: 'roads',
      class: 'national_road',
      name: '黑大线',
      ref: 'G202',
      voltage_kv: null,
      capacity_mw: null,
      grade: null,
      approximate: false,
      source: 'osm',
      attributes: { highway: 'trunk', name: '黑大线', ref: 'G202' },
    });
    expect(road.geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [123.4, 41.8],
        [123.41, 41.81],
      ],
    });
    expect(area((features[2].geometry as { coordinates: number[][][] }).coordinates[0])).toBeGreaterThan(0);
    expect(infraCollectionSchema.safeParse({ type: 'FeatureCollection', features }).success).toBe(true);
  });

  it('uses the given source name', () => {
    expect(osmElementsToFeatures(elements, { source: 'overpass' }).features[0].properties.source).toBe('overpass');
  });

  it('assembles multipolygons from reversed and split member ways, with holes in the right outer', () => {
    const els: OsmElement[] = [
      node(1, 0, 0),
      node(2, 10, 0),
      node(3, 10, 10),
      node(4, 0, 10),
      node(5, 2, 2),
      node(6, 4, 2),
      node(7, 4, 4),
      node(8, 20, 0),
      node(9, 22, 0),
      node(10, 22, 2),
      { type: 'way', id: 1, nodes: [1, 2, 3] },
      { type: 'way', id: 2, nodes: [1, 4, 3] }, // reversed
      { type: 'way', id: 3, nodes: [5, 6, 7, 5] },
      { type: 'way', id: 4, nodes: [8, 9, 10, 8] },
      {
        type: 'relation',
        id: 7,
        tags: { type: 'multipolygon', natural: 'water', water: 'lake', name: '湖' },
        members: [
          { type: 'way', ref: 1, role: 'outer' },
          { type: 'way', ref: 3, role: 'inner' },
          { type: 'way', ref: 2, role: 'outer' },
          { type: 'way', ref: 4, role: '' },
        ],
      },
    ];
    const { features, problems } = osmElementsToFeatures(els);
    expect(problems).toEqual([]);
    expect(features).toHaveLength(1);
    const g = features[0].geometry as { type: string; coordinates: number[][][][] };
    expect(features[0].id).toBe('osm-relation-7');
    expect(features[0].properties).toMatchObject({ class: 'lake', name: '湖' });
    expect(g.type).toBe('MultiPolygon');
    expect(g.coordinates.map((p) => p.length)).toEqual([2, 1]);
    expect(area(g.coordinates[0][0])).toBeGreaterThan(0);
    expect(area(g.coordinates[0][1])).toBeLessThan(0);
    expect(g.coordinates[0][0]).toHaveLength(5);
  });

  it('reports an open outer ring and skips relations of no class or other types', () => {
    const els: OsmElement[] = [
      node(1, 0, 0),
      node(2, 1, 0),
      node(3, 1, 1),
      { type: 'way', id: 1, nodes: [1, 2, 3] },
      {
        type: 'relation',
        id: 8,
        tags: { type: 'multipolygon', landuse: 'reservoir' },
        members: [{ type: 'way', ref: 1, role: 'outer' }],
      },
      {
        type: 'relation',
        id: 9,
        tags: { type: 'multipolygon', building: 'yes' },
        members: [{ type: 'way', ref: 1, role: 'outer' }],
      },
      {
        type: 'relation',
        id: 10,
        tags: { type: 'route', route: 'road', ref: 'G1' },
        members: [{ type: 'way', ref: 1, role: '' }],
      },
    ];
    const { features, problems } = osmElementsToFeatures(els);
    expect(features).toEqual([]);
    expect(problems).toEqual(['relation 8: ring not closed at [1, 1]']);
  });
});

describe('single-element helpers', () => {
  it('isAreaTags: linear keys stay lines unless area=yes', () => {
    expect(isAreaTags({ natural: 'water' })).toBe(true);
    expect(isAreaTags({ power: 'substation' })).toBe(true);
    expect(isAreaTags({ railway: 'station' })).toBe(true);
    expect(isAreaTags({ highway: 'primary' })).toBe(false);
    expect(isAreaTags({ power: 'line' })).toBe(false);
    expect(isAreaTags({ waterway: 'river' })).toBe(false);
    expect(isAreaTags({ highway: 'pedestrian', area: 'yes' })).toBe(true);
    expect(isAreaTags({ landuse: 'reservoir', area: 'no' })).toBe(false);
  });

  it('osmWayToFeature throws naming the way when it has one position', () => {
    expect(() => osmWayToFeature({ type: 'way', id: 5, tags: { highway: 'trunk' } }, [[1, 2]])).toThrow(
      'way 5: 1 position(s), a line needs 2',
    );
  });

  it('osmRelationToFeature throws naming a missing member', () => {
    const rel = {
      type: 'relation' as const,
      id: 3,
      tags: { type: 'multipolygon', landuse: 'reservoir' },
      members: [{ type: 'way' as const, ref: 42, role: 'outer' }],
    };
    expect(() => osmRelationToFeature(rel, () => undefined)).toThrow('relation 3: member way 42 has no positions');
  });
});

describe('overpassJsonToElements', () => {
  const json = {
    version: 0.6,
    elements: [
      { type: 'node', id: 5, lat: 41.8, lon: 123.4, tags: { power: 'substation', voltage: 220000 } },
      {
        type: 'way',
        id: 6,
        tags: { highway: 'motorway', ref: 'G1' },
        geometry: [
          { lat: 41.8, lon: 123.4 },
          { lat: 41.9, lon: 123.5 },
        ],
      },
      // Overpass `out geom(bbox)` leaves positions outside the box out as null: the way is split.
      {
        type: 'way',
        id: 7,
        tags: { power: 'line', voltage: '500000' },
        geometry: [{ lat: 0, lon: 0 }, { lat: 1, lon: 1 }, null, { lat: 2, lon: 2 }, { lat: 3, lon: 3 }],
      },
      {
        type: 'relation',
        id: 8,
        tags: { type: 'multipolygon', natural: 'water', water: 'reservoir' },
        members: [
          {
            type: 'way',
            ref: 100,
            role: 'outer',
            geometry: [
              { lat: 0, lon: 0 },
              { lat: 0, lon: 1 },
              { lat: 1, lon: 1 },
            ],
          },
          {
            type: 'way',
            ref: 101,
            role: 'outer',
            geometry: [
              { lat: 1, lon: 1 },
              { lat: 0, lon: 0 },
            ],
          },
        ],
      },
      { type: 'relation', id: 9, tags: { type: 'multipolygon', landuse: 'reservoir' } },
    ],
  };

  it('reads inline geometry of ways and relation members, and tag values as strings', () => {
    const { features, problems } = osmElementsToFeatures(overpassJsonToElements(json));
    expect(features.map((f) => [f.id, f.properties.class, f.geometry.type])).toEqual([
      ['osm-node-5', 'substation_220', 'Point'],
      ['osm-relation-8', 'reservoir', 'Polygon'],
      ['osm-way-6', 'expressway', 'LineString'],
      ['osm-way-7', 'power_line_500', 'MultiLineString'],
    ]);
    expect(features[0].properties.attributes.voltage).toBe('220000');
    expect((features[3].geometry as { coordinates: unknown }).coordinates).toEqual([
      [
        [0, 0],
        [1, 1],
      ],
      [
        [2, 2],
        [3, 3],
      ],
    ]);
    // A relation without members (`out tags`) cannot be drawn.
    expect(problems).toEqual(['relation 9: no outer member ways']);
  });

  it('throws naming the element and field that is wrong', () => {
    expect(() => overpassJsonToElements({})).toThrow('Overpass JSON: expected an object with an "elements" array');
    expect(() => overpassJsonToElements({ elements: [{ type: 'node', id: 1 }] })).toThrow(
      'Overpass JSON elements[0]: node 1 has no lat/lon',
    );
    expect(() => overpassJsonToElements({ elements: [{ type: 'area', id: 1 }] })).toThrow(
      'Overpass JSON elements[0].type: expected node, way or relation, got "area"',
    );
    expect(() => overpassJsonToElements({ elements: [{ type: 'way', id: 'x' }] })).toThrow(
      'Overpass JSON elements[0].id: expected an integer, got "x"',
    );
    expect(() => overpassJsonToElements({ elements: [{ type: 'way', id: 2, geometry: [{ lat: 1 }] }] })).toThrow(
      'Overpass JSON elements[0].geometry[0]: expected {lat, lon} numbers',
    );
  });
});
