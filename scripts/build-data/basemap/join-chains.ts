/** Join line pieces that share endpoints into the longest possible chains. */
import type { Position } from './ring-geometry';

/** Chains made by {@link joinSegments}: closed rings, and open lines whose two ends touch nothing. */
export interface JoinedChains {
  /** Closed chains, first position equal to the last. */
  rings: Position[][];
  /** Open chains, each with two free ends. */
  lines: Position[][];
}

/**
 * Endpoint key. GSHHG pieces end exactly on bin edges and GMT prints both neighbours' endpoints from
 * the same integer bin coordinates, so they match exactly; rounding to 1e-7° (~1 cm) only absorbs
 * float printing noise, far below the data's resolution.
 */
function endpointKey(p: Position): string {
  return `${p[0].toFixed(7)},${p[1].toFixed(7)}`;
}

/**
 * Join pieces end to end (reversing pieces where needed) until no two free ends coincide.
 *
 * Deterministic: chains grow from pieces in input order, and where more than two pieces meet at a
 * point (a border tripoint) the first unused piece in input order is taken. Pieces are not modified.
 *
 * @param pieces polylines with at least two positions each
 * @returns closed rings and open lines, each listed in the order of its first piece
 */
export function joinSegments(pieces: Position[][]): JoinedChains {
  pieces.forEach((p, i) => {
    if (p.length < 2) throw new Error(`joinSegments: piece ${i} has ${p.length} position(s), needs 2`);
  });
  const byEnd = new Map<string, number[]>();
  const addEnd = (key: string, index: number): void => {
    const list = byEnd.get(key);
    if (list) list.push(index);
    else byEnd.set(key, [index]);
  };
  pieces.forEach((p, i) => {
    addEnd(endpointKey(p[0]), i);
    addEnd(endpointKey(p[p.length - 1]), i);
  });

  const used = new Array<boolean>(pieces.length).fill(false);
  // Take the first unused piece with an end at `key`, oriented to start there.
  const takeFrom = (key: string): Position[] | null => {
    for (const i of byEnd.get(key) ?? []) {
      if (used[i]) continue;
      used[i] = true;
      const p = pieces[i];
      return endpointKey(p[0]) === key ? p : [...p].reverse();
    }
    return null;
  };

  const rings: Position[][] = [];
  const lines: Position[][] = [];
  for (let i = 0; i < pieces.length; i++) {
    if (used[i]) continue;
    used[i] = true;
    let chain: Position[] = [...pieces[i]];
    const isClosed = (): boolean => endpointKey(chain[0]) === endpointKey(chain[chain.length - 1]);
    // Grow forward from the end, then backward from the start.
    while (!isClosed()) {
      const next = takeFrom(endpointKey(chain[chain.length - 1]));
      if (!next) break;
      chain = chain.concat(next.slice(1));
    }
    while (!isClosed()) {
      const prev = takeFrom(endpointKey(chain[0]));
      if (!prev) break;
      chain = [...prev].reverse().concat(chain.slice(1));
    }
    if (isClosed() && chain.length > 2) {
      // Close exactly, so later tests on first === last hold.
      chain[chain.length - 1] = [chain[0][0], chain[0][1]];
      rings.push(chain);
    } else {
      lines.push(chain);
    }
  }
  return { rings, lines };
}

/**
 * Drop pieces that repeat another piece, forwards or backwards. GMT writes a border lying exactly on
 * a bin edge once for each of the two bins; joined, the pair would make a false closed loop.
 */
export function dedupePieces(pieces: Position[][]): Position[][] {
  const seen = new Set<string>();
  return pieces.filter((p) => {
    const forward = p.map(endpointKey).join(';');
    const backward = [...p].reverse().map(endpointKey).join(';');
    const key = forward < backward ? forward : backward;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Join open lines whose free ends are within `maxGap` degrees of each other by a straight segment,
 * closest pairs first. For display lines only (WDBII borders have gaps of a few hundred metres where
 * pieces were digitised separately); never used on shorelines, whose pieces join exactly.
 */
export function bridgeGaps(lines: Position[][], maxGap: number): Position[][] {
  let out = lines.map((l) => [...l]);
  for (;;) {
    let best: { i: number; j: number; endI: boolean; endJ: boolean; d: number } | null = null;
    for (let i = 0; i < out.length; i++) {
      for (let j = i + 1; j < out.length; j++) {
        for (const endI of [false, true]) {
          for (const endJ of [false, true]) {
            const a = endI ? out[i][out[i].length - 1] : out[i][0];
            const b = endJ ? out[j][out[j].length - 1] : out[j][0];
            const d = Math.hypot(a[0] - b[0], a[1] - b[1]);
            if (d <= maxGap && (!best || d < best.d)) best = { i, j, endI, endJ, d };
          }
        }
      }
    }
    if (!best) return out;
    const { i, j, endI, endJ, d } = best;
    // Orient so line i ends where line j starts, then concatenate.
    const li = endI ? out[i] : [...out[i]].reverse();
    const lj = endJ ? [...out[j]].reverse() : out[j];
    const joined = d === 0 ? li.concat(lj.slice(1)) : li.concat(lj);
    out = out.filter((_, k) => k !== i && k !== j);
    out.splice(i, 0, joined);
  }
}
