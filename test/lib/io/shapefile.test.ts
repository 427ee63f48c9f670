import { describe, expect, it } from 'vitest';
import type { Polygon, Position } from 'geojson';
import { fromWgs84, toWgs84 } from '../../../src/lib/io/crs/transform';
import { readFiles, readFilesSettled } from '../../../src/lib/io/formats/read-files';
import { ReadError, type InputFile, type ParsedLayer } from '../../../src/lib/io/formats/types';
import { makeShapefile, type FieldSpec, type ShapefileSpec } from '../../fixtures/io/make-shapefile';
import { makeZip, textFile } from '../../fixtures/io/make-zip';

const GCS_CGCS2000 =
  'GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
const PRJ_ZONE_41 = `PROJCS["CGCS2000_3_Degree_GK_Zone_41",${GCS_CGCS2000},PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",41500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",123.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`;
const PRJ_WGS84 =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';

const FIELDS: FieldSpec[] = [
  { name: '名称', type: 'C', length: 60 },
  { name: '类型', type: 'C', length: 20 },
  { name: '电压', type: 'C', length: 10 },
  { name: '人口', type: 'N', length: 10, decimals: 1 },
  { name: '日期', type: 'D', length: 8 },
  { name: '有效', type: 'L', length: 1 },
];

const PLACES = [
  { lonlat: [122.9839, 39.6876], values: ['大连市庄河市', '高速公路', '220千伏', 90.5, '20160815', true] },
  { lonlat: [121.9797, 39.6271], values: ['瓦房店市', '国道', '66千伏', null, null, false] },
  {
    lonlat: [121.9636, 39.3925],
    values: ['<b>普兰店</b><script>alert("x")</script>', '  省道 ', '10千伏', 78, '20200101', null],
  },
];

const EXPECTED_PROPERTIES = [
  { 名称: '大连市庄河市', 类型: '高速公路', 电压: '220千伏', 人口: 90.5, 日期: '2016-08-15', 有效: true },
  { 名称: '瓦房店市', 类型: '国道', 电压: '66千伏', 人口: null, 日期: null, 有效: false },
  {
    名称: '<b>普兰店</b><script>alert("x")</script>',
    类型: '省道',
    电压: '10千伏',
    人口: 78,
    日期: '2020-01-01',
    有效: null,
  },
];

/** Liaoning towns as points in CGCS2000 3° GK zone 41 (EPSG:4529), attributes in GBK. */
function townsSpec(overrides: Partial<ShapefileSpec> = {}): ShapefileSpec {
  return {
    name: '乡镇',
    type: 'point',
    fields: FIELDS,
    records: PLACES.map((p) => ({ geometry: fromWgs84(p.lonlat, { kind: 'epsg', code: 4529 }), values: p.values })),
    prj: PRJ_ZONE_41,
    ...overrides,
  };
}

function expectTowns(layer: ParsedLayer): void {
  expect(layer.format).toBe('shapefile');
  expect(layer.features.map((f) => f.properties)).toEqual(EXPECTED_PROPERTIES);
  expect(layer.rowErrors).toEqual([]);
  expect(layer.crs.crs).toEqual({ kind: 'epsg', code: 4529 });
  const { features, rowErrors } = toWgs84(layer.features, layer.crs.crs!);
  expect(rowErrors).toEqual([]);
  features.forEach((f, i) => {
    const [lon, lat] = (f.geometry as { coordinates: number[] }).coordinates;
    expect(Math.abs(lon - PLACES[i].lonlat[0])).toBeLessThan(1e-6);
    expect(Math.abs(lat - PLACES[i].lonlat[1])).toBeLessThan(1e-6);
  });
}

