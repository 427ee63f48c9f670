import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import shp from 'shpjs';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { exportDataset } from '../../../../src/lib/io/export/export-dataset';
import { planFeatureIdColumn, toXmlId } from '../../../../src/lib/io/export/feature-ids';
import { collectionToCsv, describeCsvExport } from '../../../../src/lib/io/export/to-csv';
import { collectionToKml } from '../../../../src/lib/io/export/to-kml';
import { zipShapefile } from '../../../../src/lib/io/export/to-shapefile';

const DATE = new Date(Date.UTC(2026, 4, 20));

/** Point features at distinct places; `undefined` in `ids` means the feature has no id. */
function collection(
  ids: (string | number | undefined)[],
  props: (i: number) => Record<string, unknown> = (i) => ({ n: i }),
): FeatureCollection<Geometry | null> {
  return {
    type: 'FeatureCollection',
    features: ids.map((id, i): Feature<Geometry | null> => {
      const f: Feature<Geometry | null> = {
        type: 'Feature',
        properties: props(i),
        geometry: { type: 'Point', coordinates: [121 + i / 10, 39 + i / 10] },
      };
      return id === undefined ? f : { ...f, id };
    }),
  };
}

const NUMERIC = collection([7, -3, undefined, 123456789012345]);
const STRINGS = collection(['210102', '0210', undefined, 'a b']);
const CHINESE = collection(['庄河市', '瓦房店市-2', undefined, '普兰店区']);
const MIXED_TYPES = collection([7, '7', undefined]);
/** A property `id` with other values than feature.id. */
const COLLIDING = collection(['210102', '210103', undefined], (i) => ({ id: `p${i}`, name: `名${i}` }));
/** … and a property `feature_id` too. */
const COLLIDING_TWICE = collection(['210102', undefined], (i) => ({ id: i, feature_id: `f${i}` }));
/** A property `id` equal to feature.id everywhere (null where there is none). */
const CARRIED = collection(['a', 'b', undefined], (i) => ({ name: `n${i}`, id: i === 2 ? null : 'ab'[i] }));
const NO_IDS = collection([undefined, undefined]);

// ---------------------------------------------------------------------------------------------
// CSV, read back by papaparse

function csvRows(fc: FeatureCollection<Geometry | null>) {
  const text = collectionToCsv(fc);
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const r = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(r.errors).toEqual([]);
  return { fields: r.meta.fields!, rows: r.data };
}

