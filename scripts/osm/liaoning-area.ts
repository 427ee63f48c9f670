/**
 * "Is this in Liaoning?" for the opt-in import commands (data:osm, data:fetch).
 *
 * A position counts if it is inside the province polygon, or within `landToleranceKm` of its
 * boundary (the boundary is traced from a GCJ-02 source, ~90 m off in places), or within
 * `seaBufferKm` of it *and* not on land (GSHHG): coastal plants, ports and piers on reclaimed
 * land often lie just outside the province outline, while points a few km over the land border
 * (Jilin, Hebei, Inner Mongolia, Sinuiju across the Yalu) must not come in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../build-data/lib/write-dataset';
import { RingIndex, SegmentGrid, type Position } from './ring-index';

export type { Position };

/** Options of {@link loadLiaoningArea}; the defaults read the repository's own data/. */
export interface LiaoningAreaOptions {
  provinceFile?: string;
  landFile?: string;
  seaBufferKm?: number;
  landToleranceKm?: number;
}

/** Sample spacing along lines and rings, degrees (~1 km). */
const SAMPLE_STEP_DEG = 0.01;

/** The province test, with helpers for whole geometries and for cutting lines. */
export class LiaoningArea {
  readonly bbox: [number, number, number, number];
  private readonly cellState: Int8Array;

  constructor(
    private readonly province: RingIndex,
    private readonly land: RingIndex | null,
    private readonly near: SegmentGrid,
    readonly seaBufferKm: number,
    readonly landToleranceKm: number,
  ) {
    this.bbox = near.bbox;
    this.cellState = new Int8Array(near.cellCount);
  }

  /** Whether one position is in the province (with the tolerance and the sea buffer). */
  contains(lon: number, lat: number): boolean {
    const cell = this.near.cellOf(lon, lat);
    if (cell < 0) return false;
    // Cells with no boundary within the sea buffer are wholly in or out: decide once, by their centre.
    let state = this.cellState[cell];
    if (state === 0) {
      state = this.near.isEmpty(cell) ? (this.province.contains(...this.near.cellCentre(cell)) ? 1 : 2) : 3;
      this.cellState[cell] = state;
    }
    if (state !== 3) return state === 1;
    if (this.province.contains(lon, lat)) return true;
    const km = this.near.distanceKm(cell, lon, lat);
    if (km <= this.landToleranceKm) return true;
    if (km > this.seaBufferKm) return false;
    return this.land === null || !this.land.contains(lon, lat);
  }

  /** Whether any part of a GeoJSON geometry is in the province (lines and rings sampled every ~1 km). */
  touches(geometry: { type: string; coordinates: unknown }): boolean {
    const c = geometry.coordinates;
    switch (geometry.type) {
      case 'Point':
        return this.contains(...(c as Position));
      case 'LineString':
        return this.lineTouches(c as Position[]);
      case 'MultiLineString':
      case 'Polygon':
        return (c as Position[][]).some((l) => this.lineTouches(l));
      case 'MultiPolygon':
        return (c as Position[][][]).some((p) => p.some((l) => this.lineTouches(l)));
      default:
        throw new Error(`LiaoningArea.touches: unsupported geometry type ${geometry.type}`);
    }
  }

  private lineTouches(line: Position[]): boolean {
    if (line.some((p) => this.contains(p[0], p[1]))) return true;
    for (let i = 1; i < line.length; i++) {
      const [a, b] = [line[i - 1], line[i]];
      const n = Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / SAMPLE_STEP_DEG);
      for (let s = 1; s < n; s++)
        if (this.contains(a[0] + ((b[0] - a[0]) * s) / n, a[1] + ((b[1] - a[1]) * s) / n)) return true;
    }
    return false;
  }

  /**
   * The pieces of a line inside the province. Segments are sampled every ~1 km; where the state
   * changes the crossing is found by bisection (to ~1 m), so a piece ends on the buffered boundary.
   */
  clipLine(line: Position[]): Position[][] {
    const pieces: Position[][] = [];
    let current: Position[] | null = this.contains(...line[0]) ? [line[0]] : null;
    for (let i = 1; i < line.length; i++) {
      const [a, b] = [line[i - 1], line[i]];
      const n = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / SAMPLE_STEP_DEG));
      let prev = a;
      let prevIn = current !== null;
      for (let s = 1; s <= n; s++) {
        const p: Position = s === n ? b : [a[0] + ((b[0] - a[0]) * s) / n, a[1] + ((b[1] - a[1]) * s) / n];
        const pIn = this.contains(p[0], p[1]);
        if (pIn !== prevIn) {
          const x = this.crossing(prev, p, prevIn);
          if (current) {
            current.push(x);
            pieces.push(current);
            current = null;
          } else current = [x];
        }
        prev = p;
        prevIn = pIn;
      }
      if (current) current.push(b);
    }
    if (current) pieces.push(current);
    return pieces.filter((p) => p.length >= 2);
  }

  /** Bisection between a and b (whose states differ) for the last position with a's state. */
  private crossing(a: Position, b: Position, aIn: boolean): Position {
    let [lo, hi] = [0, 1];
    for (let k = 0; k < 24; k++) {
      const mid = (lo + hi) / 2;
      if (this.contains(a[0] + (b[0] - a[0]) * mid, a[1] + (b[1] - a[1]) * mid) === aIn) lo = mid;
      else hi = mid;
    }
    const t = aIn ? lo : hi;
    return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
  }
}

/** Rings of every Polygon / MultiPolygon in a GeoJSON FeatureCollection file. */
function readRings(file: string): Position[][] {
  let json: { features?: { geometry?: { type: string; coordinates: unknown } }[] };
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read polygons from ${file}: ${(err as Error).message}`, { cause: err });
  }
  const rings: Position[][] = [];
  for (const f of json.features ?? []) {
    const g = f.geometry;
    if (g?.type === 'Polygon') rings.push(...(g.coordinates as Position[][]));
    else if (g?.type === 'MultiPolygon') for (const p of g.coordinates as Position[][][]) rings.push(...p);
  }
  if (rings.length === 0) throw new Error(`${file}: no Polygon or MultiPolygon features`);
  return rings;
}

/**
 * The province of data/boundaries/province.geojson with the land of data/basemap/land.geojson.
 * Defaults: 5 km sea buffer, 0.5 km tolerance on land.
 */
export function loadLiaoningArea(options: LiaoningAreaOptions = {}): LiaoningArea {
  const seaBufferKm = options.seaBufferKm ?? 5;
  const landToleranceKm = options.landToleranceKm ?? 0.5;
  const province = readRings(options.provinceFile ?? join(DATA_DIR, 'boundaries/province.geojson'));
  const landFile = options.landFile === undefined ? join(DATA_DIR, 'basemap/land.geojson') : options.landFile;
  const land = landFile ? new RingIndex(readRings(landFile)) : null;
  return new LiaoningArea(
    new RingIndex(province),
    land,
    new SegmentGrid(province, seaBufferKm),
    seaBufferKm,
    landToleranceKm,
  );
}
