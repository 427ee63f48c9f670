/**
 * Fixture tests of the basemap polygoniser on small synthetic shorelines in a 10 × 10 frame:
 * joining bin pieces, closing chains along the frame, telling land from water, lakes and borders.
 */
import { describe, expect, it } from 'vitest';
import { parseGmtSegments } from '../../../scripts/build-data/basemap/parse-gmt-segments';
import { bridgeGaps, dedupePieces, joinSegments } from '../../../scripts/build-data/basemap/join-chains';
import { perimeterParam, traceFrameFaces, type Frame } from '../../../scripts/build-data/basemap/frame-faces';
import { polygoniseLand, type KnownPoint } from '../../../scripts/build-data/basemap/polygonise-land';
import { assembleLakes } from '../../../scripts/build-data/basemap/assemble-lakes';
import { clipLineToFrame } from '../../../scripts/build-data/basemap/clip-line';
import { signedArea2, type Position } from '../../../scripts/build-data/basemap/ring-geometry';

const FRAME: Frame = [0, 0, 10, 10];
const p = (x: number, y: number): Position => [x, y];

// A coast from the east edge to the west edge with water to the south and a bay reaching north to (5,8);
// an island in the sea given clockwise in two pieces; an island cut by the frame at the south-east corner.
// Pieces come scrambled and some reversed, as GMT lists them bin by bin.
const COAST_PIECES: Position[][] = [
  [p(5, 8), p(4, 5)],
  [p(2, 1), p(2, 2), p(3, 2)],
  [p(0, 5), p(4, 5)],
  [p(10, 2), p(9, 1), p(8, 0)],
  [p(6, 5), p(10, 5)],
  [p(3, 2), p(3, 1), p(2, 1)],
  [p(5, 8), p(6, 5)],
];
const KNOWN: KnownPoint[] = [
  { name: 'north (land)', position: p(1, 9), land: true },
  { name: 'open sea', position: p(5, 3), land: false },
  { name: 'outside the frame', position: p(50, 50), land: true },
];

describe('parseGmtSegments', () => {
  it('reads levels, drops empty segments and repeated positions', () => {
    const text = [
      '> Shore Bin # 17401, Level 1',
      '121.5\t39.0',
      '121.5\t39.0',
      '121.6\t39.1',
      '> Shore Bin # 17401, Level 1',
      '> Shore Bin # 17402, Level 2',
      '122 40',
      '122.1 40',
      '122.1 40.1',
      '',
    ].join('\n');
    expect(parseGmtSegments(text)).toEqual([
      { level: 1, points: [p(121.5, 39), p(121.6, 39.1)] },
      { level: 2, points: [p(122, 40), p(122.1, 40), p(122.1, 40.1)] },
    ]);
  });

  it('names the line that is not a coordinate pair', () => {
    expect(() => parseGmtSegments('> Level 1\n121 39\nabc def\n')).toThrow('line 3');
  });
});

describe('joinSegments', () => {
  it('joins scrambled, reversed pieces into one open chain and one closed ring', () => {
    const { lines, rings } = joinSegments(COAST_PIECES);
    expect(lines).toEqual([
      [p(10, 5), p(6, 5), p(5, 8), p(4, 5), p(0, 5)],
      [p(10, 2), p(9, 1), p(8, 0)],
    ]);
    expect(rings).toEqual([[p(2, 1), p(2, 2), p(3, 2), p(3, 1), p(2, 1)]]);
  });

  it('keeps pieces that touch nothing as they are', () => {
    expect(joinSegments([[p(0, 0), p(1, 1)]])).toEqual({ lines: [[p(0, 0), p(1, 1)]], rings: [] });
  });
});

describe('traceFrameFaces', () => {
  it('gives the perimeter parameter counter-clockwise from the south-west corner', () => {
    expect([p(5, 0), p(10, 0), p(10, 5), p(5, 10), p(0, 5), p(0, 0)].map((q) => perimeterParam(q, FRAME))).toEqual([
      0.5, 1, 1.5, 2.5, 3.5, 0,
    ]);
    expect(() => perimeterParam(p(5, 5), FRAME)).toThrow('not on the frame');
  });

  it('splits the frame along a straight coast into two counter-clockwise faces', () => {
    const faces = traceFrameFaces([[p(0, 4), p(5, 5), p(10, 6)]], FRAME);
    expect(faces).toEqual([
      { ring: [p(10, 6), p(10, 10), p(0, 10), p(0, 4), p(5, 5), p(10, 6)], chains: [0] },
      { ring: [p(0, 4), p(0, 0), p(10, 0), p(10, 6), p(5, 5), p(0, 4)], chains: [0] },
    ]);
    for (const f of faces) expect(signedArea2(f.ring)).toBeGreaterThan(0);
  });

  it('handles a chain ending exactly on a corner', () => {
    const faces = traceFrameFaces([[p(0, 5), p(10, 0)]], FRAME);
    expect(faces.map((f) => f.ring)).toEqual([
      [p(10, 0), p(10, 10), p(0, 10), p(0, 5), p(10, 0)],
      [p(0, 5), p(0, 0), p(10, 0), p(0, 5)],
    ]);
  });

  it('returns the whole frame when no chain crosses it', () => {
    expect(traceFrameFaces([], FRAME)).toEqual([
      { ring: [p(0, 0), p(10, 0), p(10, 10), p(0, 10), p(0, 0)], chains: [] },
    ]);
  });

  it('refuses two chains meeting the frame at one point', () => {
    expect(() =>
      traceFrameFaces(
        [
          [p(0, 5), p(5, 5), p(10, 5)],
          [p(10, 5), p(5, 2), p(0, 2)],
        ],
        FRAME,
      ),
    ).toThrow('same point');
  });
});

