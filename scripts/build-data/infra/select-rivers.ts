import type { Position } from '../basemap/ring-geometry';
import { splitLineWhere, type PolygonTests } from './near-polygons';

/** A river line with the GSHHG level it came from. */
export interface LeveledLine {
  level: number;
  line: Position[];
}

/**
 * The parts of river chains within `bufferKm` of the province that also reach into it: a boundary
 * river (the Yalu) stays whole although WDBII draws it up to about 2 km either side of the boundary,
 * and rivers flowing in or out run on a little instead of stopping at the line.
 */
export function selectRiversNear(chains: LeveledLine[], province: PolygonTests, bufferKm: number): LeveledLine[] {
  const near = (p: Position): boolean => province.distanceKm(p, bufferKm) <= bufferKm;
  return chains.flatMap(({ level, line }) =>
    splitLineWhere(line, near)
      .filter((part) => part.some((p) => province.contains(p)))
      .map((part) => ({ level, line: part })),
  );
}
