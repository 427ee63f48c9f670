import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { readFiles } from '../../../src/lib/io/formats/read-files';
import { folder, kmlDocument, placemark } from '../../fixtures/io/make-xml';
import { makeZip, textFile } from '../../fixtures/io/make-zip';

const DESCRIPTION_HTML = '<table><tr><td>电压</td><td>220千伏</td></tr></table><script>alert("x")</script>';

const document = kmlDocument(
  folder(
    '电网',
    folder(
      '输电线',
      placemark({
        name: '庄河线',
        description: DESCRIPTION_HTML,
        cdata: true,
        data: { 电压: '220千伏', 类型: '架空线' },
        geometry: '<LineString><coordinates>122.9,39.6,0 123.0,39.7,0</coordinates></LineString>',
      }),
    ),
    placemark({
      name: '变电站',
      description: '<b>escaped</b> & more',
      simple: { 容量: '180' },
      geometry: '<Point><coordinates>122.98,39.69</coordinates></Point>',
    }),
  ),
  placemark({ name: '无几何' }),
  placemark({
    name: '多几何',
    geometry:
      '<MultiGeometry><Point><coordinates>121,40</coordinates></Point><Polygon><outerBoundaryIs><LinearRing><coordinates>121,40 122,40 122,41 121,40</coordinates></LinearRing></outerBoundaryIs></Polygon></MultiGeometry>',
  }),
);

describe('KML reader', () => {
  it('keeps names, raw descriptions, ExtendedData and folder paths as attributes', async () => {
    const [layer] = await readFiles([textFile('电网.kml', document)]);
    expect(layer.format).toBe('kml');
    expect(layer.name).toBe('电网');
    expect(layer.features.map((f) => [f.properties.name, f.geometry.type])).toEqual([
      ['庄河线', 'LineString'],
      ['变电站', 'Point'],
      ['多几何', 'Point'],
      ['多几何', 'Polygon'],
    ]);
    expect(layer.features[0].properties).toEqual({
      name: '庄河线',
      description: DESCRIPTION_HTML,
      电压: '220千伏',
      类型: '架空线',
      folder: '电网 / 输电线',
    });
    expect(layer.features[1].properties).toEqual({
      name: '变电站',
      description: '<b>escaped</b> & more',
      容量: '180',
      folder: '电网',
    });
    expect(layer.features[2].properties.folder).toBeUndefined();
    expect(layer.features[0].geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [122.9, 39.6],
        [123.0, 39.7],
      ],
    });
    expect(layer.rowErrors).toEqual([{ row: 3, message: 'placemark 3 "无几何": has no geometry' }]);
    expect(layer.crs.crs).toEqual({ kind: 'wgs84' });
    expect(layer.fields.map((f) => f.name)).toEqual(['name', 'description', '电压', '类型', 'folder', '容量']);
  });

  it('reads a KMZ: doc.kml as the main layer, another .kml as a second layer, images ignored', async () => {
    const other = kmlDocument(
      placemark({ name: '水库', geometry: '<Point><coordinates>124,41</coordinates></Point>' }),
    );
    const kmz = makeZip('辽宁.kmz', [
      textFile('files/other.kml', other),
      textFile('doc.kml', document),
      { name: 'files/icon.png', bytes: new Uint8Array([137, 80, 78, 71]) },
    ]);
    const layers = await readFiles([kmz]);
    expect(layers.map((l) => [l.name, l.format, l.features.length])).toEqual([
      ['辽宁', 'kmz', 4],
      ['辽宁/other', 'kmz', 1],
    ]);
    expect(layers[0].features[0].properties.description).toBe(DESCRIPTION_HTML);
    expect(layers[0].files).toEqual(['辽宁.kmz']);
  });

  it('reads a GBK KML that declares its encoding', async () => {
    const gbk = document.replace('encoding="UTF-8"', 'encoding="GBK"');
    const [layer] = await readFiles([{ name: 'gbk.kml', bytes: new Uint8Array(iconv.encode(gbk, 'gbk')) }]);
    expect(layer.encoding).toBe('gbk');
    expect(layer.features[0].properties.电压).toBe('220千伏');
  });

  it('rejects malformed XML, a KMZ without KML, and XML that is not KML', async () => {
    await expect(readFiles([textFile('bad.kml', '<kml><Document><Placemark></Document></kml>')])).rejects.toThrow(
      /^bad\.kml: is not well-formed XML/,
    );
    await expect(readFiles([makeZip('empty.kmz', [textFile('a.png', 'x')])])).rejects.toThrow(
      'empty.kmz: is a KMZ without a .kml document inside',
    );
    await expect(readFiles([textFile('x.kml', '<gpx></gpx>')])).rejects.toThrow(
      'x.kml: is XML but not KML (its root element is <gpx>)',
    );
  });
});