describe('polygoniseLand', () => {
  it('closes the coast along the frame, keeps the bay as water and adds both islands', () => {
    const result = polygoniseLand(joinSegments(COAST_PIECES), FRAME, KNOWN);
    expect(result.rings).toEqual([
      // the island cut by the frame at the south-east corner
      [p(8, 0), p(10, 0), p(10, 2), p(9, 1), p(8, 0)],
      // the mainland, with the bay cut into it
      [p(10, 5), p(10, 10), p(0, 10), p(0, 5), p(4, 5), p(5, 8), p(6, 5), p(10, 5)],
      // the island, rewound counter-clockwise
      [p(2, 1), p(3, 1), p(3, 2), p(2, 2), p(2, 1)],
    ]);
    expect(result).toMatchObject({ faceCount: 3, landFaceCount: 2, islandCount: 1 });
  });

  it('fails when known points contradict each other', () => {
    const wrong = [...KNOWN, { name: 'bay said to be land', position: p(5, 6), land: true }];
    expect(() => polygoniseLand(joinSegments(COAST_PIECES), FRAME, wrong)).toThrow('bay said to be land');
  });

  it('fails when no known point is in the frame', () => {
    expect(() => polygoniseLand(joinSegments(COAST_PIECES), FRAME, [KNOWN[2]])).toThrow('no known');
  });

  it('fails on a closed shoreline inside land', () => {
    const pieces = [...COAST_PIECES, [p(1, 8), p(2, 8), p(2, 9), p(1, 8)]];
    expect(() => polygoniseLand(joinSegments(pieces), FRAME, KNOWN)).toThrow('inside land face');
  });

  it('fails on a chain that stops inside the frame', () => {
    const broken = COAST_PIECES.filter((_, i) => i !== 4);
    expect(() => polygoniseLand(joinSegments(broken), FRAME, KNOWN)).toThrow('did not join');
  });

  it('makes the whole frame land, or nothing, when no shoreline crosses it', () => {
    const inland = polygoniseLand({ lines: [], rings: [] }, FRAME, [KNOWN[0]]);
    expect(inland.rings).toEqual([[p(0, 0), p(10, 0), p(10, 10), p(0, 10), p(0, 0)]]);
    expect(polygoniseLand({ lines: [], rings: [] }, FRAME, [KNOWN[1]]).rings).toEqual([]);
  });
});

describe('assembleLakes', () => {
  it('puts an island in a lake as a clockwise hole of the smallest lake around it', () => {
    const big = [p(0, 0), p(0, 9), p(9, 9), p(9, 0), p(0, 0)]; // clockwise on input
    const inner = [p(3, 3), p(7, 3), p(7, 7), p(3, 7), p(3, 3)];
    const island = [p(4, 4), p(5, 4), p(5, 5), p(4, 5), p(4, 4)];
    const polygons = assembleLakes([
      { level: 2, ring: big },
      { level: 3, ring: island },
      { level: 2, ring: inner },
    ]);
    expect(polygons).toEqual([
      [[p(0, 0), p(9, 0), p(9, 9), p(0, 9), p(0, 0)]],
      [inner, [p(4, 4), p(4, 5), p(5, 5), p(5, 4), p(4, 4)]],
    ]);
  });

  it('fails on an island in no lake', () => {
    expect(() => assembleLakes([{ level: 3, ring: [p(0, 0), p(1, 0), p(1, 1), p(0, 0)] }])).toThrow('in no lake');
  });
});

describe('border helpers', () => {
  it('clips a line that leaves and re-enters the frame into two parts', () => {
    const line = [p(-5, 5), p(5, 5), p(5, 15), p(8, 15), p(8, 5), p(12, 5)];
    expect(clipLineToFrame(line, FRAME)).toEqual([
      [p(0, 5), p(5, 5), p(5, 10)],
      [p(8, 10), p(8, 5), p(10, 5)],
    ]);
    expect(clipLineToFrame([p(11, 0), p(11, 10)], FRAME)).toEqual([]);
  });

  it('drops a piece repeated backwards and bridges only small gaps', () => {
    expect(
      dedupePieces([
        [p(0, 0), p(1, 0)],
        [p(1, 0), p(0, 0)],
        [p(0, 0), p(0, 1)],
      ]),
    ).toEqual([
      [p(0, 0), p(1, 0)],
      [p(0, 0), p(0, 1)],
    ]);
    const lines = [
      [p(0, 0), p(1, 0)],
      [p(2, 0), p(1.003, 0)],
    ];
    expect(bridgeGaps(lines, 0.005)).toEqual([[p(0, 0), p(1, 0), p(1.003, 0), p(2, 0)]]);
    expect(bridgeGaps(lines, 0.001)).toEqual(lines);
  });
});