describe('CSV keeps feature.id', () => {
  it.each([
    ['numeric', NUMERIC, ['7', '-3', '', '123456789012345']],
    ['string', STRINGS, ['210102', '0210', '', 'a b']],
    ['Chinese', CHINESE, ['庄河市', '瓦房店市-2', '', '普兰店区']],
    ['mixed number/string', MIXED_TYPES, ['7', '7', '']],
  ])('%s ids: a first column `id`, empty where a feature has none', (_, fc, expected) => {
    const { fields, rows } = csvRows(fc);
    expect(fields).toEqual(['id', 'lon', 'lat', 'n']);
    expect(rows.map((r) => r.id)).toEqual(expected);
    expect(rows.map((r) => r.n)).toEqual(expected.map((_, i) => String(i)));
  });

  it('names the column feature_id (then feature_id_2) when a property `id` has other values', () => {
    const once = csvRows(COLLIDING);
    expect(once.fields).toEqual(['feature_id', 'lon', 'lat', 'id', 'name']);
    expect(once.rows.map((r) => [r.feature_id, r.id, r.name])).toEqual([
      ['210102', 'p0', '名0'],
      ['210103', 'p1', '名1'],
      ['', 'p2', '名2'],
    ]);
    const twice = csvRows(COLLIDING_TWICE);
    expect(twice.fields).toEqual(['feature_id_2', 'lon', 'lat', 'id', 'feature_id']);
    expect(twice.rows.map((r) => [r.feature_id_2, r.id, r.feature_id])).toEqual([
      ['210102', '0', 'f0'],
      ['', '1', 'f1'],
    ]);
  });

  it('does not repeat a property `id` equal to every feature id, but moves it first', () => {
    const { fields, rows } = csvRows(CARRIED);
    expect(fields).toEqual(['id', 'lon', 'lat', 'name']);
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', '']);
    expect(describeCsvExport(CARRIED)[0].en).toBe(
      'The feature id (GeoJSON feature.id) equals the property "id" and is kept in column "id".',
    );
  });

  it('adds no id column when no feature has an id', () => {
    expect(csvRows(NO_IDS).fields).toEqual(['lon', 'lat', 'n']);
  });

  it('says in the export notes where the id is and that null and empty read the same', () => {
    const notes = exportDataset({ name: 'c', collection: COLLIDING, format: 'csv' }).notes.map((n) => n.en);
    expect(notes).toEqual([
      'Column "feature_id" holds the feature id (GeoJSON feature.id); the property "id" has other values and is kept as it is.',
      'CSV cannot tell null from an empty string: both are written as blank.',
    ]);
    expect(exportDataset({ name: 'c', collection: NO_IDS, format: 'csv' }).notes.map((n) => n.zh)).toEqual([
      'CSV 无法区分空值（null）与空字符串：两者都写成空白。',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Shapefile, read back by shpjs

async function shpProps(fc: FeatureCollection<Geometry | null>) {
  const zip = zipShapefile('ids', fc, { kind: 'wgs84' }, { lastUpdated: DATE });
  const out = await shp(zip.slice().buffer);
  const layer = Array.isArray(out) ? out[0] : out;
  expect(layer.features).toHaveLength(fc.features.length);
  return { props: layer.features.map((f) => f.properties!), files: unzipSync(zip) };
}

/** The .dbf field descriptors (name, type, length), straight from the bytes. */
function dbfFields(dbf: Uint8Array): [string, string, number][] {
  const out: [string, string, number][] = [];
  for (let at = 32; dbf[at] !== 0x0d; at += 32) {
    const name = strFromU8(dbf.subarray(at, at + 11)).replace(/\0+$/, '');
    out.push([name, String.fromCharCode(dbf[at + 11]), dbf[at + 16]]);
  }
  return out;
}

describe('Shapefile keeps feature.id in the .dbf', () => {
  it('numeric integer ids: an N(w,0) field `id`, numbers back exactly (shpjs reads a blank as NaN)', async () => {
    const { props, files } = await shpProps(NUMERIC);
    expect(dbfFields(files['ids.dbf'])).toEqual([
      ['id', 'N', 15],
      ['n', 'N', 1],
    ]);
    expect(props.map((p) => p.id)).toEqual([7, -3, NaN, 123456789012345]);
  });

  it('string ids stay strings exactly: "210102", leading zeros, spaces inside', async () => {
    const { props, files } = await shpProps(STRINGS);
    expect(dbfFields(files['ids.dbf'])[0]).toEqual(['id', 'C', 6]);
    expect(props.map((p) => p.id)).toEqual(['210102', '0210', '', 'a b']);
  });

  it('Chinese ids come back as the same UTF-8 text', async () => {
    const { props, files } = await shpProps(CHINESE);
    expect(dbfFields(files['ids.dbf'])[0]).toEqual(['id', 'C', 14]); // 瓦房店市-2: 4 × 3 + 2 bytes
    expect(props.map((p) => p.id)).toEqual(['庄河市', '瓦房店市-2', '', '普兰店区']);
  });

  it('writes C when numbers and strings are mixed, or an integer is longer than 18 characters', async () => {
    const mixed = await shpProps(MIXED_TYPES);
    expect(mixed.props.map((p) => p.id)).toEqual(['7', '7', '']);
    expect(strFromU8(mixed.files['ids_fields.csv'])).toContain('number and text ids mixed: written as text');
    const long = await shpProps(collection([1e20, 5]));
    expect(dbfFields(long.files['ids.dbf'])[0]).toEqual(['id', 'C', 21]);
    expect(long.props.map((p) => p.id)).toEqual(['100000000000000000000', '5']);
    // 18 characters, and exact as a double: still a number field.
    const eighteen = await shpProps(collection([-1e16, 1e17, 5]));
    expect(dbfFields(eighteen.files['ids.dbf'])[0]).toEqual(['id', 'N', 18]);
    expect(eighteen.props.map((p) => p.id)).toEqual([-1e16, 1e17, 5]);
    const nineteen = await shpProps(collection([-1e17, 5]));
    expect(dbfFields(nineteen.files['ids.dbf'])[0]).toEqual(['id', 'C', 19]);
    expect(nineteen.props.map((p) => p.id)).toEqual(['-100000000000000000', '5']);
  });

  it('a property `id` with other values: the id goes to `feature_id`, the property stays `id`', async () => {
    const { props, files } = await shpProps(COLLIDING);
    expect(props).toEqual([
      { feature_id: '210102', id: 'p0', name: '名0' },
      { feature_id: '210103', id: 'p1', name: '名1' },
      { feature_id: '', id: 'p2', name: '名2' },
    ]);
    expect(strFromU8(files['ids_README.txt'])).toContain(
      'Field "feature_id" holds the feature id (GeoJSON feature.id); the property "id" has other values',
    );
    // Nothing renamed or noted: no mapping file.
    expect(Object.keys(files)).not.toContain('ids_fields.csv');
  });

  it('`feature_id` taken too: feature_id_2, shortened to 10 bytes and listed in the mapping file', async () => {
    const { props, files } = await shpProps(COLLIDING_TWICE);
    expect(props).toEqual([
      { feature_2: '210102', id: 0, feature_id: 'f0' },
      { feature_2: '', id: 1, feature_id: 'f1' },
    ]);
    const mapping = Papa.parse<Record<string, string>>(strFromU8(files['ids_fields.csv']).replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(mapping[0]).toEqual({
      original: 'feature_id_2',
      short: 'feature_2',
      type: 'C(6)',
      note: 'GeoJSON feature id (feature.id), not a property',
    });
    expect(strFromU8(files['ids_README.txt'])).toContain('Field "feature_2" holds the feature id');
  });

  it('a property `ID` takes the name `id` in dBASE, which ignores case', async () => {
    const { props } = await shpProps(collection(['x'], () => ({ ID: 'other' })));
    expect(props).toEqual([{ feature_id: 'x', ID: 'other' }]);
  });

  it('a property `id` equal to every id is written once, first; no ids → no id field', async () => {
    const carried = await shpProps(CARRIED);
    expect(dbfFields(carried.files['ids.dbf']).map((f) => f[0])).toEqual(['id', 'name']);
    expect(carried.props.map((p) => p.id)).toEqual(['a', 'b', '']);
    const none = await shpProps(NO_IDS);
    expect(dbfFields(none.files['ids.dbf']).map((f) => f[0])).toEqual(['n']);
    expect(strFromU8(none.files['ids_README.txt'])).not.toContain('feature id');
  });

  it('the README says dBASE cannot tell null from an empty string', async () => {
    const { files } = await shpProps(NO_IDS);
    expect(strFromU8(files['ids_README.txt'])).toContain(
      'dBASE (.dbf) 无法区分空值（null）与空字符串：两者都写成空白。 / dBASE (.dbf) cannot tell null from an empty string: both are written as blank.',
    );
  });
});

// ---------------------------------------------------------------------------------------------
// KML, read back by @tmcw/togeojson (which maps a Placemark's id attribute to feature.id)

function kmlBack(fc: FeatureCollection<Geometry | null>) {
  const text = collectionToKml(fc);
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => void errors.push(`${level}: ${msg}`) }).parseFromString(
    text,
    'text/xml',
  );
  expect(errors).toEqual([]);
  const placemarkIds = Array.from(doc.getElementsByTagName('Placemark'), (p) => p.getAttribute('id'));
  return { features: kml(doc as unknown as Document).features, placemarkIds };
}

// An NCName, checked with Unicode classes rather than the writer's code point table.
const NCNAME = /^[\p{L}_][\p{L}\p{Nd}\p{Mn}_.\-·]*$/u;

function expectValidIds(ids: (string | null)[]) {
  const present = ids.filter((id): id is string => id !== null);
  for (const id of present) expect(id).toMatch(NCNAME);
  expect(new Set(present).size).toBe(present.length);
}

describe('KML keeps feature.id', () => {
  it('a valid XML ID is the Placemark id as it is, and nothing is added to ExtendedData', () => {
    const { features, placemarkIds } = kmlBack(CHINESE);
    expect(placemarkIds).toEqual(['庄河市', '瓦房店市-2', null, '普兰店区']);
    expect(features.map((f) => f.id)).toEqual(['庄河市', '瓦房店市-2', undefined, '普兰店区']);
    expect(features.map((f) => f.properties)).toEqual([{ n: '0' }, { n: '1' }, { n: '2' }, { n: '3' }]);
  });

  it('ids starting with a digit are made valid, and every exact id is written as ExtendedData `id`', () => {
    const { features, placemarkIds } = kmlBack(STRINGS);
    expectValidIds(placemarkIds);
    expect(placemarkIds).toEqual(['_210102', '_0210', null, 'a_b']);
    expect(features.map((f) => f.id)).toEqual(['_210102', '_0210', undefined, 'a_b']);
    expect(features.map((f) => f.properties!.id)).toEqual(['210102', '0210', undefined, 'a b']);
    expect(features[2].properties).toEqual({ n: '2' });
  });

  it('numeric ids: valid Placemark ids, the number as text in ExtendedData', () => {
    const { features, placemarkIds } = kmlBack(NUMERIC);
    expectValidIds(placemarkIds);
    expect(placemarkIds).toEqual(['_7', '_-3', null, '_123456789012345']);
    expect(features.map((f) => f.properties!.id)).toEqual(['7', '-3', undefined, '123456789012345']);
  });

  it('duplicates, markup and colons: unique valid ids, exact originals in ExtendedData', () => {
    const fc = collection(['a', 'a', 'x"<&>:y', '7', 7, '_7']);
    const { features, placemarkIds } = kmlBack(fc);
    expectValidIds(placemarkIds);
    expect(placemarkIds).toEqual(['a', 'a_2', 'x_____y', '_7_2', '_7_3', '_7']);
    expect(features.map((f) => f.properties!.id)).toEqual(['a', 'a', 'x"<&>:y', '7', '7', '_7']);
  });

  it('a property `id` with other values keeps its name; the exact ids go to `feature_id`', () => {
    const { features } = kmlBack(COLLIDING);
    expect(features.map((f) => f.id)).toEqual(['_210102', '_210103', undefined]);
    expect(features.map((f) => f.properties)).toEqual([
      { feature_id: '210102', id: 'p0', name: '名0' },
      { feature_id: '210103', id: 'p1', name: '名1' },
      { id: 'p2', name: '名2' },
    ]);
  });

  it('leaves out the Data of a null value but keeps an empty string as an empty value', () => {
    const fc = collection(['a'], () => ({ gone: null, empty: '', zero: 0, no: false }));
    const text = collectionToKml(fc);
    expect(text).toContain('<Data name="empty"><value></value></Data>');
    expect(text).not.toContain('name="gone"');
    const { features } = kmlBack(fc);
    expect(features[0].properties).toEqual({ empty: '', zero: '0', no: 'false' });
    expect(features[0].properties).not.toHaveProperty('gone');
  });

  it('the export notes say how ids were changed and where the originals are', () => {
    const notes = exportDataset({ name: 'k', collection: STRINGS, format: 'kml' }).notes.map((n) => n.en);
    expect(notes).toEqual([
      'KML values are text; a null value has no Data element, an empty string an empty <value>.',
      'A Placemark id must be a unique, valid XML ID (not starting with a digit): 3 id(s) were changed (e.g. 210102 → _210102).',
      'ExtendedData item "id" holds the feature id (GeoJSON feature.id).',
    ]);
    expect(exportDataset({ name: 'k', collection: CHINESE, format: 'kml' }).notes).toHaveLength(1);
  });
});

describe('planFeatureIdColumn and toXmlId', () => {
  it('compares a property `id` with feature.id strictly: 7 and "7" are different values', () => {
    expect(planFeatureIdColumn(collection([7], () => ({ id: '7' })).features)).toEqual({
      name: 'feature_id',
      fromProperty: false,
    });
    expect(planFeatureIdColumn(collection([7], () => ({ id: 7 })).features)).toEqual({
      name: 'id',
      fromProperty: true,
    });
    expect(planFeatureIdColumn(collection([7, undefined], () => ({ id: 7 })).features)?.fromProperty).toBe(false);
    expect(planFeatureIdColumn(NO_IDS.features)).toBeNull();
  });

  it('makes NCNames: digits, punctuation and empty ids get a leading `_`', () => {
    expect(['210102', '', 'ab-1.2', '庄河', '-1', '1.5', 'a:b'].map(toXmlId)).toEqual([
      '_210102',
      '_',
      'ab-1.2',
      '庄河',
      '_-1',
      '_1.5',
      'a_b',
    ]);
  });
});
