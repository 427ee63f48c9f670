import gcoord from 'gcoord';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFiles } from '../../../../src/lib/io/formats/read-files';
import { applyChoice, summariseLayer } from '../../../../src/lib/io/import/import-steps';
import { textFile } from '../../../fixtures/io/make-zip';

const seatsFile = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../../data/boundaries/county-seats.geojson'), 'utf8'),
) as { features: { properties: { name_zh: string }; geometry: { coordinates: [number, number] } }[] };
const SEATS = seatsFile.features.map((f) => ({ name: f.properties.name_zh, position: f.geometry.coordinates }));
const seat = (name: string) => SEATS.find((s) => s.name === name)!.position;

/** Metres between two lon/lat points (equirectangular; fine below a few km). */
const metres = (a: number[], b: number[]) =>
  Math.hypot((a[0] - b[0]) * 111_320 * Math.cos((a[1] * Math.PI) / 180), (a[1] - b[1]) * 110_574);

describe('import steps (the worker’s work, run here in Node)', () => {
  it('reads a GCJ-02 CSV of county governments, hints at the shift, and lands within 1 m of the seats once converted', async () => {
    const names = ['庄河市', '瓦房店市', '普兰店区', '海城市'];
    const rows = names.map((n) => {
      const [lon, lat] = gcoord.transform(seat(n), gcoord.WGS84, gcoord.GCJ02) as [number, number];
      return `${n}人民政府,${lon.toFixed(7)},${lat.toFixed(7)},景区`;
    });
    const [layer] = await readFiles([textFile('政府驻地.csv', ['名称,lng,lat,类型', ...rows].join('\n'))]);
    const summary = summariseLayer(layer, 0, SEATS);
    expect(summary.featureCount).toBe(4);
    expect(summary.shift?.suggestion).toBe('gcj02');
    // As read (no conversion), the points are 300–600 m off their seats …
    for (const [i, f] of layer.features.entries())
      expect(metres((f.geometry as { coordinates: number[] }).coordinates, seat(names[i]))).toBeGreaterThan(200);
    // … converted from GCJ-02 they are on them.
    const result = applyChoice(layer, {
      crs: { kind: 'gcj02' },
      mapping: { ...summary.guess, theme: 'tourism', classField: null, classValues: {}, defaultClass: 'scenic_spot' },
      source: '政府驻地.csv',
      idPrefix: 'seats',
      approximate: false,
    });
    expect(result.conversion).toMatch(/GCJ-02/);
    const features = result.layers[0].collection.features;
    expect(features).toHaveLength(4);
    for (const [i, f] of features.entries())
      expect(metres(f.geometry.coordinates as number[], seat(names[i])), names[i]).toBeLessThan(1);
  });

  it('keeps the file’s row numbers in the report when rows are dropped before mapping', async () => {
    const csv = [
      '名称,经度,纬度,电压等级',
      '甲,122.1,39.9,220kV',
      '乙,999,39.9,66kV',
      '丙,122.3,39.8,高压',
      '丁,122.4,39.7,66kV',
    ];
    const [layer] = await readFiles([textFile('变电站.csv', csv.join('\n'))]);
    const summary = summariseLayer(layer, 0, []);
    expect(summary.guess.theme).toBe('power');
    const result = applyChoice(layer, {
      crs: { kind: 'wgs84' },
      mapping: summary.guess,
      source: '变电站.csv',
      idPrefix: 'sub',
      approximate: false,
    });
    // Row 2 has an impossible longitude (dropped on conversion or reading), row 3 an unreadable voltage.
    const rows = [...result.rejected.map((e) => e.row), ...summary.rowErrors.map((e) => e.row)].sort();
    expect(rows).toEqual([2, 3]);
    expect(result.rejected.find((e) => e.row === 3)?.message).toMatch(/^row 3: .*高压/);
    expect(result.layers[0].collection.features.map((f) => f.properties.name)).toEqual(['甲', '丁']);
  });

  it('classifies an OSM-tagged file by its tags, one layer per theme', async () => {
    const geojson = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { highway: 'motorway', ref: 'G15', name: '沈海高速' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [121.6, 38.9],
              [121.7, 39.0],
            ],
          },
        },
        {
          type: 'Feature',
          properties: { power: 'line', voltage: '220000' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [122, 40],
              [122.1, 40.1],
            ],
          },
        },
        { type: 'Feature', properties: { amenity: 'bench' }, geometry: { type: 'Point', coordinates: [122, 40] } },
      ],
    };
    const [layer] = await readFiles([textFile('export.geojson', JSON.stringify(geojson))]);
    expect(summariseLayer(layer, 0, []).guess.osmTagged).toBe(true);
    const result = applyChoice(layer, {
      crs: { kind: 'wgs84' },
      mapping: 'osm',
      source: 'export.geojson',
      idPrefix: 'x',
      approximate: false,
    });
    expect(result.layers.map((l) => [l.theme, l.collection.features.map((f) => f.properties.class)])).toEqual([
      ['roads', ['expressway']],
      ['power', ['power_line_220']],
    ]);
    expect(result.skipped).toBe(1);
  });
});
