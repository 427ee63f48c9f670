/**
 * The province test of the import commands, on the repository's own province and land polygons:
 * places on either side of the land borders, the coast and the Yalu.
 */
import { describe, expect, it } from 'vitest';
import { loadLiaoningArea } from '../../../scripts/osm/liaoning-area';

const area = loadLiaoningArea();

describe('LiaoningArea.contains', () => {
  it.each([
    ['Shenyang', 123.43, 41.8, true],
    ['Dandong', 124.38, 40.13, true],
    ['Dalian', 121.61, 38.91, true],
    ['Hongyanhe (coast)', 121.47, 39.8, true],
    ['Yellow Sea, 2.8 km off the province outline', 121.555, 38.8, true],
    ['Siping, Jilin', 124.35, 43.17, false],
    ['Changchun, Jilin', 125.32, 43.88, false],
    ['Sinuiju, DPRK, 2 km across the Yalu', 124.36, 40.06, false],
    ['Qinhuangdao, Hebei', 119.6, 39.93, false],
    ['open Bohai Sea', 121.0, 39.5, false],
    ['Beijing (outside the grid)', 116.4, 39.9, false],
  ])('%s → %s', (_name, lon, lat, inside) => {
    expect(area.contains(lon, lat)).toBe(inside);
  });
});

describe('LiaoningArea geometry helpers', () => {
  it('touches: a line from Shenyang to Siping touches, one inside Jilin does not', () => {
    expect(
      area.touches({
        type: 'LineString',
        coordinates: [
          [123.4, 41.85],
          [124.35, 43.17],
        ],
      }),
    ).toBe(true);
    expect(
      area.touches({
        type: 'LineString',
        coordinates: [
          [124.35, 43.17],
          [125.32, 43.88],
        ],
      }),
    ).toBe(false);
    expect(area.touches({ type: 'Point', coordinates: [116.4, 39.9] })).toBe(false);
  });

  it('touches: a long segment whose ends are both outside but which crosses the province', () => {
    // Hebei (Qinhuangdao) to Jilin (Tonghua) straight across Liaoning: no vertex inside.
    expect(
      area.touches({
        type: 'LineString',
        coordinates: [
          [119.6, 39.93],
          [125.94, 41.73],
        ],
      }),
    ).toBe(true);
  });

  it('clipLine: keeps the part inside, ending on the boundary, and splits a line that leaves and re-enters', () => {
    const [piece] = area.clipLine([
      [123.4, 41.85],
      [124.35, 43.17],
    ]);
    expect(piece[0]).toEqual([123.4, 41.85]);
    const end = piece[piece.length - 1];
    expect(area.contains(end[0], end[1])).toBe(true);
    // A step further along the line is outside: the piece ends at the boundary (to ~1 m).
    const [dx, dy] = [(124.35 - 123.4) * 1e-4, (43.17 - 41.85) * 1e-4];
    expect(area.contains(end[0] + dx, end[1] + dy)).toBe(false);
    expect(
      area.clipLine([
        [124.35, 43.17],
        [125.32, 43.88],
      ]),
    ).toEqual([]);
    // Siping → Shenyang → back into Jilin: one piece, with Shenyang kept as a vertex.
    const pieces = area.clipLine([
      [124.35, 43.17],
      [123.43, 41.8],
      [125.32, 43.88],
    ]);
    expect(pieces).toHaveLength(1);
    expect(pieces[0]).toHaveLength(3);
    expect(pieces[0][1]).toEqual([123.43, 41.8]);
    // Linghai → out into Liaodong Bay (> 5 km from the coast) → Panjin: two pieces.
    const bay = area.clipLine([
      [121.0, 40.9],
      [121.4, 40.6],
      [121.8, 40.9],
    ]);
    expect(bay).toHaveLength(2);
    expect([bay[0][0], bay[1][bay[1].length - 1]]).toEqual([
      [121.0, 40.9],
      [121.8, 40.9],
    ]);
  });
});
