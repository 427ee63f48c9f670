import { describe, expect, it } from 'vitest';
import { crsKey, describeCrs, getCrsDefinition, listCrsChoices } from '../../../src/lib/io/crs/definitions';

describe('CRS definitions', () => {
  it('numbers the CGCS2000 Gauss–Krüger codes as EPSG does', () => {
    // Spot checks against EPSG names: 4491 "Gauss-Kruger zone 13" (CM 75E) … 4554 "3-degree Gauss-Kruger CM 135E".
    const expected: [number, number, number | null, 3 | 6][] = [
      [4491, 75, 13, 6],
      [4499, 123, 21, 6],
      [4501, 135, 23, 6],
      [4502, 75, null, 6],
      [4510, 123, null, 6],
      [4512, 135, null, 6],
      [4513, 75, 25, 3],
      [4527, 117, 39, 3],
      [4528, 120, 40, 3],
      [4529, 123, 41, 3],
      [4530, 126, 42, 3],
      [4533, 135, 45, 3],
      [4534, 75, null, 3],
      [4549, 120, null, 3],
      [4550, 123, null, 3],
      [4554, 135, null, 3],
    ];
    for (const [code, cm, zone, width] of expected) {
      const d = getCrsDefinition(code)!;
      expect(d.gk, `EPSG:${code}`).toEqual({ datum: 'cgcs2000', width, cm, zone });
      expect(d.proj4).toContain(`+lon_0=${cm} `);
      expect(d.proj4).toContain(`+x_0=${zone === null ? 500000 : zone * 1e6 + 500000} `);
      expect(d.proj4).toContain('+ellps=GRS80');
    }
    expect(getCrsDefinition(4529)!.en).toBe('CGCS2000 / 3-degree Gauss-Kruger zone 41');
    expect(getCrsDefinition(4549)!.en).toBe('CGCS2000 / 3-degree Gauss-Kruger CM 120E');
  });

  it('marks Xian 1980 and Beijing 1954 as approximate', () => {
    expect(getCrsDefinition(2365)!.gk).toEqual({ datum: 'xian1980', width: 3, cm: 123, zone: 41 });
    expect(getCrsDefinition(2417)!.gk).toEqual({ datum: 'beijing1954', width: 3, cm: 123, zone: 41 });
    expect(getCrsDefinition(21481)!.gk).toEqual({ datum: 'beijing1954', width: 6, cm: 123, zone: null });
    expect(describeCrs({ kind: 'epsg', code: 2365 }).en).toContain('tens of metres');
    expect(describeCrs({ kind: 'epsg', code: 2365 }).zh).toContain('数十米');
    expect(describeCrs({ kind: 'epsg', code: 4529 }).en).not.toContain('approximate');
  });

  it('describes every kind of CRS in both languages', () => {
    expect(describeCrs({ kind: 'epsg', code: 4529 })).toEqual({
      zh: 'CGCS2000 3度带高斯-克吕格投影 第 41 带（中央经线 123°E，坐标含带号）（EPSG:4529）',
      en: 'CGCS2000 / 3-degree Gauss-Kruger zone 41 (EPSG:4529)',
    });
    expect(describeCrs({ kind: 'gcj02' }).zh).toContain('GCJ-02');
    expect(describeCrs({ kind: 'bd09' }).en).toContain('Baidu');
    expect(describeCrs({ kind: 'proj4', name: 'X', definition: '' }).en).toContain('X');
    expect(describeCrs({ kind: 'epsg', code: 9999 }).en).toContain('unknown');
  });

  it('lists the Liaoning choices first, then the rest, ending with the web-map systems', () => {
    const choices = listCrsChoices();
    const keys = choices.map((c) => c.key);
    expect(keys.slice(0, 5)).toEqual(['wgs84', 'cgcs2000', 'epsg:4528', 'epsg:4529', 'epsg:4530']);
    expect(keys.slice(-3)).toEqual(['epsg:3857', 'gcj02', 'bd09']);
    expect(choices.filter((c) => c.common).map((c) => c.key)).toContain('epsg:4510');
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('epsg:4491');
    expect(crsKey({ kind: 'epsg', code: 4529 })).toBe('epsg:4529');
  });
});
