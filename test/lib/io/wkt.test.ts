import { describe, expect, it } from 'vitest';
import { parseWkt, WktError } from '../../../src/lib/io/formats/wkt';

describe('parseWkt', () => {
  it('reads every geometry type', () => {
    expect(parseWkt('POINT (121.5 38.9)').geometry).toEqual({ type: 'Point', coordinates: [121.5, 38.9] });
    expect(parseWkt('linestring(1 2,3 4)').geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [1, 2],
        [3, 4],
      ],
    });
    expect(parseWkt('POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0), (1 1, 1 2, 2 2, 1 1))').geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [4, 0],
          [4, 4],
          [0, 4],
          [0, 0],
        ],
        [
          [1, 1],
          [1, 2],
          [2, 2],
          [1, 1],
        ],
      ],
    });
    expect(parseWkt('MULTIPOINT ((1 2), (3 4))').geometry).toEqual({
      type: 'MultiPoint',
      coordinates: [
        [1, 2],
        [3, 4],
      ],
    });
    expect(parseWkt('MULTIPOINT (1 2, 3 4)').geometry).toEqual({
      type: 'MultiPoint',
      coordinates: [
        [1, 2],
        [3, 4],
      ],
    });
    expect(parseWkt('MULTILINESTRING ((1 2, 3 4), (5 6, 7 8))').geometry).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [
          [1, 2],
          [3, 4],
        ],
        [
          [5, 6],
          [7, 8],
        ],
      ],
    });
    expect(parseWkt('MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))').geometry).toMatchObject({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
        [
          [
            [5, 5],
            [6, 5],
            [6, 6],
            [5, 5],
          ],
        ],
      ],
    });
    expect(parseWkt('GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (0 0, 1 1), POINT EMPTY)').geometry).toEqual({
      type: 'GeometryCollection',
      geometries: [
        { type: 'Point', coordinates: [1, 2] },
        {
          type: 'LineString',
          coordinates: [
            [0, 0],
            [1, 1],
          ],
        },
      ],
    });
  });

  it('drops Z and M ordinates, written either way', () => {
    expect(parseWkt('POINT Z (1 2 3)').geometry).toEqual({ type: 'Point', coordinates: [1, 2] });
    expect(parseWkt('POINTZM(1 2 3 4)').geometry).toEqual({ type: 'Point', coordinates: [1, 2] });
    expect(parseWkt('LINESTRING M (1 2 7, 3 4 8)').geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [1, 2],
        [3, 4],
      ],
    });
    expect(parseWkt('POINT (1 2 3)').geometry).toEqual({ type: 'Point', coordinates: [1, 2] });
    expect(parseWkt('POINT (-1.5e2 +.5)').geometry).toEqual({ type: 'Point', coordinates: [-150, 0.5] });
  });

  it('reads EMPTY as no geometry and the EWKT SRID prefix', () => {
    expect(parseWkt('POLYGON EMPTY')).toEqual({ geometry: null, srid: null });
    expect(parseWkt('SRID=4490;POINT(121.6 38.9)')).toEqual({
      geometry: { type: 'Point', coordinates: [121.6, 38.9] },
      srid: 4490,
    });
  });

  it.each([
    ['POINT (1 x)', 'expected a number but found "x" at character 10'],
    ['POINT (1 2', 'expected ")" but found the end of the text at character 11'],
    ['CIRCLE (1 2)', 'unknown geometry type "CIRCLE" at character 1'],
    ['LINESTRING (1 2)', 'a line needs at least 2 positions, found 1 at character 12'],
    [
      'POLYGON ((0 0, 1 0, 1 1, 0 1))',
      'polygon ring is not closed (its last position differs from its first) at character 10',
    ],
    ['POINT (1 2) junk', 'unexpected "junk" after the geometry at character 13'],
    ['POINT (1 2 3 4 5)', 'a position has more than 4 ordinates at character 17'],
    ['', 'expected a geometry type but found the end of the text at character 1'],
  ])('says where %j goes wrong', (text, message) => {
    expect(() => parseWkt(text)).toThrow(WktError);
    expect(() => parseWkt(text)).toThrow(message);
  });
});
