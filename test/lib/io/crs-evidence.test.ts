import { describe, expect, it } from 'vitest';
import type { Bilingual } from '../../../src/lib/data/schemas/geojson';
import { crsMismatch } from '../../../src/lib/io/crs/coordinates';
import { detectCrsFromCoordinates, detectCrsFromPrj, reconcileCrs } from '../../../src/lib/io/crs/prj';
import type { Bbox } from '../../../src/lib/io/formats/geometry';
import { readFiles } from '../../../src/lib/io/formats/read-files';
import type { CrsId, InputFile } from '../../../src/lib/io/formats/types';
import { makeShapefile } from '../../fixtures/io/make-shapefile';
import { gpxDocument, kmlDocument, placemark } from '../../fixtures/io/make-xml';
import { textFile } from '../../fixtures/io/make-zip';

/**
 * Every message the import review shows as CRS evidence must exist in both languages. The Chinese
 * is checked piece by piece (split where evidence is joined, at '；' and '——'), so a joined message
 * whose declared half was left in English fails even though the other half is Chinese.
 */
const CJK = /[\u4e00-\u9fff]/;

function expectBilingual(evidence: Bilingual, what: string): void {
  expect(evidence.en.trim(), `${what}: en`).not.toBe('');
  expect(evidence.zh.trim(), `${what}: zh`).not.toBe('');
  expect(evidence.zh, `${what}: zh is the English`).not.toBe(evidence.en);
  for (const piece of evidence.zh.split(/；|——/))
    expect(piece, `${what}: untranslated piece of "${evidence.zh}"`).toMatch(CJK);
  expect(evidence.en, `${what}: en has Chinese punctuation`).not.toMatch(/[；，：（）]|——/);
}

const GCS_WGS84 =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
const geogcs = (a: number) =>
  `GEOGCS["自定义",DATUM["D",SPHEROID["S",${a},298.3]],PRIMEM["Greenwich",0],UNIT["Degree",0.0174532925199433]]`;
const projcs = (name: string, projection: string, cm: number, x0: number, k = 1) =>
  `PROJCS["${name}",${geogcs(6378137)},PROJECTION["${projection}"],PARAMETER["False_Easting",${x0}],PARAMETER["False_Northing",0],PARAMETER["Central_Meridian",${cm}],PARAMETER["Scale_Factor",${k}],PARAMETER["Latitude_Of_Origin",0],UNIT["Meter",1]]`;

const PRJ_CASES: [string, string][] = [
  ['empty', ' '],
  ['EPSG authority', 'PROJCS["x",GEOGCS["y"],AUTHORITY["EPSG","4529"]]'],
  ['name', GCS_WGS84],
  ['unreadable', 'this is not WKT'],
  ['known ellipsoid', geogcs(6378245)],
  ['unknown ellipsoid', geogcs(6370000)],
  ['Gauss–Krüger parameters', projcs('辽宁_自定义', 'Gauss_Kruger', 123, 41500000)],
  ['proj4 as written', projcs('WGS_1984_UTM_Zone_51N', 'Transverse_Mercator', 123, 500000, 0.9996)],
];

const BBOX_CASES: [string, Bbox | null][] = [
  ['no coordinates', null],
  ['degrees', [121, 38.7, 125.8, 43.5]],
  ['3° zone prefix', [41_380_000, 4_300_000, 41_620_000, 4_500_000]],
  ['6° zone prefix', [21_400_000, 4_300_000, 21_600_000, 4_500_000]],
  ['mixed zone prefixes', [41_380_000, 4_300_000, 42_620_000, 4_500_000]],
  ['Web Mercator or 6° zone 13–15', [13_500_000, 4_700_000, 13_900_000, 5_300_000]],
  ['no such zone', [11_000_000, 4_700_000, 11_100_000, 5_300_000]],
  ['swapped', [4_300_000, 41_380_000, 4_500_000, 41_620_000]],
  ['no zone prefix', [380_000, 4_300_000, 620_000, 4_500_000]],
  ['Web Mercator', [5_000_000, -4_700_000, 5_900_000, 5_300_000]],
  ['nothing known', [1e9, 1e9, 2e9, 2e9]],
];

/** A custom CRS proj4 cannot use: no corner converts. */
const BROKEN: CrsId = { kind: 'proj4', name: '坏', definition: '+proj=no_such_projection' };

const MISMATCH_CASES: [string, CrsId, Bbox][] = [
  ['metres for degrees', { kind: 'wgs84' }, [41_380_000, 4_300_000, 41_620_000, 4_500_000]],
  ['degrees for metres', { kind: 'epsg', code: 4529 }, [121, 40, 122, 41]],
  ['other zone prefix', { kind: 'epsg', code: 4528 }, [41_380_000, 4_300_000, 41_620_000, 4_500_000]],
  ['prefix where none belongs', { kind: 'epsg', code: 4550 }, [41_380_000, 4_300_000, 41_620_000, 4_500_000]],
  ['corner that does not convert', BROKEN, [1e6, 1e6, 2e6, 2e6]],
];