describe('shapefile: GBK attributes and a CGCS2000 Gauss–Krüger .prj', () => {
  it('reads loose files with a .cpg', async () => {
    const [layer] = await readFiles(makeShapefile(townsSpec({ cpg: 'GBK' })));
    expectTowns(layer);
    expect(layer.encoding).toBe('gbk');
    expect(layer.name).toBe('乡镇');
    expect(layer.files).toEqual(['乡镇.shp', '乡镇.shx', '乡镇.dbf', '乡镇.prj', '乡镇.cpg']);
    expect(layer.fields.map((f) => [f.name, f.type])).toEqual([
      ['名称', 'string'],
      ['类型', 'string'],
      ['电压', 'string'],
      ['人口', 'number'],
      ['日期', 'string'],
      ['有效', 'boolean'],
    ]);
    expect(layer.warnings).toEqual([]);
  });

  it.each(['CP936', '936', 'GB2312', 'ANSI 936', 'gbk\r\n', 'GB18030'])(
    'understands the .cpg spelling %j',
    async (cpg) => {
      const [layer] = await readFiles(makeShapefile(townsSpec({ cpg })));
      expect(layer.features[0].properties.名称).toBe('大连市庄河市');
    },
  );

  it('reads GBK from the DBF language-driver byte 0x4D when there is no .cpg', async () => {
    const [layer] = await readFiles(makeShapefile(townsSpec({ ldid: 0x4d })));
    expectTowns(layer);
    expect(layer.encoding).toBe('gbk');
    expect(layer.warnings).toEqual([]);
  });

  it('falls back to GBK with a warning when neither .cpg nor driver byte says, because the text is not UTF-8', async () => {
    const [layer] = await readFiles(makeShapefile(townsSpec()));
    expectTowns(layer);
    expect(layer.encoding).toBe('gbk');
    expect(layer.warnings.join()).toContain('read as GBK');
  });

  it('reads UTF-8 attributes, by .cpg or by their validity, even when a field cuts a character in two', async () => {
    const cut = makeShapefile(
      townsSpec({
        encoding: 'utf-8',
        fields: [{ name: 'n', type: 'C', length: 7 }],
        records: [{ geometry: [0, 0], values: ['大连市'] }],
      }),
    );
    const [truncated] = await readFiles(cut);
    expect(truncated.encoding).toBe('utf-8');
    expect(truncated.features[0].properties.n).toBe('大连');
    for (const cpg of ['UTF-8', 'UTF8', '65001', undefined]) {
      const [layer] = await readFiles(makeShapefile(townsSpec({ encoding: 'utf-8', cpg })));
      expect(layer.encoding).toBe('utf-8');
      expect(layer.features.map((f) => f.properties)).toEqual(EXPECTED_PROPERTIES);
    }
  });

  it('lets options.encoding override the .cpg', async () => {
    const [layer] = await readFiles(makeShapefile(townsSpec({ cpg: 'UTF-8' })), { encoding: 'gbk' });
    expect(layer.features[0].properties.名称).toBe('大连市庄河市');
    await expect(readFiles(makeShapefile(townsSpec()), { encoding: 'klingon' })).rejects.toThrow(
      'unknown encoding "klingon"',
    );
  });

  it('reads the same shapefile from a zip, inside folders', async () => {
    const zip = makeZip('辽宁乡镇.zip', makeShapefile(townsSpec({ cpg: 'GBK' })), '数据/乡镇/');
    const [layer] = await readFiles([zip]);
    expectTowns(layer);
    expect(layer.files).toContain('辽宁乡镇.zip/数据/乡镇/乡镇.shp');
  });

  it('reads every shapefile of a Natural Earth-style zip and skips its README', async () => {
    const roads = makeShapefile({
      name: 'ne_10m_roads',
      type: 'polyline',
      fields: [{ name: 'name', type: 'C', length: 20 }],
      records: [
        {
          geometry: [
            [
              [121, 39],
              [122, 40],
            ],
          ],
          values: ['G15'],
        },
      ],
      encoding: 'utf-8',
      prj: PRJ_WGS84,
      cpg: 'UTF-8',
    });
    const towns = makeShapefile(townsSpec({ cpg: 'GBK' }));
    const zip = makeZip('natural.zip', [
      ...roads,
      ...towns,
      textFile('README.html', '<p>hi</p>'),
      textFile('ne_10m_roads.VERSION.txt', '5.1.1'),
    ]);
    const layers = await readFiles([zip]);
    expect(layers.map((l) => l.name).sort()).toEqual(['ne_10m_roads', '乡镇']);
    expect(layers.flatMap((l) => l.warnings).join()).toContain('README.html was skipped');
  });
});

