/** Parse the multi-segment text that `gmt coast -M` writes. */
import type { Position } from './ring-geometry';

/** One segment of a `gmt coast -M` dump: a piece of shoreline (or border) inside one GSHHG bin. */
export interface GmtSegment {
  /** GSHHG level from the header: 1 land/sea, 2 lake, 3 island in lake, 4 pond; 1 for borders. */
  level: number;
  points: Position[];
}

const HEADER_LEVEL = /Level\s+(\d+)/;

/**
 * Read `> … Level N` headers and the "lon lat" rows below them.
 *
 * GMT splits every line at GSHHG bin edges and also writes headers with no rows (pieces clipped away
 * by -R), so segments with fewer than two distinct positions are dropped. Repeated consecutive
 * positions are removed because they would make zero-length edges when the pieces are joined.
 *
 * @param text stdout of `gmt coast -M …` (tab- or space-separated, `>` headers)
 * @throws if a data row does not hold two numbers, naming the line
 */
export function parseGmtSegments(text: string): GmtSegment[] {
  const segments: GmtSegment[] = [];
  let current: GmtSegment | null = null;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('>')) {
      const match = HEADER_LEVEL.exec(line);
      current = { level: match ? Number(match[1]) : 1, points: [] };
      segments.push(current);
      continue;
    }
    const [xs, ys] = line.split(/\s+/);
    const x = Number(xs);
    const y = Number(ys);
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      throw new Error(`gmt output line ${i + 1}: expected "lon lat", got "${line}"`);
    }
    if (!current) {
      // Single-segment output has no header; treat it as level 1.
      current = { level: 1, points: [] };
      segments.push(current);
    }
    const last = current.points[current.points.length - 1];
    if (!last || last[0] !== x || last[1] !== y) current.points.push([x, y]);
  }
  return segments.filter((s) => s.points.length >= 2);
}
