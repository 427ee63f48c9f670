import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kml as toGeoJson } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import gcoord from 'gcoord';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import shp from 'shpjs';
import type { FeatureCollection, Geometry, MultiPolygon, Point, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_CRS_CHOICES } from '../../../../src/lib/io/export/export-crs';
import { exportDataset } from '../../../../src/lib/io/export/export-dataset';
import { readFiles, readFilesSettled } from '../../../../src/lib/io/formats/read-files';
import { POINTS, sameGeometry } from './sample';

const DATE = new Date(Date.UTC(2026, 4, 20));
const COUNTIES = join(import.meta.dirname, '../../../../data/boundaries/counties.geojson');
/** Decodes keeping a BOM, checks that it is there, and returns the text after it. */
function afterBom(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return text.slice(1);
}
let counties: FeatureCollection<MultiPolygon, Record<string, unknown>>;

beforeAll(() => {
  counties = JSON.parse(readFileSync(COUNTIES, 'utf8'));
});

/** Polygons of a Polygon or MultiPolygon, for comparing readers that collapse one-part MultiPolygons. */
const polygonsOf = (g: Geometry): Position[][][] =>
  g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];

describe('exportDataset on the shipped county boundaries', () => {
  it('Shapefile read back by shpjs: 100 features, same codes and names, vertices within 1e-6°', async () => {
    expect(counties.features).toHaveLength(100);
    const result = exportDataset({ name: 'counties', collection: counties, format: 'shapefile', lastUpdated: DATE });
    expect(result).toMatchObject({ mime: 'application/zip', filename: 'counties.zip' });
    expect(result.files.map((f) => f.name)).toEqual(['counties.zip']);
    const back = (await shp(result.files[0].bytes.slice().buffer)) as FeatureCollection;
    expect(back.features).toHaveLength(100);
    back.features.forEach((f, i) => {
      const src = counties.features[i];
      expect(f.properties!.id).toBe(src.id); // the string "210102", not a number
      expect(f.properties!.code).toBe(src.properties.code);
      expect(f.properties!.name_zh).toBe(src.properties.name_zh);
      expect(f.properties!.name_en).toBe(src.properties.name_en);
      expect(f.properties!.area_km2).toBe(src.properties.area_km2);
      expect(f.properties!.seat).toBe(JSON.stringify(src.properties.seat));
      const a = polygonsOf(f.geometry!);
      const b = src.geometry.coordinates;
      expect(a).toHaveLength(b.length);
      a.forEach((poly, k) =>
        expect(
          sameGeometry({ type: 'Polygon', coordinates: poly }, { type: 'Polygon', coordinates: b[k] }, 1e-6),
        ).toBeNull(),
      );
    });
    const mapping = strFromU8(unzipSync(result.files[0].bytes)['counties_fields.csv']);
    expect(mapping).toContain('prefecture_code,prefe_code');
  });

  it('GeoJSON, CSV and KML of the counties read back with the same count and codes', async () => {
    const geo = exportDataset({ name: 'counties', collection: counties, format: 'geojson' });
    expect(JSON.parse(strFromU8(geo.files[0].bytes)).features).toEqual(counties.features);
    const csv = exportDataset({ name: 'counties', collection: counties, format: 'csv' });
    const rows = Papa.parse<Record<string, string>>(afterBom(csv.files[0].bytes), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((r) => r.code)).toEqual(counties.features.map((f) => f.properties.code));
    expect(rows.map((r) => r.id)).toEqual(counties.features.map((f) => f.id));
    expect(csv.notes.map((n) => n.en)).toContain('Column "id" holds the feature id (GeoJSON feature.id).');
    expect(rows[0].geometry_wkt).toMatch(/^MULTIPOLYGON \(\(\(/);
    const kml = exportDataset({
      name: 'counties',
      collection: counties,
      format: 'kml',
      kml: { nameProperty: 'name_zh' },
    });
    const doc = new DOMParser().parseFromString(strFromU8(kml.files[0].bytes), 'text/xml');
    const placemarks = toGeoJson(doc as unknown as Document).features;
    expect(placemarks.map((f) => f.properties!.code)).toEqual(counties.features.map((f) => f.properties.code));
    expect(placemarks[0].properties!.name).toBe('和平区');
    // "210102" is no XML ID: the Placemark says _210102, ExtendedData `id` the exact id.
    expect(placemarks.map((f) => f.properties!.id)).toEqual(counties.features.map((f) => f.id));
    expect(placemarks[0].id).toBe('_210102');
    // The project reader splits each MultiGeometry into one feature per polygon, but keeps every county.
    const [layer] = await readFiles([{ name: kml.filename, bytes: kml.files[0].bytes }]);
    expect(new Set(layer.features.map((f) => f.properties.code)).size).toBe(100);
  });

  it('exports a subset: the counties touching a box around Zhuanghe', () => {
    const result = exportDataset({
      name: 'counties',
      collection: counties,
      format: 'geojson',
      subset: { kind: 'bbox', bbox: [122.9, 39.6, 123.0, 39.7] },
    });
    const names = JSON.parse(strFromU8(result.files[0].bytes)).features.map(
      (f: { properties: { name_zh: string } }) => f.properties.name_zh,
    );
    expect(names).toContain('庄河市');
    expect(names.length).toBeLessThan(5);
  });
});

describe('exportDataset CRS handling', () => {
  it('GCJ-02 shapefile: coordinates match gcoord within 1e-7°, .prj is WGS84 and the README says GCJ-02', async () => {
    const result = exportDataset({
      name: 'places',
      collection: POINTS,
      format: 'shapefile',
      crs: { kind: 'gcj02' },
      lastUpdated: DATE,
    });
    expect(result.filename).toBe('places_gcj02.zip');
    const files = unzipSync(result.files[0].bytes);
    expect(strFromU8(files['places_gcj02.prj'])).toBe(EXPORT_CRS_CHOICES[0].prj);
    expect(strFromU8(files['places_gcj02.cpg'])).toBe('UTF-8');
    expect(strFromU8(files['places_gcj02_README.txt'])).toMatch(/GCJ-02, NOT WGS 84/);
    const back = (await shp(result.files[0].bytes.slice().buffer)) as FeatureCollection;
    back.features.forEach((f, i) => {
      const src = (POINTS.features[i].geometry as Point).coordinates as [number, number];
      const expected = gcoord.transform(src, gcoord.WGS84, gcoord.GCJ02);
      const got = (f.geometry as { coordinates: number[] }).coordinates;
      expect(Math.abs(got[0] - expected[0])).toBeLessThan(1e-7);
      expect(Math.abs(got[1] - expected[1])).toBeLessThan(1e-7);
    });
  });

  it('BD-09 CSV and GeoJSON: coordinates match gcoord within 1e-7°', () => {
    const csv = exportDataset({ name: 'places', collection: POINTS, format: 'csv', crs: { kind: 'bd09' } });
    expect(csv.filename).toBe('places_bd09.csv');
    const rows = Papa.parse<Record<string, string>>(afterBom(csv.files[0].bytes), { header: true }).data;
    const geo = JSON.parse(
      strFromU8(
        exportDataset({ name: 'places', collection: POINTS, format: 'geojson', crs: { kind: 'bd09' } }).files[0].bytes,
      ),
    );
    POINTS.features.forEach((f, i) => {
      const expected = gcoord.transform(
        (f.geometry as Point).coordinates as [number, number],
        gcoord.WGS84,
        gcoord.BD09,
      );
      expect(Math.abs(Number(rows[i].lon) - expected[0])).toBeLessThan(1e-7);
      expect(Math.abs(Number(rows[i].lat) - expected[1])).toBeLessThan(1e-7);
      expect(Math.abs(geo.features[i].geometry.coordinates[0] - expected[0])).toBeLessThan(1e-7);
    });
    expect(geo.coordinate_system.id).toBe('bd09');
  });

  it('CGCS2000 shapefile: CGCS2000 .prj, same numbers, recognised by the project reader', async () => {
    const result = exportDataset({
      name: 'places',
      collection: POINTS,
      format: 'shapefile',
      crs: { kind: 'cgcs2000' },
      lastUpdated: DATE,
    });
    const prj = strFromU8(unzipSync(result.files[0].bytes)['places_cgcs2000.prj']);
    expect(prj).toContain('GCS_China_Geodetic_Coordinate_System_2000');
    const { layers } = await readFilesSettled([{ name: result.filename, bytes: result.files[0].bytes }]);
    expect(layers[0].crs.crs).toEqual({ kind: 'cgcs2000' });
    layers[0].features.forEach((f, i) => expect(f.geometry).toEqual(POINTS.features[i].geometry));
  });

  it('refuses KML outside WGS84, an unknown format, and an empty result, saying why', () => {
    expect(() => exportDataset({ name: 'p', collection: POINTS, format: 'kml', crs: { kind: 'gcj02' } })).toThrow(
      /KML coordinates are always WGS 84/,
    );
    expect(() => exportDataset({ name: 'p', collection: POINTS, format: 'gpx' as never })).toThrow(
      /unknown format "gpx"/,
    );
    expect(() =>
      exportDataset({
        name: 'p',
        collection: POINTS,
        format: 'csv',
        subset: { kind: 'bbox', bbox: [100, 20, 101, 21] },
      }),
    ).toThrow(/no feature of 3 matches the chosen area/);
    expect(exportDataset({ name: 'a/b:c', collection: POINTS, format: 'kml' }).filename).toBe('a_b_c.kml');
  });
});
