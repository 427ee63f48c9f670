import type { FeatureCollection, Geometry, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { applySubset, subsetByBbox, subsetByIds, subsetByPolygon } from '../../../../src/lib/io/export/subset';
import { MIXED, feature } from './sample';

// MIXED: point at Zhuanghe (122.98, 39.69), line near Dalian (121.5–121.7, 38.9–39.0),
// polygon 122.9–123.1 × 39.6–39.8 with a hole 122.95–123.0 × 39.65–39.7, line at 123–123.3 × 41–41.2.
const ids = (fc: FeatureCollection<Geometry | null>) => fc.features.map((f) => f.id);

describe('subsets', () => {
  it('subsetByBbox keeps whole features that touch the box, not only those inside it', () => {
    expect(ids(subsetByBbox(MIXED, [121.65, 38.8, 121.8, 39.1]))).toEqual(['ln']);
    expect(ids(subsetByBbox(MIXED, [122.9, 39.6, 123.1, 39.8]))).toEqual(['pt', 'pg']);
    expect(ids(subsetByBbox(MIXED, [118, 38, 126, 44]))).toEqual(['pt', 'ln', 'pg', 'mln']);
    // The box lies in the polygon's hole: the polygon does not intersect it; its bbox does.
    expect(ids(subsetByBbox(MIXED, [122.96, 39.66, 122.97, 39.67]))).toEqual([]);
    // Between the two parts of the MultiLineString.
    expect(ids(subsetByBbox(MIXED, [123.12, 41.15, 123.18, 41.19]))).toEqual([]);
    expect(() => subsetByBbox(MIXED, [124, 40, 123, 41])).toThrow(/is not \[west, south, east, north\]/);
  });

  it('subsetByPolygon keeps features intersecting a drawn area, and never features without geometry', () => {
    const area: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [121.6, 38.5],
          [123.05, 38.5],
          [123.05, 39.62],
          [121.6, 39.62],
          [121.6, 38.5],
        ],
      ],
    };
    const withNull = { ...MIXED, features: [...MIXED.features, feature(null, {}, 'none')] };
    expect(ids(subsetByPolygon(withNull, area))).toEqual(['ln', 'pg']);
    expect(ids(subsetByPolygon(MIXED, { type: 'Feature', properties: {}, geometry: area }))).toEqual(['ln', 'pg']);
    expect(() => subsetByPolygon(MIXED, { type: 'Point', coordinates: [1, 2] } as never)).toThrow(
      /must be a Polygon or MultiPolygon, got Point/,
    );
  });

  it('subsetByIds matches feature ids or a property, as text', () => {
    expect(ids(subsetByIds(MIXED, ['pg', 'pt', 'nope']))).toEqual(['pt', 'pg']);
    expect(ids(subsetByIds(MIXED, [-3], 'count'))).toEqual(['ln']);
    expect(ids(applySubset(MIXED, { kind: 'ids', ids: ['庄河市'], property: 'name' }))).toEqual(['pt', 'mln']);
    expect(applySubset(MIXED, undefined)).toBe(MIXED);
    expect(() => subsetByIds({} as never, [])).toThrow(/subsetByIds: expected a GeoJSON FeatureCollection/);
  });
});