describe('shapefile geometry', () => {
  const square = (x0: number, y0: number, x1: number, y1: number, clockwise: boolean): Position[] =>
    clockwise
      ? [
          [x0, y0],
          [x0, y1],
          [x1, y1],
          [x1, y0],
          [x0, y0],
        ]
      : [
          [x0, y0],
          [x1, y0],
          [x1, y1],
          [x0, y1],
          [x0, y0],
        ];

  const area2 = (ring: Position[]) => ring.slice(1).reduce((s, p, i) => s + ring[i][0] * p[1] - p[0] * ring[i][1], 0);

  async function readPolygon(rings: Position[][]) {
    const [layer] = await readFiles(
      makeShapefile({ name: 'p', type: 'polygon', fields: [], records: [{ geometry: rings, values: [] }] }),
    );
    return layer.features.map((f) => f.geometry);
  }

  it('assigns each hole to the outer ring that contains it, writing RFC 7946 orientation', async () => {
    const [g] = await readPolygon([
      square(0, 0, 10, 10, true),
      square(20, 20, 30, 30, true),
      square(22, 22, 24, 24, false), // hole of the second outer
      square(2, 2, 4, 4, false), // hole of the first
    ]);
    expect(g.type).toBe('MultiPolygon');
    const polys = (g as { coordinates: Position[][][] }).coordinates;
    expect(polys.map((p) => p.map((r) => r[0]))).toEqual([
      [
        [0, 0],
        [2, 2],
      ],
      [
        [20, 20],
        [22, 22],
      ],
    ]);
    for (const [outer, hole] of polys) {
      expect(area2(outer)).toBeGreaterThan(0);
      expect(area2(hole)).toBeLessThan(0);
    }
  });

  it('puts a hole in the smallest containing outer ring (an island in a lake in an island)', async () => {
    const [g] = await readPolygon([
      square(0, 0, 100, 100, true),
      square(10, 10, 90, 90, false),
      square(20, 20, 80, 80, true),
      square(30, 30, 70, 70, false),
    ]);
    const polys = (g as { coordinates: Position[][][] }).coordinates;
    expect(polys.map((p) => p.map((r) => Math.abs(area2(r)) / 2))).toEqual([
      [10000, 6400],
      [3600, 1600],
    ]);
  });

  it('makes a counter-clockwise ring that no outer ring contains an outer ring of its own', async () => {
    const [g] = await readPolygon([square(0, 0, 1, 1, false)]);
    expect(g.type).toBe('Polygon');
    expect(area2((g as Polygon).coordinates[0])).toBeGreaterThan(0);
  });

  it('reads polylines (Z too), multipoints split into points, and reports null shapes', async () => {
    const [lines] = await readFiles(
      makeShapefile({
        name: 'l',
        type: 'polyline',
        z: true,
        fields: [{ name: 'n', type: 'N', length: 4 }],
        records: [
          {
            geometry: [
              [
                [0, 0],
                [1, 1],
              ],
              [
                [2, 2],
                [3, 3],
                [4, 4],
              ],
            ],
            values: [1],
          },
          { geometry: null, values: [2] },
          {
            geometry: [
              [
                [5, 5],
                [6, 6],
              ],
            ],
            values: [3],
          },
        ],
      }),
    );
    expect(lines.features.map((f) => [f.properties.n, f.geometry.type])).toEqual([
      [1, 'MultiLineString'],
      [3, 'LineString'],
    ]);
    expect(lines.features[0].geometry).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [
          [0, 0],
          [1, 1],
        ],
        [
          [2, 2],
          [3, 3],
          [4, 4],
        ],
      ],
    });
    expect(lines.rowErrors).toEqual([{ row: 2, message: 'record 2: null shape (no geometry)' }]);
    const [points] = await readFiles(
      makeShapefile({
        name: 'm',
        type: 'multipoint',
        fields: [{ name: '名', type: 'C', length: 8 }],
        records: [
          {
            geometry: [
              [121, 40],
              [122, 41],
            ],
            values: ['井'],
          },
        ],
      }),
    );
    expect(points.features.map((f) => [f.geometry, f.properties])).toEqual([
      [{ type: 'Point', coordinates: [121, 40] }, { 名: '井' }],
      [{ type: 'Point', coordinates: [122, 41] }, { 名: '井' }],
    ]);
    const [pz] = await readFiles(
      makeShapefile({ name: 'z', type: 'point', z: true, fields: [], records: [{ geometry: [121, 40], values: [] }] }),
    );
    expect(pz.features[0].geometry).toEqual({ type: 'Point', coordinates: [121, 40] });
  });

  it('keeps text found in number fields, naming field and record, and skips deleted records', async () => {
    const files = makeShapefile({
      name: '站',
      type: 'point',
      fields: [
        { name: '编号', type: 'N', length: 6 },
        { name: '名称', type: 'C', length: 10 },
      ],
      records: [
        { geometry: [121, 40], values: [1, '甲'] },
        { geometry: [122, 40], values: ['12a', '乙'] },
        { geometry: [123, 40], values: [3, '丙'] },
      ],
      cpg: 'GBK',
    });
    const dbf = files.find((f) => f.name.endsWith('.dbf'))!;
    const headerLength = dbf.bytes[8] | (dbf.bytes[9] << 8);
    const recordLength = dbf.bytes[10] | (dbf.bytes[11] << 8);
    dbf.bytes[headerLength + 2 * recordLength] = 0x2a; // record 3 deleted
    const [layer] = await readFiles(files);
    expect(layer.features.map((f) => f.properties)).toEqual([
      { 编号: 1, 名称: '甲' },
      { 编号: '12a', 名称: '乙' },
    ]);
    expect(layer.warnings).toEqual([
      '1 record marked deleted in the .dbf skipped',
      '站.dbf: field "编号" has 1 value that is not a number, kept as text (first in record 2)',
    ]);
  });

  it('reads geometry without a .dbf, with a warning', async () => {
    const files = makeShapefile(townsSpec()).filter((f) => !f.name.endsWith('.dbf'));
    const [layer] = await readFiles(files);
    expect(layer.features).toHaveLength(3);
    expect(layer.features[0].properties).toEqual({});
    expect(layer.warnings).toContain('乡镇.dbf is missing: the geometry is read without attributes');
  });
});

