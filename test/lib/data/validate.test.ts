import { describe, expect, it } from 'vitest';
import { landSchema } from '../../../src/lib/data/schemas/basemap';
import { countiesSchema } from '../../../src/lib/data/schemas/boundaries';
import { checkCoordinates } from '../../../src/lib/data/schemas/geojson';
import { formatIssuePath, validateDataset } from '../../../src/lib/data/validate';

describe('validateDataset', () => {
  it('formats paths like features[12].properties.code', () => {
    expect(formatIssuePath(['features', 12, 'properties', 'code'])).toBe('features[12].properties.code');
    expect(formatIssuePath([])).toBe('');
  });

  it('names the dataset, the feature and the field that is wrong', () => {
    const bad = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: '210283',
          properties: {
            code: '2102x3',
            name_zh: '庄河市',
            name_en: 'Zhuanghe City',
            kind: 'city',
            prefecture_code: '210200',
            prefecture_zh: '大连市',
            prefecture_en: 'Dalian',
            area_km2: 4000,
            seat: [122.9, 39.7],
          },
          geometry: { type: 'MultiPolygon', coordinates: [[[[122, 39], [123, 39], [123, 40], [122, 39]]]] },
        },
      ],
    };
    const r = validateDataset('counties', countiesSchema, bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual(['counties.features[0].properties.code: a 6-digit county code 21xxxx']);
  });

  it('lists at most `limit` problems and counts the rest', () => {
    const r = validateDataset('counties', countiesSchema, { type: 'FeatureCollection', features: [1, 2, 3, 4] }, 2);
    expect(!r.ok && r.errors).toHaveLength(3);
    expect(!r.ok && r.errors[2]).toBe('… and 2 more');
  });
});

describe('checkCoordinates', () => {
  const ringMin = (level: number) => (level === 1 ? 4 : 1);
  const ring = [
    [122, 39],
    [123, 39],
    [123, 40],
    [122, 39],
  ];

  it('accepts valid nested coordinates', () => {
    expect(checkCoordinates([[ring]], 3, ringMin)).toBeNull();
    expect(checkCoordinates([121.6, 38.9], 0, () => 1)).toBeNull();
  });

  it('names the path of the first bad position and says what is wrong', () => {
    const bad = [[ring, [...ring.slice(0, 2), [123, 'x'], [122, 39]]]];
    expect(checkCoordinates(bad, 3, ringMin)).toEqual({
      message: 'expected [lon, lat] numbers, got [123,"x"]',
      path: [0, 1, 2],
    });
    expect(checkCoordinates([[[[200, 39], ...ring.slice(1)]]], 3, ringMin)).toEqual({
      message: '[200, 39] is outside WGS84 longitude/latitude',
      path: [0, 0, 0],
    });
    expect(checkCoordinates([[ring.slice(0, 3)]], 3, ringMin)).toEqual({
      message: 'expected at least 4 items, got 3',
      path: [0, 0],
    });
    expect(checkCoordinates({}, 1, () => 1)).toEqual({ message: 'expected an array, got object', path: [] });
  });

  it('reports through zod with the full path from the collection', () => {
    const fc = { type: 'FeatureCollection', features: [{ type: 'Feature', id: 'x', properties: { kind: 'land' }, geometry: { type: 'Polygon', coordinates: [[[122, 39], [123, 39], [123, NaN], [122, 39]]] } }] };
    const r = validateDataset('basemap-land', landSchema, fc);
    expect(!r.ok && r.errors).toEqual(['basemap-land.features[0].geometry.coordinates[0][2]: expected [lon, lat] numbers, got [123,null]']);
  });
});
