import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InfraFeature } from '../../../src/lib/infra/osm-to-features';
import { parseOplLine, readOplFeatures, unescapeOpl } from '../../../scripts/osm/read-opl';

describe('parseOplLine', () => {
  it('reads a node with escaped Chinese tags and its location', () => {
    // As osmium writes it: every non-ASCII or special character as %hex%.
    expect(parseOplLine('n1 Tname=%6d4b%%8bd5%%2c%%20%a%3d%b,power=substation x123.4 y41.8')).toEqual({
      type: 'node',
      id: 1,
      tags: { name: '测试, a=b', power: 'substation' },
      lon: 123.4,
      lat: 41.8,
    });
  });

  it('reads way nodes with and without locations, and relation members with roles', () => {
    expect(parseOplLine('w10 Thighway=trunk Nn2x123.41y41.81,n3xy').nodes).toEqual([
      { ref: 2, lon: 123.41, lat: 41.81 },
      { ref: 3, lon: undefined, lat: undefined },
    ]);
    expect(parseOplLine('w11 T Nn2,n3')).toMatchObject({ tags: {}, nodes: [{ ref: 2 }, { ref: 3 }] });
    expect(parseOplLine('r20 Ttype=multipolygon Mw11@outer,w12@,n5@label').members).toEqual([
      { type: 'way', ref: 11, role: 'outer' },
      { type: 'way', ref: 12, role: '' },
      { type: 'node', ref: 5, role: 'label' },
    ]);
  });

  it('throws naming a line that is not OPL', () => {
    expect(() => parseOplLine('<osm version="0.6">')).toThrow('not an OPL object line: <osm version="0.6">');
    expect(unescapeOpl('%1f600%')).toBe('😀');
  });
});

describe('readOplFeatures', () => {
  it('turns nodes, ways and multipolygons into features and reports ways with missing nodes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'opl-test-'));
    const file = join(dir, 'x.opl');
    writeFileSync(
      file,
      [
        'n1 Trailway=station,name=%6c88%%9633%%7ad9% x123.39 y41.79',
        'w5 T Nn1x0y0,n2x1y0,n3x1y1',
        'w6 T Nn3x1y1,n4x0y1,n1x0y0',
        'w7 Thighway=motorway Nn1x123y41,n2x123.1y41.1',
        'w8 Thighway=primary Nn1x123y41,n9xy',
        'r9 Ttype=multipolygon,landuse=reservoir Mw5@outer,w6@outer',
        '',
      ].join('\n'),
    );
    const features: InfraFeature[] = [];
    const problems: string[] = [];
    const stats = await readOplFeatures(
      file,
      'osm',
      (f) => features.push(f),
      (m) => problems.push(m),
    );
    rmSync(dir, { recursive: true, force: true });
    expect(stats).toEqual({ nodes: 1, ways: 4, relations: 1 });
    expect(features.map((f) => [f.id, f.properties.class, f.properties.name, f.geometry.type])).toEqual([
      ['osm-node-1', 'rail_station', '沈阳站', 'Point'],
      ['osm-way-7', 'expressway', null, 'LineString'],
      ['osm-relation-9', 'reservoir', null, 'Polygon'],
    ]);
    expect(features[2].geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
          [0, 0],
        ],
      ],
    });
    expect(problems).toEqual(['way 8: node 9 has no location in the extract']);
  });
});
