import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import shp from 'shpjs';
import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { shortFieldName } from '../../../../src/lib/io/export/dbf-fields';
import { collectionToShapefile, zipShapefile } from '../../../../src/lib/io/export/to-shapefile';
import { readFilesSettled } from '../../../../src/lib/io/formats/read-files';
import { MIXED, POINTS, POLYGONS, PROPS, feature, sameGeometry, signedArea2 } from './sample';

const DATE = new Date(Date.UTC(2026, 4, 20));
type Parsed = FeatureCollection & { fileName: string };

async function viaShpjs(zip: Uint8Array): Promise<Parsed[]> {
  const out = await shp(zip.slice().buffer);
  return Array.isArray(out) ? out : [out];
}

/** Layers read by the project's own reader; the mapping CSV (no coordinates) is not a layer. */
async function viaProject(zip: Uint8Array) {
  const { layers } = await readFilesSettled([{ name: 'export.zip', bytes: zip }]);
  return layers.filter((l) => l.format === 'shapefile');
}

/** The rings of polygon record `n` (0-based) of a .shp, straight from the bytes. */
function rawRings(shpBytes: Uint8Array, n: number): number[][][] {
  const dv = new DataView(shpBytes.buffer, shpBytes.byteOffset, shpBytes.byteLength);
  let at = 100;
  for (let i = 0; i < n; i++) at += 8 + 2 * dv.getInt32(at + 4, false);
  const c = at + 8;
  expect(dv.getInt32(c, true)).toBe(5);
  const [parts, points] = [dv.getInt32(c + 36, true), dv.getInt32(c + 40, true)];
  const starts = Array.from({ length: parts }, (_, i) => dv.getInt32(c + 44 + 4 * i, true));
  const xy = (i: number) => [
    dv.getFloat64(c + 44 + 4 * parts + 16 * i, true),
    dv.getFloat64(c + 52 + 4 * parts + 16 * i, true),
  ];
  return starts.map((s, i) => Array.from({ length: (starts[i + 1] ?? points) - s }, (_, k) => xy(s + k)));
}

describe('zipShapefile read back by shpjs and by the project reader', () => {
  it('keeps points and attributes: Chinese, HTML-like text, ints, decimals, booleans, nested as JSON', async () => {
    const zip = zipShapefile('places', POINTS, { kind: 'wgs84' }, { lastUpdated: DATE });
    const [layer] = await viaShpjs(zip);
    expect(layer.fileName).toBe('places');
    expect(layer.features).toHaveLength(3);
    layer.features.forEach((f, i) => {
      expect(sameGeometry(f.geometry, POINTS.features[i].geometry, 1e-9)).toBeNull();
      const p = f.properties!;
      expect(p.name).toBe(PROPS[i].name);
      expect(p.kind).toBe(PROPS[i].kind);
      expect(p.voltage).toBe(PROPS[i].voltage);
      expect(p.count).toBe(PROPS[i].count);
      expect(p.share).toBe(PROPS[i].share);
    });
    expect(layer.features[0].properties!.note).toBe('<b>x</b> & "q" \'a\'');
    expect(layer.features[0].properties!.tags).toBe('["a","乙"]');
    expect(layer.features.map((f) => f.properties!.active)).toEqual([true, false, false]); // shpjs reads `?` as false

    const [mine] = await viaProject(zip);
    expect(mine.encoding).toBe('utf-8');
    expect(mine.crs.crs).toEqual({ kind: 'wgs84' });
    expect(mine.features.map((f) => f.properties)).toEqual(
      PROPS.map((p, i) => ({
        id: POINTS.features[i].id,
        ...p,
        note: p.note ?? '',
        tags: p.tags === null ? '' : JSON.stringify(p.tags),
        empty: '',
      })),
    );
    expect(mine.features[2].properties.active).toBeNull();
    expect(mine.features[1].properties.note).toBe(''); // C cannot tell null from ''
  });

  it('writes holes and multipolygons with outer rings clockwise and holes counter-clockwise', async () => {
    const files = collectionToShapefile('areas', POLYGONS, { kind: 'wgs84' }, { lastUpdated: DATE });
    const shpBytes = files.find((f) => f.name === 'areas.shp')!.bytes;
    const [outer, hole] = rawRings(shpBytes, 0);
    expect(signedArea2(outer)).toBeLessThan(0);
    expect(signedArea2(hole)).toBeGreaterThan(0);
    expect(rawRings(shpBytes, 1).map((r) => Math.sign(signedArea2(r)))).toEqual([-1, -1, 1]);

    const zip = zipShapefile('areas', POLYGONS, { kind: 'wgs84' }, { lastUpdated: DATE });
    for (const layer of [(await viaShpjs(zip))[0], (await viaProject(zip))[0]]) {
      expect(layer.features).toHaveLength(2);
      layer.features.forEach((f, i) =>
        expect(sameGeometry(f.geometry, POLYGONS.features[i].geometry, 1e-9)).toBeNull(),
      );
    }
  });

  it('splits mixed geometry into <name>_points, _lines, _polygons sets sharing one schema', async () => {
    const zip = zipShapefile('混合', MIXED, { kind: 'wgs84' }, { lastUpdated: DATE });
    const names = Object.keys(unzipSync(zip)).sort();
    expect(names).toEqual(
      ['混合_README.txt', '混合_fields.csv']
        .concat(
          ['lines', 'points', 'polygons'].flatMap((k) =>
            ['cpg', 'dbf', 'prj', 'shp', 'shx'].map((e) => `混合_${k}.${e}`),
          ),
        )
        .sort(),
    );
    const layers = await viaShpjs(zip);
    const byName = new Map(layers.map((l) => [l.fileName, l]));
    expect(byName.get('混合_points')!.features.map((f) => f.geometry!.type)).toEqual(['Point']);
    const lines = byName.get('混合_lines')!.features;
    expect(lines.map((f) => f.properties!.name)).toEqual(['瓦房店市', '庄河市']);
    expect(sameGeometry(lines[1].geometry, MIXED.features[3].geometry, 1e-9)).toBeNull();
    expect(byName.get('混合_polygons')!.features[0].properties!.kind).toBe('省道');
    expect((await viaProject(zip)).map((l) => l.features.length).sort()).toEqual([1, 1, 2]);
  });

  it('splits a GeometryCollection across sets and keeps features without geometry as null shapes', async () => {
    const fc: FeatureCollection<Geometry | null> = {
      type: 'FeatureCollection',
      features: [
        feature(
          { type: 'GeometryCollection', geometries: [MIXED.features[0].geometry!, MIXED.features[1].geometry!] },
          { n: 1 },
        ),
        feature(null, { n: 2 }),
      ],
    };
    const files = collectionToShapefile('gc', fc, { kind: 'wgs84' }, { lastUpdated: DATE });
    const layers = await viaProject(zipShapefile('gc', fc, { kind: 'wgs84' }, { lastUpdated: DATE }));
    expect(files.filter((f) => f.name.endsWith('.shp')).map((f) => f.name)).toEqual(['gc_points.shp', 'gc_lines.shp']);
    const points = layers.find((l) => l.name === 'gc_points')!;
    expect(points.features.map((f) => f.properties.n)).toEqual([1]); // the null shape is skipped by the reader …
    const dbf = files.find((f) => f.name === 'gc_points.dbf')!.bytes;
    expect(new DataView(dbf.buffer, dbf.byteOffset).getUint32(4, true)).toBe(2); // … but its record is there
  });
});

