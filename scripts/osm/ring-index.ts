/**
 * Spatial indexes over polygon rings for fast point tests on ~10⁴–10⁵ boundary vertices:
 * RingIndex (point in polygon, edges bucketed in latitude bands) and SegmentGrid (distance to the
 * nearest boundary edge, edges bucketed in grid cells).
 */

export type Position = [number, number];

const KM_PER_DEG = 111.32;
const DEG = Math.PI / 180;

/** Flat [x1, y1, x2, y2] per edge of every ring. */
function ringEdges(rings: Position[][]): Float64Array {
  const n = rings.reduce((s, r) => s + Math.max(0, r.length - 1), 0);
  const e = new Float64Array(n * 4);
  let k = 0;
  for (const r of rings)
    for (let i = 1; i < r.length; i++) {
      e.set([r[i - 1][0], r[i - 1][1], r[i][0], r[i][1]], k);
      k += 4;
    }
  return e;
}

/** Even–odd point-in-polygon over all rings (holes and separate parts alike). */
export class RingIndex {
  private readonly edges: Float64Array;
  private readonly bands: Int32Array[];
  private readonly minY: number;
  private readonly bandHeight = 0.02;

  constructor(rings: Position[][]) {
    this.edges = ringEdges(rings);
    let [minY, maxY] = [Infinity, -Infinity];
    for (let k = 0; k < this.edges.length; k += 4) {
      minY = Math.min(minY, this.edges[k + 1], this.edges[k + 3]);
      maxY = Math.max(maxY, this.edges[k + 1], this.edges[k + 3]);
    }
    this.minY = minY;
    const lists: number[][] = Array.from({ length: Math.floor((maxY - minY) / this.bandHeight) + 1 }, () => []);
    for (let k = 0; k < this.edges.length; k += 4) {
      const [a, b] = [this.band(this.edges[k + 1]), this.band(this.edges[k + 3])];
      for (let i = Math.min(a, b); i <= Math.max(a, b); i++) lists[i].push(k);
    }
    this.bands = lists.map((l) => Int32Array.from(l));
  }

  private band(y: number): number {
    return Math.floor((y - this.minY) / this.bandHeight);
  }

  contains(x: number, y: number): boolean {
    const list = this.bands[this.band(y)];
    if (!list) return false;
    const e = this.edges;
    let inside = false;
    for (const k of list) {
      const [x1, y1, x2, y2] = [e[k], e[k + 1], e[k + 2], e[k + 3]];
      if (y1 > y !== y2 > y && x < ((x2 - x1) * (y - y1)) / (y2 - y1) + x1) inside = !inside;
    }
    return inside;
  }
}

/** Boundary edges bucketed by grid cell, each cell holding the edges within `reachKm` of it. */
export class SegmentGrid {
  readonly bbox: [number, number, number, number];
  readonly cellCount: number;
  private readonly edges: Float64Array;
  private readonly cells: (Int32Array | null)[];
  private readonly cols: number;
  private readonly rows: number;
  private readonly size = 0.02;

  constructor(rings: Position[][], reachKm: number) {
    this.edges = ringEdges(rings);
    const e = this.edges;
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let k = 0; k < e.length; k += 2) {
      [x0, x1] = [Math.min(x0, e[k]), Math.max(x1, e[k])];
      [y0, y1] = [Math.min(y0, e[k + 1]), Math.max(y1, e[k + 1])];
    }
    // Reach in degrees at the northern edge, where a degree of longitude is shortest.
    const reach = reachKm / (KM_PER_DEG * Math.cos(Math.max(Math.abs(y0), Math.abs(y1)) * DEG)) + this.size;
    this.bbox = [x0 - reach, y0 - reach, x1 + reach, y1 + reach];
    this.cols = Math.ceil((this.bbox[2] - this.bbox[0]) / this.size);
    this.rows = Math.ceil((this.bbox[3] - this.bbox[1]) / this.size);
    this.cellCount = this.cols * this.rows;
    const lists: (number[] | null)[] = new Array(this.cellCount).fill(null);
    for (let k = 0; k < e.length; k += 4) {
      const c0 = this.col(Math.min(e[k], e[k + 2]) - reach);
      const c1 = this.col(Math.max(e[k], e[k + 2]) + reach);
      const r0 = this.row(Math.min(e[k + 1], e[k + 3]) - reach);
      const r1 = this.row(Math.max(e[k + 1], e[k + 3]) + reach);
      for (let r = Math.max(0, r0); r <= Math.min(this.rows - 1, r1); r++)
        for (let c = Math.max(0, c0); c <= Math.min(this.cols - 1, c1); c++) (lists[r * this.cols + c] ??= []).push(k);
    }
    this.cells = lists.map((l) => (l ? Int32Array.from(l) : null));
  }

  private col(x: number): number {
    return Math.floor((x - this.bbox[0]) / this.size);
  }
  private row(y: number): number {
    return Math.floor((y - this.bbox[1]) / this.size);
  }

  /** Index of the cell holding a position, or -1 outside the grid. */
  cellOf(x: number, y: number): number {
    const [c, r] = [this.col(x), this.row(y)];
    return c < 0 || r < 0 || c >= this.cols || r >= this.rows ? -1 : r * this.cols + c;
  }

  cellCentre(cell: number): Position {
    const [r, c] = [Math.floor(cell / this.cols), cell % this.cols];
    return [this.bbox[0] + (c + 0.5) * this.size, this.bbox[1] + (r + 0.5) * this.size];
  }

  /** True if no boundary edge comes within reach of the cell. */
  isEmpty(cell: number): boolean {
    return this.cells[cell] === null;
  }

  /** Distance in km (local equirectangular) to the nearest edge listed for the cell; Infinity if none. */
  distanceKm(cell: number, x: number, y: number): number {
    const list = this.cells[cell];
    if (!list) return Infinity;
    const e = this.edges;
    const kx = KM_PER_DEG * Math.cos(y * DEG);
    let best = Infinity;
    for (const k of list) {
      const [ax, ay] = [(e[k] - x) * kx, (e[k + 1] - y) * KM_PER_DEG];
      const [bx, by] = [(e[k + 2] - x) * kx, (e[k + 3] - y) * KM_PER_DEG];
      const [dx, dy] = [bx - ax, by - ay];
      const len2 = dx * dx + dy * dy;
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
      const d2 = (ax + t * dx) ** 2 + (ay + t * dy) ** 2;
      if (d2 < best) best = d2;
    }
    return Math.sqrt(best);
  }
}
