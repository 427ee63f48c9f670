/** Clip polylines to a rectangle (GMT does not clip borders to -R in its -M dump). */
import type { Frame } from './frame-faces';
import { boundsOf, pointInRing, type Position } from './ring-geometry';

/**
 * Clip one segment to the rectangle (Liang–Barsky).
 * @returns the part inside as [start, end], or null if the segment misses the rectangle
 */
function clipSegment(a: Position, b: Position, [w, s, e, n]: Frame): [Position, Position] | null {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  // Each pair is (p, q) for one edge: the segment is inside where p·t <= q.
  const edges: [number, number][] = [
    [-dx, a[0] - w],
    [dx, e - a[0]],
    [-dy, a[1] - s],
    [dy, n - a[1]],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return null;
  }
  const at = (t: number): Position => (t === 0 ? a : t === 1 ? b : [a[0] + t * dx, a[1] + t * dy]);
  return [at(t0), at(t1)];
}

/**
 * The parts of a polyline inside the frame, in order; a line that leaves and re-enters gives several
 * parts. Parts that only touch the frame at a point are dropped.
 */
export function clipLineToFrame(line: Position[], frame: Frame): Position[][] {
  const parts: Position[][] = [];
  let current: Position[] | null = null;
  for (let i = 1; i < line.length; i++) {
    const clipped = clipSegment(line[i - 1], line[i], frame);
    if (!clipped) {
      current = null;
      continue;
    }
    const [p, q] = clipped;
    const last = current?.[current.length - 1];
    if (!current || !last || last[0] !== p[0] || last[1] !== p[1]) {
      current = [p];
      parts.push(current);
    }
    if (q[0] !== p[0] || q[1] !== p[1]) current.push(q);
    // The segment left the frame: the next inside part is a new line.
    if (q !== line[i]) current = null;
  }
  return parts.filter((part) => part.length >= 2);
}

/**
 * Keep only lines with at least one vertex on land. WDBII's "national" borders include short lines at
 * sea off the Korean west coast (around the islands near the demarcation line); a land-border layer
 * should not draw those as borders.
 *
 * @param land outer rings of the land polygons (land has no holes in this basemap)
 */
export function dropOffshoreLines(lines: Position[][], land: Position[][]): Position[][] {
  const bounds = land.map(boundsOf);
  const onLand = (p: Position): boolean =>
    land.some((ring, i) => {
      const [w, s, e, n] = bounds[i];
      return p[0] >= w && p[0] <= e && p[1] >= s && p[1] <= n && pointInRing(p, ring);
    });
  return lines.filter((line) => line.some(onLand));
}
