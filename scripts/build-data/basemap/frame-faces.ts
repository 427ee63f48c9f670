/**
 * Close open shoreline chains along a rectangular frame: every open chain runs from frame edge to frame
 * edge, so the chains cut the rectangle into faces, each bounded by chains and pieces of the frame.
 */
import type { Position, Ring } from './ring-geometry';

/** [west, south, east, north] in degrees. */
export type Frame = [number, number, number, number];

/** A face of the rectangle cut by chains: its ring (counter-clockwise) and the chains on its boundary. */
export interface FrameFace {
  ring: Ring;
  /** Indices into the `chains` given to {@link traceFrameFaces}; each chain borders exactly two faces. */
  chains: number[];
}

/** Positions closer than this to a frame edge count as on it (GMT clips to the exact -R values). */
const ON_EDGE_EPS = 1e-9;

/**
 * Position of `p` along the frame's perimeter, counter-clockwise from the south-west corner:
 * [0,1) south edge, [1,2) east, [2,3) north, [3,4) west. Corners get whole numbers.
 *
 * @throws if `p` is not on the frame (an open chain that ends inside the frame means pieces did not join)
 */
export function perimeterParam(p: Position, frame: Frame): number {
  const [w, s, e, n] = frame;
  const [x, y] = p;
  const near = (a: number, b: number): boolean => Math.abs(a - b) <= ON_EDGE_EPS;
  if (near(y, s)) return Math.min(1, Math.max(0, (x - w) / (e - w)));
  if (near(x, e)) return 1 + (y - s) / (n - s);
  if (near(y, n)) return 2 + (e - x) / (e - w);
  if (near(x, w)) return (3 + (n - y) / (n - s)) % 4;
  throw new Error(
    `open chain ends at ${x},${y}, which is not on the frame ${frame.join(',')}: its pieces did not join`,
  );
}

/** Frame corner at perimeter parameter 0, 1, 2 or 3. */
function cornerAt(k: number, frame: Frame): Position {
  const [w, s, e, n] = frame;
  return (
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
    ] as Position[]
  )[k % 4];
}

/** Corners met when walking counter-clockwise from parameter `from` to `to` (exclusive of both). */
function cornersBetween(from: number, to: number, frame: Frame): Position[] {
  const end = to > from ? to : to + 4;
  const out: Position[] = [];
  for (let k = Math.floor(from) + 1; k < end; k++) out.push(cornerAt(k, frame));
  return out;
}

interface ChainEnd {
  chain: number;
  atStart: boolean;
  t: number;
}

/**
 * Trace the faces of the frame rectangle cut by `chains`.
 *
 * From a chain end, walk counter-clockwise along the frame to the next chain end, follow that chain to
 * its other end, and repeat until back at the start: this keeps the face on the left throughout, so
 * every face comes out counter-clockwise whatever the chains' own directions. With no chains the whole
 * frame is one face.
 *
 * @param chains open lines, each with both ends on the frame and not crossing one another
 * @throws if a chain end is off the frame, or two ends coincide (they should have been joined)
 */
export function traceFrameFaces(chains: Position[][], frame: Frame): FrameFace[] {
  if (chains.length === 0) {
    return [{ ring: [0, 1, 2, 3, 0].map((k) => cornerAt(k, frame)), chains: [] }];
  }
  const ends: ChainEnd[] = [];
  chains.forEach((c, i) => {
    ends.push({ chain: i, atStart: true, t: perimeterParam(c[0], frame) });
    ends.push({ chain: i, atStart: false, t: perimeterParam(c[c.length - 1], frame) });
  });
  ends.sort((a, b) => a.t - b.t);
  for (let i = 1; i < ends.length; i++) {
    if (ends[i].t === ends[i - 1].t) {
      throw new Error(`chains ${ends[i - 1].chain} and ${ends[i].chain} meet the frame at the same point`);
    }
  }
  // Sorted index of the other end of each chain end.
  const slotOf = new Map<string, number>();
  ends.forEach((end, i) => slotOf.set(`${end.chain}:${end.atStart}`, i));
  const otherSlot = (end: ChainEnd): number => slotOf.get(`${end.chain}:${!end.atStart}`)!;
  const endPoint = (end: ChainEnd): Position => {
    const c = chains[end.chain];
    return end.atStart ? c[0] : c[c.length - 1];
  };

  const faces: FrameFace[] = [];
  const walked = new Array<boolean>(ends.length).fill(false); // frame arc from ends[i] to ends[i+1]
  for (let first = 0; first < ends.length; first++) {
    if (walked[first]) continue;
    const ring: Ring = [endPoint(ends[first])];
    const faceChains: number[] = [];
    let i = first;
    do {
      walked[i] = true;
      const from = ends[i];
      const to = ends[(i + 1) % ends.length];
      ring.push(...cornersBetween(from.t, to.t, frame));
      const c = chains[to.chain];
      ring.push(...(to.atStart ? c : [...c].reverse()));
      faceChains.push(to.chain);
      i = otherSlot(to);
    } while (i !== first);
    // The ring ends on its first position, except that the last chain's end was pushed again.
    faces.push({ ring: dropRepeats(ring), chains: faceChains });
  }
  return faces;
}

/** Remove consecutive repeated positions (a chain's first position repeats the arc's last one). */
function dropRepeats(ring: Ring): Ring {
  return ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1][0] || p[1] !== ring[i - 1][1]);
}
