import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { safeFileStem, userBundleFiles } from '../../../src/lib/catalogue/user-bundle-files';
import type { DrawnArea } from '../../../src/lib/draw/drawn-area-record';
import type { UserLayerRecord } from '../../../src/lib/io/import/user-layer-record';

const layer = (id: string, name: string): UserLayerRecord => ({
  id,
  name,
  theme: 'roads',
  color: null,
  provenance: {
    kind: 'file',
    files: ['roads.shp'],
    format: 'shapefile',
    crs: 'CGCS2000 / 3-degree Gauss-Kruger zone 41',
    conversion: 'GK zone 41 → WGS84',
    rows: 1,
    imported: 1,
    rejected: [],
    rejectedCount: 0,
    skipped: 0,
    mapping: [],
    importedAt: '2026-11-27T02:00:00.000Z',
  },
  collection: { type: 'FeatureCollection', features: [] },
});
const area: DrawnArea = {
  id: 'drawn-1',
  name: '示范区',
  note: '',
  createdAt: '2026-11-27T05:00:00.000Z',
  polygon: {
    type: 'Polygon',
    coordinates: [
      [
        [122, 40],
        [122.1, 40],
        [122.1, 40.1],
        [122, 40],
      ],
    ],
  },
};

describe('userBundleFiles', () => {
  it('writes each imported layer with its provenance, and the drawn areas, under user/', () => {
    const files = userBundleFiles([layer('user-a', '县道/乡道'), layer('user-b', '县道/乡道')], [area]);
    expect(files.map((f) => f.path)).toEqual([
      'user/县道_乡道.geojson',
      'user/县道_乡道.provenance.json',
      'user/县道_乡道-2.geojson',
      'user/县道_乡道-2.provenance.json',
      'user/drawn-areas.geojson',
    ]);
    const prov = JSON.parse(strFromU8(files[1].bytes)) as Record<string, unknown>;
    expect(prov).toMatchObject({ id: 'user-a', name: '县道/乡道', crs: 'CGCS2000 / 3-degree Gauss-Kruger zone 41' });
    const drawn = JSON.parse(strFromU8(files[4].bytes)) as { features: { properties: { name: string } }[] };
    expect(drawn.features.map((f) => f.properties.name)).toEqual(['示范区']);
  });
  it('makes safe file names', () => {
    expect(safeFileStem('../a:b*?"<>|\u0001c')).toBe('_a_b_c');
    expect(safeFileStem('  ')).toBe('layer');
    expect(safeFileStem('x'.repeat(100))).toHaveLength(60);
  });
  it('writes nothing when the user has no layers', () => {
    expect(userBundleFiles([], [])).toEqual([]);
  });
});
