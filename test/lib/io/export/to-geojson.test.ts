import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { collectionToGeoJson } from '../../../../src/lib/io/export/to-geojson';
import { MIXED, POINTS, POLYGONS } from './sample';

describe('collectionToGeoJson', () => {
  it('round-trips through JSON.parse: geometry, ids and properties exactly (Chinese, HTML, nulls, nested)', () => {
    for (const fc of [POINTS, POLYGONS, MIXED]) {
      const back = JSON.parse(collectionToGeoJson(fc)) as FeatureCollection;
      expect(back.type).toBe('FeatureCollection');
      expect(back.features).toEqual(fc.features);
    }
  });

  it('writes one feature per line and no crs member for WGS84 (RFC 7946)', () => {
    const text = collectionToGeoJson(MIXED);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(MIXED.features.length + 2);
    expect(lines[0]).toBe('{"type":"FeatureCollection","features":[');
    expect(lines[1]).toMatch(/^\{"type":"Feature","id":"pt","properties":\{"name":"庄河市".*\},$/);
    expect(lines.at(-1)).toBe(']}');
    expect(JSON.parse(text)).not.toHaveProperty('crs');
    expect(JSON.parse(text)).not.toHaveProperty('coordinate_system');
  });

  it('labels CGCS2000 with the EPSG:4490 urn and GCJ-02/BD-09 with a foreign member only', () => {
    const cgcs = JSON.parse(collectionToGeoJson(POINTS, { kind: 'cgcs2000' }));
    expect(cgcs.crs).toEqual({ type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4490' } });
    expect(cgcs.coordinate_system.id).toBe('cgcs2000');
    const gcj = JSON.parse(collectionToGeoJson(POINTS, { kind: 'gcj02' }));
    expect(gcj).not.toHaveProperty('crs');
    expect(gcj.coordinate_system).toMatchObject({ id: 'gcj02' });
    expect(gcj.coordinate_system.note.en).toMatch(/NOT WGS 84/);
  });

  it('drops stale feature bboxes, keeps other foreign members, writes an empty collection validly', () => {
    const fc: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          bbox: [0, 0, 1, 1],
          properties: null,
          geometry: { type: 'Point', coordinates: [1, 1] },
          title: 't',
        } as never,
      ],
    };
    const back = JSON.parse(collectionToGeoJson(fc)).features[0];
    expect(back).not.toHaveProperty('bbox');
    expect(back.title).toBe('t');
    expect(back.properties).toBeNull();
    expect(JSON.parse(collectionToGeoJson({ type: 'FeatureCollection', features: [] })).features).toEqual([]);
  });
});
