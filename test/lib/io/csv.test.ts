import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { parseCoordinate } from '../../../src/lib/io/formats/csv-columns';
import { readFiles } from '../../../src/lib/io/formats/read-files';
import type { ParsedLayer, ReadOptions } from '../../../src/lib/io/formats/types';
import { makeBigCsv } from '../../fixtures/io/make-csv';
import { textFile } from '../../fixtures/io/make-zip';

async function readCsvText(text: string, options?: ReadOptions, name = '站点.csv'): Promise<ParsedLayer> {
  const [layer] = await readFiles([textFile(name, text)], options);
  return layer;
}

const xy = (layer: ParsedLayer, i: number) => (layer.features[i].geometry as { coordinates: number[] }).coordinates;

describe('parseCoordinate', () => {
  it.each([
    ['121.5', 121.5],
    [' -38.25 ', -38.25],
    ['121,5', 121.5],
    ['4,540,573.29', 4540573.29],
    ['１２１．５', 121.5],
    [`121°36'30.5"E`, 121 + 36 / 60 + 30.5 / 3600],
    [`E121°36'30.5"`, 121 + 36 / 60 + 30.5 / 3600],
    ['东经121度36分30.5秒', 121 + 36 / 60 + 30.5 / 3600],
    ['北纬40°7′12″', 40.12],
    ['40 7 12 N', 40.12],
    ['121:36:00', 121.6],
    ['33.5S', -33.5],
    ['121.5°', 121.5],
  ])('reads %j', (text, expected) => {
    expect(parseCoordinate(text)).toBeCloseTo(expected, 9);
  });

  it.each(['12l.5', '', 'abc', '121°75′', '1.2.3', 'N'])('rejects %j', (text) => {
    expect(parseCoordinate(text)).toBeNull();
  });
});

