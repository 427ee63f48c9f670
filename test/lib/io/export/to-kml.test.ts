import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import type { FeatureCollection, Geometry, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { collectionToKml, escapeXml } from '../../../../src/lib/io/export/to-kml';
import { MIXED, MULTIPOLYGON, POINTS, POLYGONS, PROPS, feature, sameGeometry, signedArea2 } from './sample';

function read(text: string): FeatureCollection {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => void errors.push(`${level}: ${msg}`) }).parseFromString(
    text,
    'text/xml',
  );
  expect(errors).toEqual([]);
  return kml(doc as unknown as Document) as FeatureCollection;
}

const asText = (v: unknown) =>
  v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);

describe('collectionToKml read back by @tmcw/togeojson', () => {
  it('keeps points, names and every property as text (Chinese, HTML-like, quotes, newlines, empty; null left out)', () => {
    const back = read(
      collectionToKml(POINTS, { kind: 'wgs84' }, { nameProperty: 'name', documentName: '地点 <测试>' }),
    );
    expect(back.features).toHaveLength(3);
    back.features.forEach((f, i) => {
      expect(sameGeometry(f.geometry, POINTS.features[i].geometry, 1e-9)).toBeNull();
      expect(f.id).toBe(POINTS.features[i].id);
      for (const [k, v] of Object.entries(PROPS[i]))
        if (v === null) expect(f.properties, k).not.toHaveProperty(k);
        else expect(f.properties![k], k).toBe(asText(v));
    });
    expect(back.features.map((f) => f.properties!.empty)).toEqual(['', '', undefined]);
    expect(back.features[0].properties!.note).toBe('<b>x</b> & "q" \'a\'');
    expect(back.features[2].properties!.note).toBe('a,b\nc');
  });

  it('writes holes, MultiPolygon as MultiGeometry, and mixed collections', () => {
    const back = read(collectionToKml(POLYGONS));
    expect(sameGeometry(back.features[0].geometry, POLYGONS.features[0].geometry, 1e-9)).toBeNull();
    const multi = back.features[1].geometry!;
    expect(multi.type).toBe('GeometryCollection');
    const members = (multi as { geometries: Geometry[] }).geometries;
    expect(members.map((m) => m.type)).toEqual(['Polygon', 'Polygon']);
    members.forEach((m, i) =>
      expect(
        sameGeometry(
          m,
          { type: 'Polygon', coordinates: (MULTIPOLYGON as { coordinates: Polygon['coordinates'][] }).coordinates[i] },
          1e-9,
        ),
      ).toBeNull(),
    );
    // Outer rings counter-clockwise, holes clockwise.
    const rings = (back.features[0].geometry as Polygon).coordinates;
    expect([Math.sign(signedArea2(rings[0])), Math.sign(signedArea2(rings[1]))]).toEqual([1, -1]);
    const mixed = read(collectionToKml(MIXED));
    // togeojson reads any MultiGeometry back as a GeometryCollection of its members.
    expect(mixed.features.map((f) => f.geometry?.type)).toEqual([
      'Point',
      'LineString',
      'Polygon',
      'GeometryCollection',
    ]);
    const lines = (mixed.features[3].geometry as { geometries: Geometry[] }).geometries;
    expect(
      sameGeometry(
        { type: 'MultiLineString', coordinates: lines.map((l) => (l as { coordinates: number[][] }).coordinates) },
        MIXED.features[3].geometry,
        1e-9,
      ),
    ).toBeNull();
  });

  it('writes a Placemark without geometry for a null geometry, and drops characters XML cannot hold', () => {
    const fc: FeatureCollection<Geometry | null> = {
      type: 'FeatureCollection',
      features: [feature(null, { a: 'x\u0001y', b: '\uD800' })],
    };
    const back = read(collectionToKml(fc));
    expect(back.features[0].geometry).toBeNull();
    expect(back.features[0].properties).toMatchObject({ a: 'xy', b: '' });
    expect(escapeXml('<&>"\'')).toBe('&lt;&amp;&gt;&quot;&apos;');
  });

  it('refuses any CRS but WGS84 with an error that says why', () => {
    for (const kind of ['gcj02', 'bd09', 'cgcs2000'] as const)
      expect(() => collectionToKml(POINTS, { kind })).toThrow(/KML coordinates are always WGS 84/);
  });
});