describe('field names and long values', () => {
  it('shortens names to ≤ 10 unique ASCII bytes and records the mapping', async () => {
    const props = {
      population_2020: 1,
      population_2021: 2,
      名称: '庄河市',
      Name: 'a',
      name: 'b',
      '220kV': true,
      prefecture_zh: '大连市',
    };
    const fc: FeatureCollection = {
      type: 'FeatureCollection',
      features: [feature({ type: 'Point', coordinates: [122, 40] }, props) as never],
    };
    const files = unzipSync(zipShapefile('roads', fc, { kind: 'wgs84' }, { lastUpdated: DATE }));
    const mapping = Papa.parse<Record<string, string>>(strFromU8(files['roads_fields.csv']).replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const short = Object.fromEntries(mapping.map((r) => [r.original, r.short]));
    expect(short).toEqual({
      population_2020: 'popul_2020',
      population_2021: 'popul_2021',
      名称: 'mingcheng',
      Name: 'Name',
      name: 'name_2',
      '220kV': 'f220kV',
      prefecture_zh: 'prefect_zh',
    });
    for (const s of Object.values(short)) expect(s).toMatch(/^[A-Za-z][A-Za-z0-9_]{0,9}$/);
    const [layer] = await viaShpjs(zipShapefile('roads', fc, { kind: 'wgs84' }, { lastUpdated: DATE }));
    expect(layer.features[0].properties).toEqual({
      popul_2020: 1,
      popul_2021: 2,
      mingcheng: '庄河市',
      Name: 'a',
      name_2: 'b',
      f220kV: true,
      prefect_zh: '大连市',
    });
    expect(strFromU8(files['roads_README.txt'])).toContain('roads_fields.csv');
  });

  it('makes clashing names unique whatever their length', () => {
    const taken = new Set<string>();
    const names = ['abcdefghijk', 'abcdefghijkl', 'abcdefghijklm', 'ABCDEFGHIJ'].map((n) => shortFieldName(n, taken));
    expect(names).toEqual(['abcdefghij', 'abcdefgh_2', 'abcdefgh_3', 'ABCDEFGH_4']);
  });

  it('cuts a value over 254 bytes at a character boundary and lists it in the mapping notes', async () => {
    const long = '辽'.repeat(100); // 300 bytes
    const fc: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        feature({ type: 'Point', coordinates: [122, 40] }, { text: 'short' }) as never,
        feature({ type: 'Point', coordinates: [123, 41] }, { text: long }) as never,
      ],
    };
    const zip = zipShapefile('long', fc, { kind: 'wgs84' }, { lastUpdated: DATE });
    const [layer] = await viaShpjs(zip);
    expect(layer.features[1].properties!.text).toBe('辽'.repeat(84)); // 252 bytes: the 85th would not fit whole
    const [mine] = await viaProject(zip);
    expect(mine.features[1].properties.text).toBe('辽'.repeat(84));
    const mapping = strFromU8(unzipSync(zip)['long_fields.csv']);
    expect(mapping).toContain('feature 2 (300 bytes)');
    expect(mapping).toContain('cut at a character boundary');
  });

  it('omits the mapping file when every name fits and nothing was cut', () => {
    const fc: FeatureCollection = {
      type: 'FeatureCollection',
      features: [feature({ type: 'Point', coordinates: [1, 2] }, { a: 1 }) as never],
    };
    expect(collectionToShapefile('plain', fc).map((f) => f.name)).not.toContain('plain_fields.csv');
  });
});
