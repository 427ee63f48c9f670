import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { convertListPositions, POSITION_CRS_CHOICES } from '../../../src/lib/dalian/list-positions';
import {
  designatedVillageCollectionSchema,
  type DesignatedVillage,
  type DesignatedVillageCollection,
} from '../../../src/lib/data/schemas/designated-villages';

type Lonlat = [number, number];

/** Known WGS84 points in the three counties (town centres, near enough) and downtown Dalian. */
const TRUTH: Record<string, Lonlat> = {
  '210283101215': [122.983912, 39.687601],
  '210281201212': [121.812345, 39.654321],
  '210214003011': [121.96321, 39.40112],
  '210281008202': [121.614701, 38.914003],
};

/** Metres between two WGS84 positions (haversine; plenty for 1 m checks). */
function metres(a: Lonlat, b: Lonlat): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371008.8 * Math.asin(Math.sqrt(h));
}

const round6 = (p: number[]): Lonlat => [Math.round(p[0] * 1e6) / 1e6, Math.round(p[1] * 1e6) / 1e6];

function village(code: string | null, row: number, position: Lonlat | null): DesignatedVillage {
  return {
    code,
    name_zh: code ? `村${row}` : '<b>未匹配村</b>',
    matched_name: code ? `村${row}村委会` : null,
    town_code: code ? code.slice(0, 9) : null,
    town_name: code ? `镇${row}` : null,
    county_code: code ? (code.slice(0, 6) as DesignatedVillage['county_code']) : null,
    designated_year: null,
    exit_year: 2018,
    position,
    position_accuracy: position ? 'from file' : 'none',
    match: code ? 'code' : 'unmatched',
    projects: ['光伏发电'],
    source_row: row,
  };
}

/** The truth shifted into `to` as a list would give it (6 decimals), plus one village without a position. */
function listIn(to: (p: Lonlat) => Lonlat): DesignatedVillageCollection {
  const features = Object.entries(TRUTH).map(([code, p], i) => {
    const position = round6(to(p));
    return {
      type: 'Feature' as const,
      id: code,
      properties: village(code, i + 2, position),
      geometry: { type: 'Point' as const, coordinates: position },
    };
  });
  features.splice(2, 0, {
    type: 'Feature',
    id: 'row-9',
    properties: village(null, 9, null),
    geometry: null as never,
  });
  return designatedVillageCollectionSchema.parse({ type: 'FeatureCollection', features });
}

const toGcj02 = (p: Lonlat) => gcoord.transform(p, gcoord.WGS84, gcoord.GCJ02) as Lonlat;
const toBd09 = (p: Lonlat) => gcoord.transform(p, gcoord.WGS84, gcoord.BD09) as Lonlat;

describe('convertListPositions', () => {
  for (const [key, to, shiftAtLeast] of [
    ['gcj02', toGcj02, 100],
    ['bd09', toBd09, 500],
  ] as const)
    it(`brings ${key} positions back to WGS84 within 1 m`, () => {
      const input = listIn(to);
      const before = structuredClone(input);
      const located = input.features.filter((f) => f.properties.position);
      // The input really is shifted, so an unconverted list would fail the 1 m check below.
      for (const f of located) expect(metres(f.properties.position!, TRUTH[f.id])).toBeGreaterThan(shiftAtLeast);

      const out = convertListPositions(input, key);
      expect(out.features.map((f) => f.id)).toEqual(input.features.map((f) => f.id));
      for (const f of out.features) {
        if (!f.properties.position) continue;
        const p = f.properties.position;
        expect(metres(p, TRUTH[f.id])).toBeLessThan(1);
        expect(round6(p)).toEqual(p); // rounded to 6 decimals
        expect(f.geometry).toEqual({ type: 'Point', coordinates: p });
        expect(f.properties.position_accuracy).toBe('from file');
        expect(f.properties.projects).toEqual(['光伏发电']);
      }
      // The collection still validates: geometry and properties.position agree.
      expect(designatedVillageCollectionSchema.safeParse(out).error?.issues).toBeUndefined();
      // The input is not changed.
      expect(input).toEqual(before);
    });

  it('leaves villages without a position as they were', () => {
    const input = listIn(toGcj02);
    const out = convertListPositions(input, 'gcj02');
    const unlocated = out.features.find((f) => f.id === 'row-9')!;
    expect(unlocated).toEqual(input.features.find((f) => f.id === 'row-9'));
    expect(unlocated.geometry).toBeNull();
    expect(unlocated.properties.position).toBeNull();
    expect(unlocated.properties.position_accuracy).toBe('none');
    expect(unlocated.properties.name_zh).toBe('<b>未匹配村</b>');
  });

  it('returns WGS84 and CGCS2000 lists unchanged (the same object)', () => {
    const input = listIn((p) => p);
    expect(convertListPositions(input, 'wgs84')).toBe(input);
    expect(convertListPositions(input, 'cgcs2000')).toBe(input);
    expect(input.features[0].properties.position).toEqual(TRUTH['210283101215']);
  });

  it('throws for a key it does not offer', () => {
    const input = listIn((p) => p);
    expect(() => convertListPositions(input, 'epsg:4326')).toThrow('unknown coordinate system "epsg:4326"');
    expect(() => convertListPositions(input, 'GCJ02')).toThrow(/unknown coordinate system/);
  });
});

describe('POSITION_CRS_CHOICES', () => {
  it('offers the four geographic systems lists use, each labelled in both languages', () => {
    expect(POSITION_CRS_CHOICES.map((c) => c.key)).toEqual(['wgs84', 'cgcs2000', 'gcj02', 'bd09']);
    expect(POSITION_CRS_CHOICES.find((c) => c.key === 'gcj02')?.zh).toMatch(/^GCJ-02/);
    expect(POSITION_CRS_CHOICES.find((c) => c.key === 'bd09')?.en).toBe('BD-09 (Baidu Maps coordinates)');
    expect(POSITION_CRS_CHOICES.find((c) => c.key === 'wgs84')?.en).toBe('WGS 84 longitude/latitude (EPSG:4326)');
    for (const c of POSITION_CRS_CHOICES) {
      expect(c.zh.length).toBeGreaterThan(0);
      expect(c.en.length).toBeGreaterThan(0);
      // Every offered key is accepted.
      expect(() => convertListPositions({ type: 'FeatureCollection', features: [] }, c.key)).not.toThrow();
    }
  });
});
