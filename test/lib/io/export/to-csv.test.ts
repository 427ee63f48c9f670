import Papa from 'papaparse';
import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { collectionToCsv } from '../../../../src/lib/io/export/to-csv';
import { formatCoordinate, geometryToWkt } from '../../../../src/lib/io/export/to-wkt';
import { parseWkt } from '../../../../src/lib/io/formats/wkt';
import { readFiles } from '../../../../src/lib/io/formats/read-files';
import { MIXED, MULTIPOLYGON, POINTS, POLYGON_WITH_HOLE, PROPS, sameGeometry } from './sample';

const parse = (text: string) => {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const r = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(r.errors).toEqual([]);
  return r;
};

const asText = (v: unknown) =>
  v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);

describe('collectionToCsv', () => {
  it('writes points as lon/lat columns and every property as text, read back by papaparse', () => {
    const r = parse(collectionToCsv(POINTS));
    expect(r.meta.fields).toEqual(['id', 'lon', 'lat', ...Object.keys(PROPS[0])]);
    expect(r.data).toHaveLength(3);
    r.data.forEach((row, i) => {
      expect(row.id).toBe(POINTS.features[i].id);
      const [lon, lat] = (POINTS.features[i].geometry as { coordinates: number[] }).coordinates;
      expect(Number(row.lon)).toBe(lon);
      expect(Number(row.lat)).toBe(lat);
      for (const [k, v] of Object.entries(PROPS[i])) expect(row[k]).toBe(asText(v));
    });
    expect(r.data[0].note).toBe('<b>x</b> & "q" \'a\'');
    expect(r.data[2].note).toBe('a,b\nc');
    expect(r.data[0].tags).toBe('["a","乙"]');
  });

  it('puts lines and areas in geometry_wkt, readable by the project WKT parser within 1e-9°', () => {
    const r = parse(collectionToCsv(MIXED));
    expect(r.meta.fields!.slice(0, 4)).toEqual(['id', 'lon', 'lat', 'geometry_wkt']);
    expect(r.data[0].geometry_wkt).toBe('');
    expect(r.data[1].lon).toBe('');
    expect(r.data[2].geometry_wkt).toMatch(/^POLYGON \(\(122\.9 39\.6, /);
    MIXED.features.slice(1).forEach((f, i) => {
      const g = parseWkt(r.data[i + 1].geometry_wkt).geometry as Geometry;
      expect(sameGeometry(g, f.geometry, 1e-9)).toBeNull();
    });
  });

  it('with { geometry: "wkt" } writes every geometry, points too, as WKT', () => {
    const r = parse(collectionToCsv(POINTS, { geometry: 'wkt' }));
    expect(r.meta.fields!.slice(0, 2)).toEqual(['id', 'geometry_wkt']);
    expect(r.meta.fields).not.toContain('lon');
    expect(r.data[1].geometry_wkt).toBe('POINT (121.9797123 39.6271456)');
  });

  it('renames a geometry column a property already uses, and the project CSV reader finds the points', async () => {
    const fc = {
      ...POINTS,
      features: POINTS.features.map((f) => ({ ...f, properties: { ...f.properties, lon: 'x' } })),
    };
    const text = collectionToCsv(fc);
    expect(parse(text).meta.fields!.slice(0, 3)).toEqual(['id', 'lon_2', 'lat']);
    const [layer] = await readFiles([{ name: 'points.csv', bytes: new TextEncoder().encode(collectionToCsv(POINTS)) }]);
    expect(layer.features).toHaveLength(3);
    expect(layer.features[0].geometry).toEqual({ type: 'Point', coordinates: [122.9839, 39.6876] });
    expect(layer.features[0].properties.name).toBe('庄河市');
  });
});

describe('geometryToWkt', () => {
  it('writes OGC WKT for every type, holes and multipolygons included, and EMPTY', () => {
    expect(
      geometryToWkt({
        type: 'MultiPoint',
        coordinates: [
          [1, 2],
          [3, 4],
        ],
      }),
    ).toBe('MULTIPOINT ((1 2), (3 4))');
    expect(geometryToWkt(POLYGON_WITH_HOLE)).toMatch(/^POLYGON \(\(.*\), \(.*\)\)$/);
    expect(parseWkt(geometryToWkt(MULTIPOLYGON)).geometry).toEqual(MULTIPOLYGON);
    expect(
      geometryToWkt({
        type: 'GeometryCollection',
        geometries: [
          { type: 'Point', coordinates: [1, 2] },
          { type: 'LineString', coordinates: [] },
        ],
      }),
    ).toBe('GEOMETRYCOLLECTION (POINT (1 2), LINESTRING EMPTY)');
  });

  it('never writes exponent notation', () => {
    expect(formatCoordinate(1e-7)).toBe('0.0000001');
    expect(formatCoordinate(-2.5e-8)).toBe('-0.000000025');
    expect(formatCoordinate(123.456789)).toBe('123.456789');
    expect(() => formatCoordinate(NaN)).toThrow(/not a finite number/);
  });
});
