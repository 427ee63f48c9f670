import { describe, expect, it } from 'vitest';
import {
  closeRing,
  decodeEchartsMap,
  decodeRing,
  type EchartsMap,
} from '../../../scripts/build-data/boundaries/decode-echarts';
import { runEchartsMapModule } from '../../../scripts/build-data/boundaries/load-echarts-map';

/**
 * Encoder written from the format description (zig-zag deltas + 64, cumulative from the offset),
 * independently of the decoder under test.
 */
function encode(points: [number, number][]): { ring: string; offset: [number, number] } {
  const zig = (d: number) => (d < 0 ? -2 * d - 1 : 2 * d) + 64;
  let [px, py] = points[0];
  let ring = '';
  for (const [x, y] of points) {
    ring += String.fromCharCode(zig(x - px), zig(y - py));
    [px, py] = [x, y];
  }
  return { ring, offset: [points[0][0], points[0][1]] };
}

describe('decodeRing', () => {
  it('decodes a hand-computed string', () => {
    // '@' = 64 → 0; 'A' = 65 → zig-zag 1 → −1; 'B' = 66 → zig-zag 2 → +1; 'D' = 68 → 4 → +2.
    // (1024, 2048) → (1023, 2049) → (1025, 2048), then closed back to the start.
    const ring = decodeRing('@@ABDA', [1024, 2048]);
    expect(ring).toEqual([
      [1, 2],
      [1023 / 1024, 2049 / 1024],
      [1025 / 1024, 2],
      [1, 2],
    ]);
  });

  it('recovers known integer coordinates, with negative, zero and large deltas', () => {
    const pts: [number, number][] = [
      [125180, 42338],
      [125181, 42330],
      [125181, 42330],
      [120000, 45000],
      [125100, 42400],
      [125180, 42338],
    ];
    const { ring, offset } = encode(pts);
    const decoded = decodeRing(ring, offset);
    expect(decoded).toHaveLength(pts.length); // already closed: nothing added
    decoded.forEach((p, i) => {
      expect(p[0]).toBeCloseTo(pts[i][0] / 1024, 12);
      expect(p[1]).toBeCloseTo(pts[i][1] / 1024, 12);
    });
  });

  it('honours UTF8Scale and closes open rings', () => {
    const { ring, offset } = encode([
      [1000, 2000],
      [1010, 2000],
      [1010, 2010],
    ]);
    const decoded = decodeRing(ring, offset, 100);
    expect(decoded).toEqual([
      [10, 20],
      [10.1, 20],
      [10.1, 20.1],
      [10, 20],
    ]);
  });

  it('rejects corrupt input with a reason', () => {
    expect(() => decodeRing('@@A', [0, 0])).toThrow(/odd length/);
    expect(() => decodeRing('@@', [Number.NaN, 0])).toThrow(/encodeOffsets/);
    expect(closeRing([])).toEqual([]);
  });
});

describe('decodeEchartsMap on a small real-ish map', () => {
  // Two features shaped like the package's: a MultiPolygon with two parts and a Polygon,
  // at Panjin's latitude (offsets in 1/1024°), with a seat (cp) each.
  const a = encode([
    [125015, 42194],
    [125020, 42194],
    [125020, 42199],
    [125015, 42199],
  ]);
  const b = encode([
    [125030, 42194],
    [125034, 42194],
    [125034, 42198],
  ]);
  const c = encode([
    [124809, 42213],
    [124800, 42220],
    [124790, 42205],
    [124809, 42213],
  ]);
  const map: EchartsMap = {
    type: 'FeatureCollection',
    UTF8Encoding: true,
    features: [
      {
        type: 'Feature',
        id: '211102',
        properties: { name: '双台子区', cp: [122.039787, 41.19965] },
        geometry: { type: 'MultiPolygon', coordinates: [[a.ring], [b.ring]], encodeOffsets: [[a.offset], [b.offset]] },
      },
      {
        type: 'Feature',
        id: '211103',
        properties: { name: '兴隆台区', cp: [122.070769, 41.119898] },
        geometry: { type: 'Polygon', coordinates: [c.ring], encodeOffsets: [c.offset] },
      },
    ],
  };

  it('keeps ids, names and seats and decodes each geometry type', () => {
    const [f1, f2] = decodeEchartsMap(map);
    expect(f1.id).toBe('211102');
    expect(f1.name).toBe('双台子区');
    expect(f1.cp).toEqual([122.039787, 41.19965]);
    expect(f1.geometry.type).toBe('MultiPolygon');
    const parts = f1.geometry.coordinates as number[][][][];
    expect(parts).toHaveLength(2);
    expect(parts[0][0]).toHaveLength(5); // 4 vertices + closing vertex
    expect(parts[0][0][2]).toEqual([125020 / 1024, 42199 / 1024]);
    expect(parts[1][0][0]).toEqual([125030 / 1024, 42194 / 1024]);
    expect(f2.geometry.type).toBe('Polygon');
    const ring = (f2.geometry.coordinates as number[][][])[0];
    expect(ring).toHaveLength(4);
    expect(ring[1][0]).toBeCloseTo(121.875, 9); // 124800 / 1024
    expect(ring[1][1]).toBeCloseTo(41.23046875, 9); // 42220 / 1024
  });

  it('names the feature when offsets are missing', () => {
    const broken = structuredClone(map);
    delete (broken.features[1].geometry as { encodeOffsets?: unknown }).encodeOffsets;
    expect(() => decodeEchartsMap(broken)).toThrow(/211103 \(兴隆台区\).*missing encodeOffsets/);
  });
});

describe('runEchartsMapModule', () => {
  const wrap = (body: string) =>
    "(function (root, factory) {if (typeof define === 'function' && define.amd) {define(['exports', 'echarts'], factory);} else if (typeof exports === 'object' && typeof exports.nodeName !== 'string') {factory(exports, require('echarts'));} else {factory({}, root.echarts);}}(this, function (exports, echarts) {" +
    body +
    '}));';

  it('captures registerMap through the UMD wrapper', () => {
    const maps = runEchartsMapModule(
      wrap(`echarts.registerMap('盘锦', {"type":"FeatureCollection","features":[]});`),
      't.js',
    );
    expect(maps).toEqual([{ name: '盘锦', json: { type: 'FeatureCollection', features: [] } }]);
    // Plain objects of this realm, so deep equality and prototype checks behave.
    expect(Object.getPrototypeOf(maps[0].json)).toBe(Object.prototype);
  });

  it('gives the module nothing but the echarts stub', () => {
    expect(() => runEchartsMapModule(wrap(`require('fs');`), 'evil.js')).toThrow(/requires 'fs'/);
    expect(() => runEchartsMapModule(wrap(`process.exit(1);`), 'evil.js')).toThrow(/process is not defined/);
    expect(() => runEchartsMapModule(wrap(''), 'empty.js')).toThrow(/registered no map/);
  });
});
