/** Build lake polygons from GSHHG level-2 (lake) and level-3 (island in lake) rings. */
import { boundsOf, orientRing, pointInRing, ringAreaKm2, type Ring } from './ring-geometry';
import { joinSegments } from './join-chains';
import type { GmtSegment } from './parse-gmt-segments';

/** A closed shoreline ring with its GSHHG level. */
export interface LeveledRing {
  level: number;
  ring: Ring;
}

/**
 * Lakes as polygons: each even-level ring (2 lake, 4 pond on an island in a lake) is an outer ring;
 * each level-3 ring becomes a hole of the smallest level-2 ring that contains it, so land shows
 * through when lakes are drawn over the land layer. Outer rings come out counter-clockwise, holes
 * clockwise (RFC 7946).
 *
 * @param rings closed rings of levels 2–4; a lake cut by the frame edge is not supported
 * @throws on an odd-level ring that no lake contains, or a level outside 2–4
 */
export function assembleLakes(rings: LeveledRing[]): Ring[][] {
  const lakes = rings.filter((r) => r.level === 2 || r.level === 4);
  const polygons = lakes.map((r) => [orientRing(r.ring, true)]);
  const lakeBounds = lakes.map((r) => boundsOf(r.ring));
  const lakeAreas = lakes.map((r) => ringAreaKm2(r.ring));
  for (const r of rings) {
    if (r.level < 2 || r.level > 4) throw new Error(`assembleLakes: unexpected level ${r.level}`);
    if (r.level !== 3) continue;
    const [x, y] = r.ring[0];
    let best = -1;
    lakes.forEach((lake, i) => {
      if (lake.level !== 2) return;
      const [w, s, e, n] = lakeBounds[i];
      if (x < w || x > e || y < s || y > n || !pointInRing(r.ring[0], lake.ring)) return;
      if (best < 0 || lakeAreas[i] < lakeAreas[best]) best = i;
    });
    if (best < 0) throw new Error(`assembleLakes: island-in-lake ring at ${x},${y} is in no lake`);
    polygons[best].push(orientRing(r.ring, false));
  }
  return polygons;
}

/**
 * Lakes from the segments of a `gmt coast -A0/2/4 -M` dump: pieces joined one level at a time (pieces
 * of different levels never connect), then {@link assembleLakes}.
 *
 * @throws if a shoreline stays open: GMT clips lake polygons to -R and closes them along it (Dali Nur
 *   at the frame's west edge), unlike the level-1 pieces, so an open lake chain means pieces failed to join
 */
export function lakesFromSegments(segments: GmtSegment[]): Ring[][] {
  const rings: LeveledRing[] = [];
  for (const level of [...new Set(segments.map((s) => s.level))].sort((a, b) => a - b)) {
    const chains = joinSegments(segments.filter((s) => s.level === level).map((s) => s.points));
    if (chains.lines.length > 0) {
      throw new Error(`level-${level} shoreline crosses the frame edge at ${chains.lines[0][0].join(',')}`);
    }
    rings.push(...chains.rings.map((ring) => ({ level, ring })));
  }
  return assembleLakes(rings);
}
