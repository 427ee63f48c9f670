import gcoord from 'gcoord';
import type { FeatureCollection, Geometry, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { EXPORT_CRS_CHOICES, exportCrsChoice, reprojectCollection } from '../../../../src/lib/io/export/export-crs';
import { MIXED, POINTS, positionsOf } from './sample';

// Control points across Liaoning: Shenyang, Dalian, Dandong, Chaoyang, Zhuanghe.
const CONTROL: [number, number][] = [
  [123.4315, 41.8057],
  [121.6147, 38.914],
  [124.3545, 40.0006],
  [120.4508, 41.5734],
  [122.9839, 39.6876],
];

const controlCollection: FeatureCollection<Point> = {
  type: 'FeatureCollection',
  features: CONTROL.map((c) => ({
    type: 'Feature',
    properties: { c: c.join(',') },
    geometry: { type: 'Point', coordinates: c },
  })),
};

describe('reprojectCollection', () => {
  it.each([
    ['gcj02', gcoord.GCJ02],
    ['bd09', gcoord.BD09],
  ] as const)('%s matches gcoord run independently within 1e-7° at Liaoning control points', (kind, target) => {
    const out = reprojectCollection(controlCollection, { kind });
    out.features.forEach((f, i) => {
      const expected = gcoord.transform(CONTROL[i], gcoord.WGS84, target);
      const got = (f.geometry as Point).coordinates;
      expect(Math.abs(got[0] - expected[0])).toBeLessThan(1e-7);
      expect(Math.abs(got[1] - expected[1])).toBeLessThan(1e-7);
      // The offset is real (hundreds of metres), so a no-op would fail.
      expect(Math.hypot(got[0] - CONTROL[i][0], got[1] - CONTROL[i][1])).toBeGreaterThan(1e-3);
    });
    expect(out.features.map((f) => f.properties)).toEqual(controlCollection.features.map((f) => f.properties));
  });

  it('keeps WGS84 and CGCS2000 numbers exactly, copies rather than shares, and leaves the input alone', () => {
    const before = JSON.stringify(MIXED);
    for (const kind of ['wgs84', 'cgcs2000'] as const) {
      const out = reprojectCollection(MIXED, { kind });
      expect(out.features.map((f) => positionsOf(f.geometry))).toEqual(
        MIXED.features.map((f) => positionsOf(f.geometry)),
      );
      expect(out.features[0].geometry).not.toBe(MIXED.features[0].geometry);
    }
    reprojectCollection(MIXED, { kind: 'gcj02' });
    expect(JSON.stringify(MIXED)).toBe(before);
  });

  it('keeps null geometries and converts every member of a GeometryCollection', () => {
    const fc: FeatureCollection<Geometry | null> = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: null },
        {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'GeometryCollection',
            geometries: [POINTS.features[0].geometry!, POINTS.features[1].geometry!],
          },
        },
      ],
    };
    const out = reprojectCollection(fc, { kind: 'bd09' });
    expect(out.features[0].geometry).toBeNull();
    const expected = gcoord.transform([121.9797123, 39.6271456], gcoord.WGS84, gcoord.BD09);
    const got = positionsOf(out.features[1].geometry)[1];
    expect(Math.abs(got[0] - expected[0])).toBeLessThan(1e-7);
  });

  it('names the feature when a position is not a longitude/latitude, and refuses CRS not offered', () => {
    const bad: FeatureCollection<Geometry | null> = {
      type: 'FeatureCollection',
      features: [
        POINTS.features[0],
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [500000, 4400000] } },
      ],
    };
    expect(() => reprojectCollection(bad, { kind: 'gcj02' })).toThrow(/features\[1\]\.geometry: \[500000, 4400000\]/);
    expect(() => reprojectCollection(POINTS, { kind: 'epsg', code: 4529 })).toThrow(/not offered for export/);
  });
});

describe('EXPORT_CRS_CHOICES', () => {
  it('offers WGS84 first, then GCJ-02, BD-09, CGCS2000 with bilingual labels', () => {
    expect(EXPORT_CRS_CHOICES.map((c) => c.kind)).toEqual(['wgs84', 'gcj02', 'bd09', 'cgcs2000']);
    expect(exportCrsChoice({ kind: 'gcj02' }).zh).toContain('GCJ-02');
    expect(exportCrsChoice({ kind: 'bd09' }).en).toContain('Baidu');
  });

  it('writes an ESRI WKT .prj per choice; GCJ-02/BD-09 borrow WGS84 and their note says so', () => {
    const wgs = exportCrsChoice({ kind: 'wgs84' }).prj;
    expect(wgs).toMatch(
      /^GEOGCS\["GCS_WGS_1984",DATUM\["D_WGS_1984",SPHEROID\["WGS_1984",6378137\.0,298\.257223563\]\]/,
    );
    expect(exportCrsChoice({ kind: 'cgcs2000' }).prj).toMatch(
      /^GEOGCS\["GCS_China_Geodetic_Coordinate_System_2000",DATUM\["D_China_2000",SPHEROID\["CGCS2000",6378137\.0,298\.257222101\]\]/,
    );
    for (const kind of ['gcj02', 'bd09'] as const) {
      const c = exportCrsChoice({ kind });
      expect(c.prj).toBe(wgs);
      expect(c.prjIsStandIn).toBe(true);
      expect(c.note.en).toMatch(/NOT WGS 84/);
      expect(c.note.zh).toContain('不是 WGS84');
    }
  });
});