/** A deterministic pseudo-random sequence (LCG) for the fuzz test. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

function replace(files: InputFile[], ext: string, edit: (bytes: Uint8Array) => Uint8Array): InputFile[] {
  return files.map((f) => (f.name.endsWith(ext) ? { name: f.name, bytes: edit(f.bytes.slice()) } : f));
}

describe('hostile and malformed shapefiles', () => {
  it('rejects a truncated zip', async () => {
    const zip = makeZip('坏.zip', makeShapefile(townsSpec()));
    const truncated = { name: zip.name, bytes: zip.bytes.subarray(0, Math.floor(zip.bytes.length / 2)) };
    await expect(readFiles([truncated])).rejects.toThrow(/^坏\.zip: is not a readable zip archive/);
  });

  it('rejects a zip with no .shp, or with nothing readable at all', async () => {
    const dbfOnly = makeZip(
      '属性.zip',
      makeShapefile(townsSpec()).filter((f) => f.name.endsWith('.dbf') || f.name.endsWith('.prj')),
    );
    await expect(readFiles([dbfOnly])).rejects.toThrow(
      '属性.zip/乡镇.dbf: is a .dbf (attribute table) without its .shp',
    );
    const readme = makeZip('readme.zip', [textFile('README.html', 'x')]);
    await expect(readFiles([readme])).rejects.toThrow(
      'readme.zip: holds no file this reader accepts (it holds README.html)',
    );
  });

  it('rejects a loose .dbf without its .shp', async () => {
    const dbf = makeShapefile(townsSpec()).filter((f) => f.name.endsWith('.dbf'));
    const error = await readFiles(dbf).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadError);
    expect((error as ReadError).file).toBe('乡镇.dbf');
  });

  it('stops at a record whose length runs past the end of the .shp, keeping the records before it', async () => {
    const files = replace(makeShapefile(townsSpec()), '.shp', (b) => {
      new DataView(b.buffer).setInt32(100 + 8 + 20 + 4, 0x7fffffff, false); // record 2's content length
      return b;
    });
    const [layer] = await readFiles(files);
    expect(layer.features.map((f) => f.properties.名称)).toEqual(['大连市庄河市']);
    expect(layer.rowErrors).toHaveLength(1);
    expect(layer.rowErrors[0].row).toBe(2);
    expect(layer.rowErrors[0].message).toMatch(
      /^record 2: its length \(4294967294 bytes\) runs past the end of the file/,
    );
  });

  it('reports a part count larger than the record as a row error, not a RangeError', async () => {
    const files = replace(
      makeShapefile({
        name: 'l',
        type: 'polyline',
        fields: [],
        records: [
          {
            geometry: [
              [
                [0, 0],
                [1, 1],
              ],
            ],
            values: [],
          },
        ],
      }),
      '.shp',
      (b) => {
        new DataView(b.buffer).setInt32(108 + 36, 1e9, true); // numParts
        return b;
      },
    );
    const [layer] = await readFiles(files);
    expect(layer.features).toEqual([]);
    expect(layer.rowErrors[0].message).toMatch(
      /^record 1: 1000000000 parts of 2 points needs 4000000076 bytes but the record has 80$/,
    );
  });

  it('reads the records a .dbf holds when its header claims more', async () => {
    const files = replace(makeShapefile(townsSpec()), '.dbf', (b) => {
      new DataView(b.buffer).setUint32(4, 1000, true);
      return b;
    });
    const [layer] = await readFiles(files);
    expect(layer.features).toHaveLength(3);
    expect(layer.warnings.join()).toContain('the header says 1000 records but the file holds only 3');
  });

  it('rejects a .dbf whose header length points past the end, and a .shp that is no shapefile', async () => {
    const badDbf = replace(makeShapefile(townsSpec()), '.dbf', (b) => {
      new DataView(b.buffer).setUint16(8, 60000, true);
      return b;
    });
    await expect(readFiles(badDbf)).rejects.toThrow('乡镇.dbf: header length 60000 runs past the end of the file');
    const notShp = replace(makeShapefile(townsSpec()), '.shp', () => new TextEncoder().encode('<html>'.repeat(30)));
    await expect(readFiles(notShp)).rejects.toThrow('乡镇.shp: is not a shapefile .shp (file code');
    const short = replace(makeShapefile(townsSpec()), '.shp', (b) => b.subarray(0, 50));
    await expect(readFiles(short)).rejects.toThrow('乡镇.shp: is too short to be a .shp (50 bytes');
  });

  it('uses the coordinates when the .prj claims WGS84 for metres, and says the .prj disagrees', async () => {
    const [layer] = await readFiles(makeShapefile(townsSpec({ prj: PRJ_WGS84, cpg: 'GBK' })));
    expect(layer.crs.crs).toEqual({ kind: 'epsg', code: 4529 });
    expect(layer.crs.evidence.en).toContain('.prj: GCS_WGS_1984');
    expect(layer.crs.evidence.en).toContain('disagrees with the coordinates');
    expect(layer.crs.evidence.zh).toContain('.prj 文件：GCS_WGS_1984');
    expect(layer.crs.evidence.zh).toContain('声明的坐标系与坐标不符');
  });

  it('survives 300 randomly corrupted shapefiles: every one reads or fails with a ReadError', async () => {
    const clean = makeShapefile({
      ...townsSpec({ cpg: 'GBK' }),
      type: 'polygon',
      records: [
        {
          geometry: [
            [
              [0, 0],
              [0, 5],
              [5, 5],
              [5, 0],
              [0, 0],
            ],
            [
              [1, 1],
              [2, 1],
              [2, 2],
              [1, 1],
            ],
          ],
          values: PLACES[0].values,
        },
        {
          geometry: [
            [
              [10, 10],
              [10, 15],
              [15, 15],
              [10, 10],
            ],
          ],
          values: PLACES[1].values,
        },
      ],
    });
    const random = lcg(20261127);
    let read = 0;
    for (let run = 0; run < 300; run++) {
      const files = clean.map((f) => {
        if (!/\.(shp|dbf)$/.test(f.name)) return f;
        const b = f.bytes.slice();
        const hits = 1 + Math.floor(random() * 8);
        for (let k = 0; k < hits; k++) b[Math.floor(random() * b.length)] = Math.floor(random() * 256);
        return { name: f.name, bytes: random() < 0.2 ? b.subarray(0, Math.floor(random() * b.length)) : b };
      });
      const { layers, errors } = await readFilesSettled(files);
      for (const e of errors) expect(e).toBeInstanceOf(ReadError);
      for (const e of errors) expect(e.message).not.toMatch(/could not be read/);
      read += layers.length;
    }
    expect(read).toBeGreaterThan(0);
  });
});
