/**
 * Places where the water layer must, or must not, have a river. The manifest's accuracy text names
 * the rivers present and missing; these checks fail the build if the data stop matching it.
 * "Present" points lie on the river lines as built (read off the data, where the line crosses a
 * round parallel or meridian); "absent" points are towns the missing rivers flow through (for the
 * Biliu, the middle of its lower basin, with a radius wide enough not to depend on its exact course).
 */
import type { Position } from '../basemap/ring-geometry';
import { pointSegmentKm } from './near-polygons';

/** A test point: a river line must (or must not) pass within `km` of it. */
export interface RiverProbe {
  river: string;
  position: Position;
  present: boolean;
  km: number;
}

export const RIVER_PROBES: readonly RiverProbe[] = [
  { river: 'Liao (trunk, crossing 42°N)', position: [122.942, 42.0], present: true, km: 1 },
  { river: 'Yalu (above Dandong, crossing 124.6°E)', position: [124.6, 40.267], present: true, km: 1 },
  { river: 'Daling (near Yi County, crossing 121°E)', position: [121.0, 41.674], present: true, km: 1 },
  { river: 'Hun (Shenyang, crossing 123.4°E)', position: [123.4, 41.747], present: true, km: 1 },
  { river: 'Taizi (Liaoyang)', position: [123.17, 41.27], present: false, km: 20 },
  { river: 'Taizi (Benxi)', position: [123.77, 41.3], present: false, km: 20 },
  // Wide: the whole lower Biliu basin between Pulandian and Zhuanghe, wherever its channel lies exactly.
  { river: 'Biliu (lower basin, Pulandian–Zhuanghe)', position: [122.5, 39.75], present: false, km: 40 },
  { river: 'Hun River of the Yalu basin, 浑江 (Huanren)', position: [125.36, 41.27], present: false, km: 20 },
];

/** Shortest distance in km from `p` to any of `lines`. */
export function distanceToLinesKm(p: Position, lines: Position[][]): number {
  let best = Infinity;
  for (const line of lines) {
    for (let i = 1; i < line.length; i++) best = Math.min(best, pointSegmentKm(p, line[i - 1], line[i]));
  }
  return best;
}

/** The probes that `lines` contradict, as messages; empty when the data agree with every probe. */
export function failedRiverProbes(lines: Position[][], probes: readonly RiverProbe[]): string[] {
  return probes.flatMap((probe) => {
    const d = distanceToLinesKm(probe.position, lines);
    const ok = probe.present ? d <= probe.km : d > probe.km;
    if (ok) return [];
    const where = probe.position.join(',');
    return [
      probe.present
        ? `${probe.river}: no river line within ${probe.km} km of ${where} (nearest ${d.toFixed(1)} km)`
        : `${probe.river}: a river line passes ${d.toFixed(1)} km from ${where}, expected none within ${probe.km} km`,
    ];
  });
}