describe('CSV reader', () => {
  it('reads points from Chinese lon/lat headers, DMS and quoted cells, keeping attribute text exact', async () => {
    const text = [
      '名称,经度,纬度,备注',
      `大连市庄河市,122.9839,39.6876,"含逗号, 和""引号"""`,
      `丹东,"124°21'15.8""E","40°0'1.8""N",<script>alert(1)</script>`,
      `沈阳,123.4315,41.8057,"两行
文本"`,
    ].join('\r\n');
    const layer = await readCsvText(text);
    expect(layer.format).toBe('csv');
    expect(layer.encoding).toBe('utf-8');
    expect(layer.features).toHaveLength(3);
    expect(layer.rowErrors).toEqual([]);
    expect(layer.features[0].properties).toEqual({
      名称: '大连市庄河市',
      经度: 122.9839,
      纬度: 39.6876,
      备注: '含逗号, 和"引号"',
    });
    expect(xy(layer, 1)[0]).toBeCloseTo(124 + 21 / 60 + 15.8 / 3600, 9);
    expect(xy(layer, 1)[1]).toBeCloseTo(40 + 1.8 / 3600, 9);
    expect(layer.features[1].properties.备注).toBe('<script>alert(1)</script>');
    expect(layer.features[2].properties.备注).toBe('两行\n文本');
    expect(layer.crs.crs).toEqual({ kind: 'wgs84' });
    expect(layer.crs.evidence.en).toMatch(/^CSV states no coordinate system; coordinates look like degrees/);
    expect(layer.crs.evidence.zh).toMatch(/^CSV 文件未说明坐标系；坐标看起来是经纬度/);
    expect(layer.fields.map((f) => [f.name, f.type])).toEqual([
      ['名称', 'string'],
      ['经度', 'mixed'],
      ['纬度', 'mixed'],
      ['备注', 'string'],
    ]);
  });

  it('reports each bad row with its 1-based data row number and what was wrong', async () => {
    const text = ['id,lon,lat', '1,121.5,40', '2,12l.5,40', '3,121.5,', '', '5,121.6,39.9', '6,abc,north'].join('\n');
    const layer = await readCsvText(text);
    expect(layer.features.map((f) => f.properties.id)).toEqual([1, 5]);
    expect(layer.rowErrors).toEqual([
      { row: 2, message: `row 2: longitude '12l.5' is not a number (column "lon")` },
      { row: 3, message: 'row 3: latitude is empty (column "lat")' },
      { row: 6, message: `row 6: longitude 'abc' is not a number (column "lon")` },
    ]);
  });

  it('reads a GBK-encoded CSV (as Excel saves it on Chinese Windows)', async () => {
    const text = '名称,类型,X,Y\n大连市庄河市,高速公路,122.9839,39.6876\n瓦房店,220千伏,121.98,39.62\n';
    const [layer] = await readFiles([{ name: 'gbk.csv', bytes: new Uint8Array(iconv.encode(text, 'gbk')) }]);
    expect(layer.encoding).toBe('gbk');
    expect(layer.features.map((f) => [f.properties.名称, f.properties.类型])).toEqual([
      ['大连市庄河市', '高速公路'],
      ['瓦房店', '220千伏'],
    ]);
    expect(xy(layer, 0)).toEqual([122.9839, 39.6876]);
  });

  it('strips a UTF-8 byte-order mark from the first header', async () => {
    const layer = await readCsvText('\uFEFFlng,lat\n121,40\n');
    expect(layer.fields[0].name).toBe('lng');
    expect(layer.features).toHaveLength(1);
  });

  it('guesses tab and semicolon delimiters, and takes one given in the options', async () => {
    expect((await readCsvText('name\tlongitude\tlatitude\na\t121\t40\n', {}, 'a.tsv')).features).toHaveLength(1);
    const semi = await readCsvText('name;Longitude (°);Latitude (°)\na;121,5;40,25\n');
    expect(xy(semi, 0)).toEqual([121.5, 40.25]);
    const pipe = await readCsvText('name|x|y\na|121|40\n', { csv: { delimiter: '|' } });
    expect(xy(pipe, 0)).toEqual([121, 40]);
  });

  it('uses the columns named in the options', async () => {
    const layer = await readCsvText('a,b,c\nx,40,121\n', { csv: { lon: 'c', lat: 'b' } });
    expect(xy(layer, 0)).toEqual([121, 40]);
    await expect(readCsvText('a,b\n1,2\n', { csv: { lon: 'z', lat: 'b' } })).rejects.toThrow(
      'the longitude column "z" is not in the header',
    );
  });

  it('reads WKT geometries, with EWKT SRID, and reports unreadable WKT with its position', async () => {
    const text = [
      'name,wkt',
      '"线","SRID=4490;LINESTRING (121 40, 122 41)"',
      '"面","POLYGON ((121 40, 122 40, 122 41, 121 40))"',
      '"坏","POINT (121 x)"',
      '"空","POINT EMPTY"',
      '"多","MULTIPOINT (121 40, 122 41)"',
    ].join('\n');
    const layer = await readCsvText(text);
    expect(layer.features.map((f) => [f.properties.name, f.geometry.type])).toEqual([
      ['线', 'LineString'],
      ['面', 'Polygon'],
      ['多', 'Point'],
      ['多', 'Point'],
    ]);
    expect(layer.features[0].properties).toEqual({ name: '线' });
    expect(layer.rowErrors).toEqual([
      {
        row: 3,
        message: 'row 3: WKT in column "wkt" is not readable: expected a number but found "x" at character 12',
      },
      { row: 4, message: 'row 4: geometry in column "wkt" is EMPTY' },
    ]);
    expect(layer.crs.crs).toEqual({ kind: 'cgcs2000' });
  });

  it('swaps surveying-order X (northing) / Y (easting) columns and says so', async () => {
    const layer = await readCsvText('点号,X,Y\nK1,4309869.222,41379848.812\nK2,4310000,41380000\n');
    expect(xy(layer, 0)).toEqual([41379848.812, 4309869.222]);
    expect(layer.warnings.join()).toContain('swapped');
    expect(layer.crs.crs).toEqual({ kind: 'epsg', code: 4529 });
  });

  it('rejects a CSV without coordinate columns, listing its columns', async () => {
    await expect(readCsvText('名称,人口\n大连,100\n')).rejects.toThrow(/no coordinate columns found.*"名称", "人口"/);
  });

  it('reads a 1,000,000-row CSV (~40 MB) in chunks, reporting progress', async () => {
    const bytes = makeBigCsv(1_000_000);
    expect(bytes.length).toBeGreaterThan(40_000_000);
    const progress: number[] = [];
    const [layer] = await readFiles([{ name: 'big.csv', bytes }], { onProgress: (f) => progress.push(f) });
    expect(layer.features).toHaveLength(1_000_000);
    expect(layer.rowErrors).toHaveLength(0);
    expect(layer.features[0].properties).toEqual({ id: 1, name: '站点1', lon: 121.100001, lat: 39.100001 });
    expect(layer.features[999_999].properties).toEqual({
      id: 1_000_000,
      name: '站点1000000',
      lon: 120.2,
      lat: 38.200001,
    });
    expect(xy(layer, 999_999)).toEqual([120.2, 38.200001]);
    expect(layer.fields.map((f) => f.type)).toEqual(['number', 'string', 'number', 'number']);
    expect(progress[0]).toBe(0);
    expect(progress[progress.length - 1]).toBe(1);
    expect(progress.every((f, i) => i === 0 || f >= progress[i - 1])).toBe(true);
  }, 30_000);

  it('stops a long read with an AbortError when the signal is aborted', async () => {
    const controller = new AbortController();
    const bytes = makeBigCsv(200_000); // 8 chunks: the abort lands between two of them
    setTimeout(() => controller.abort(), 0);
    const read = readFiles([{ name: 'big.csv', bytes }], { signal: controller.signal });
    await expect(read).rejects.toMatchObject({ name: 'AbortError' });
  });
});
