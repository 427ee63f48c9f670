import { describe, expect, it } from 'vitest';
import { countiesSchema } from '../../../src/lib/data/schemas/boundaries';
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
