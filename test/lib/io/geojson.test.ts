import { describe, expect, it } from 'vitest';
import { readFiles } from '../../../src/lib/io/formats/read-files';
import { ReadError, type ParsedLayer } from '../../../src/lib/io/formats/types';
import { textFile } from '../../fixtures/io/make-zip';

async function readJson(value: unknown, name = '图层.geojson'): Promise<ParsedLayer> {
  const [layer] = await readFiles([textFile(name, typeof value === 'string' ? value : JSON.stringify(value))]);
  return layer;
}

const point = (x: number, y: number) => ({ type: 'Point', coordinates: [x, y] });

describe('GeoJSON reader', () => {
  it('reads a FeatureCollection, flattening GeometryCollections and splitting MultiPoints', async () => {
    const layer = await readJson({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', id: 7, geometry: point(121.6, 38.9), properties: { 名称: '大连市庄河市', kv: 220 } },
        {
          type: 'Feature',
          geometry: {
            type: 'GeometryCollection',
            geometries: [
              point(122, 40),
              {
                type: 'LineString',
                coordinates: [
                  [121, 40, 15],
                  [122, 41, 16],
                ],
              },
            ],
          },
          properties: { 名称: '集合' },
        },
        {
          type: 'Feature',
          geometry: {
            type: 'MultiPoint',
            coordinates: [
              [123, 41],
              [124, 42],
            ],
          },
          properties: { 名称: '多点' },
        },
      ],
    });
    expect(layer.format).toBe('geojson');
    expect(layer.name).toBe('图层');
    expect(layer.features.map((f) => [f.properties.名称, f.geometry.type])).toEqual([
      ['大连市庄河市', 'Point'],
      ['集合', 'Point'],
      ['集合', 'LineString'],
      ['多点', 'Point'],
      ['多点', 'Point'],
    ]);
    expect(layer.features[0].id).toBe(7);
    expect(layer.features[2].geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [121, 40],
        [122, 41],
      ],
    });
    expect(layer.features[3].properties).not.toBe(layer.features[4].properties);
    expect(layer.rowErrors).toEqual([]);
    expect(layer.crs).toEqual({
      crs: { kind: 'wgs84' },
      evidence: {
        zh: 'GeoJSON 没有 "crs" 成员：按 RFC 7946 为 WGS84 经纬度',
        en: 'GeoJSON without a "crs" member: WGS 84 (RFC 7946)',
      },
    });
  });

  it('flattens nested properties to JSON text and keeps HTML as the raw string', async () => {
    const layer = await readJson({
      type: 'Feature',
      geometry: point(121, 40),
      properties: { tags: ['a', '乙'], meta: { kv: 220 }, note: '<img src=x onerror=alert(1)>', empty: null, ok: true },
    });
    expect(layer.features[0].properties).toEqual({
      tags: '["a","乙"]',
      meta: '{"kv":220}',
      note: '<img src=x onerror=alert(1)>',
      empty: null,
      ok: true,
    });
  });

  it('reports features with null or invalid geometry by their number', async () => {
    const layer = await readJson({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: null, properties: {} },
        { type: 'Feature', geometry: point(121, 40), properties: { ok: 1 } },
        { type: 'Feature', geometry: { type: 'Point', coordinates: ['121', 40] }, properties: {} },
        { type: 'Feature', geometry: { type: 'LineString', coordinates: [[121, 40]] }, properties: {} },
        { type: 'Feature', geometry: { type: 'Circle', coordinates: [121, 40] }, properties: {} },
        {
          type: 'Feature',
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [0, 0],
                [1, 1],
                [0, 0],
              ],
            ],
          },
          properties: {},
        },
        { type: 'Feature', geometry: { type: 'GeometryCollection', geometries: [] }, properties: {} },
        { type: 'Thing' },
      ],
    });
    expect(layer.features).toHaveLength(1);
    expect(layer.rowErrors).toEqual([
      { row: 1, message: 'feature 1: geometry is null' },
      { row: 3, message: 'feature 3: geometry.coordinates ["121",40] is not a pair of finite numbers' },
      { row: 4, message: 'feature 4: geometry.coordinates has 1 position; a line needs at least 2' },
      { row: 5, message: 'feature 5: geometry.type "Circle" is not a GeoJSON geometry type' },
      { row: 6, message: 'feature 6: geometry.coordinates[0] has 3 positions; a polygon ring needs at least 4' },
      { row: 7, message: 'feature 7: geometry is empty' },
      { row: 8, message: 'feature 8: is not a GeoJSON Feature' },
    ]);
  });

  it('reads a bare geometry and closes an unclosed ring', async () => {
    const layer = await readJson({
      type: 'Polygon',
      coordinates: [
        [
          [121, 40],
          [122, 40],
          [122, 41],
        ],
      ],
    });
    expect(layer.features[0].geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [121, 40],
          [122, 40],
          [122, 41],
          [121, 40],
        ],
      ],
    });
  });

  it('honours an old-style crs member, checked against the coordinates', async () => {
    const cgcs = await readJson({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4490' } },
      features: [{ type: 'Feature', geometry: point(121, 40), properties: {} }],
    });
    expect(cgcs.crs).toEqual({
      crs: { kind: 'cgcs2000' },
      evidence: { zh: 'GeoJSON 的 "crs"：urn:ogc:def:crs:EPSG::4490', en: 'GeoJSON "crs": urn:ogc:def:crs:EPSG::4490' },
    });
    const gk = await readJson({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'EPSG:4529' } },
      features: [{ type: 'Feature', geometry: point(41_379_848.8, 4_309_869.2), properties: {} }],
    });
    expect(gk.crs.crs).toEqual({ kind: 'epsg', code: 4529 });
    const crs84 = await readJson({
      type: 'Feature',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } },
      geometry: point(121, 40),
      properties: {},
    });
    expect(crs84.crs.crs).toEqual({ kind: 'wgs84' });
    const metres = await readJson({ type: 'Feature', geometry: point(41_379_848.8, 4_309_869.2), properties: {} });
    expect(metres.crs.crs).toEqual({ kind: 'epsg', code: 4529 });
    expect(metres.crs.evidence.en).toContain('disagrees');
    expect(metres.crs.evidence.zh).toContain('因此声明的坐标系与坐标不符，不予采用；');
  });

  it('rejects what is not GeoJSON with a message naming the file', async () => {
    await expect(readJson('{"type": "FeatureCollection", "features": [', 'broken.geojson')).rejects.toThrow(
      /^broken\.geojson: is not valid JSON/,
    );
    await expect(readJson({ type: 'Topology', objects: {} }, 't.json')).rejects.toThrow('TopoJSON');
    await expect(readJson({ hello: 1 }, 'x.json')).rejects.toBeInstanceOf(ReadError);
  });
});