describe('CRS evidence in both languages', () => {
  it.each(PRJ_CASES)('detectCrsFromPrj: %s', (what, prj) => {
    expectBilingual(detectCrsFromPrj(prj).evidence, what);
  });

  it.each(BBOX_CASES)('detectCrsFromCoordinates: %s', (what, bbox) => {
    expectBilingual(detectCrsFromCoordinates(bbox).evidence, what);
  });

  it.each(MISMATCH_CASES)('crsMismatch: %s', (what, crs, bbox) => {
    const why = crsMismatch(crs, bbox);
    expect(why, what).not.toBeNull();
    expectBilingual(why!, what);
    // Joined into the declaration's evidence, each language keeps its own punctuation.
    const d = reconcileCrs({ crs, evidence: { zh: '声明', en: 'declared' } }, bbox);
    expect(d.evidence.zh).toMatch(/^声明——但.+，因此声明的坐标系与坐标不符，不予采用；.+/);
    expect(d.evidence.en).toMatch(/^declared — but .+, so the declared system disagrees .+; .+/);
    expectBilingual(d.evidence, `${what}, reconciled`);
  });

  it('crsMismatch: the corner that does not convert is named in both languages', () => {
    expect(crsMismatch(BROKEN, [1e6, 1e6, 2e6, 2e6])).toEqual({
      zh: '角点 [1.00e6, 1.00e6] 无法换算为经纬度',
      en: 'the corner [1.00e6, 1.00e6] does not convert to a longitude/latitude',
    });
  });

  const point = (x: number, y: number) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [x, y] } });
  const geojson = (crsName: string | null, x = 121.6, y = 38.9) =>
    JSON.stringify({
      type: 'FeatureCollection',
      ...(crsName ? { crs: { type: 'name', properties: { name: crsName } } } : {}),
      features: [{ ...point(x, y), properties: {} }],
    });
  const READER_CASES: [string, InputFile[]][] = [
    ['GeoJSON without crs', [textFile('a.geojson', geojson(null))]],
    ['GeoJSON CRS84', [textFile('a.geojson', geojson('urn:ogc:def:crs:OGC:1.3:CRS84'))]],
    ['GeoJSON EPSG', [textFile('a.geojson', geojson('urn:ogc:def:crs:EPSG::4490'))]],
    ['GeoJSON unknown EPSG', [textFile('a.geojson', geojson('EPSG:9999'))]],
    ['CSV without SRID', [textFile('a.csv', 'name,lon,lat\n庄河,122.98,39.69')]],
    ['CSV known SRID', [textFile('a.csv', 'name,wkt\n线,"SRID=4490;LINESTRING (121 40, 122 41)"')]],
    ['CSV unknown SRID', [textFile('a.csv', 'name,wkt\n线,"SRID=9999;LINESTRING (121 40, 122 41)"')]],
    ['GPX', [textFile('a.gpx', gpxDocument({ waypoints: [{ lon: 122.98, lat: 39.69, name: '庄河' }] }))]],
    [
      'KML',
      [
        textFile(
          'a.kml',
          kmlDocument(placemark({ geometry: '<Point><coordinates>122.98,39.69</coordinates></Point>' })),
        ),
      ],
    ],
    [
      'shapefile without .prj',
      makeShapefile({
        name: '点',
        type: 'point',
        fields: [{ name: 'N', type: 'N', length: 4 }],
        records: [{ geometry: [122.98, 39.69], values: [1] }],
      }),
    ],
  ];

  it.each(READER_CASES)('reader: %s', async (what, files) => {
    const [layer] = await readFiles(files);
    expectBilingual(layer.crs.evidence, what);
  });

  it('reader: the declared half is translated too (GPX, CSV with SRID, shapefile without .prj)', async () => {
    const [gpx] = await readFiles(READER_CASES.find(([w]) => w === 'GPX')![1]);
    expect(gpx.crs.evidence).toEqual({
      zh: 'GPX 格式规定坐标为 WGS84 经纬度',
      en: 'GPX coordinates are WGS 84 longitude/latitude by definition',
    });
    const [csv] = await readFiles(READER_CASES.find(([w]) => w === 'CSV known SRID')![1]);
    expect(csv.crs.evidence).toEqual({ zh: 'EWKT 中的 SRID=4490', en: 'EWKT SRID=4490' });
    const [shp] = await readFiles(READER_CASES.find(([w]) => w === 'shapefile without .prj')![1]);
    expect(shp.crs.evidence.en).toMatch(/^no \.prj; coordinates look like degrees/);
    expect(shp.crs.evidence.zh).toMatch(/^没有 \.prj 文件；坐标看起来是经纬度/);
  });
});
