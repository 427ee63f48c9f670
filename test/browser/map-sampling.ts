import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { booleanPointInPolygon, distance, lineString, point, pointToLineDistance } from '@turf/turf';
import type { Feature, MultiPolygon } from 'geojson';
import { lightTheme } from '../../src/lib/map/theme';
import { blend, hexToRgb, type decodePng, type Rgb } from './pixels';

const ROOT = resolve(import.meta.dirname, '../..');
const counties = JSON.parse(readFileSync(resolve(ROOT, 'data/boundaries/counties.geojson'), 'utf8')) as {
  features: Feature<
    MultiPolygon,
    { code: string; name_zh: string; name_en: string; prefecture_code: string; seat: [number, number] }
  >[];
};

/** A county feature of the shipped data, by code. */
export const county = (code: string) => {
  const f = counties.features.find((x) => x.properties.code === code);
  if (!f) throw new Error(`no county ${code}`);
  return f;
};

const insideCache = new Map<string, [number, number]>();

/**
 * A point well inside a county (holes and enclaves respected): of a 24×24 grid over its bbox, the
 * inside point farthest from any edge and from the seat's dot and label, so a sampled patch is all county.
 */
export function inside(code: string): [number, number] {
  const cached = insideCache.get(code);
  if (cached) return cached;
  const f = county(code);
  const coords = f.geometry.coordinates.flat(2);
  const xs = coords.map((c) => c[0]);
  const ys = coords.map((c) => c[1]);
  const [w, e, s, n] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const lines = f.geometry.coordinates.flat(1).map((ring) => lineString(ring));
  let best: [number, number] = [NaN, NaN];
  let bestDist = -1;
  for (let i = 1; i < 24; i++)
    for (let j = 1; j < 24; j++) {
      const p = point([w + ((e - w) * i) / 24, s + ((n - s) * j) / 24]);
      if (!booleanPointInPolygon(p, f)) continue;
      // Keep clear of the seat, where the dot and the label are drawn.
      const fromSeat = distance(p, point(f.properties.seat));
      const d = Math.min(fromSeat - 6, ...lines.map((l) => pointToLineDistance(p, l)));
      if (d > bestDist) [bestDist, best] = [d, p.geometry.coordinates as [number, number]];
    }
  if (bestDist < 0) throw new Error(`no inside point found for ${code}`);
  insideCache.set(code, best);
  return best;
}

/** Expected fill of a county: its prefecture colour at the default opacity over land. */
export const expectedFill = (code: string): Rgb => {
  const idx = Number(county(code).properties.prefecture_code.slice(2, 4)) - 1;
  return blend(hexToRgb(lightTheme.prefecture_fills[idx]), hexToRgb(lightTheme.land), 0.85);
};

/** Median colour of a 5×5 patch, robust to a boundary line crossing it. */
export function patch(img: ReturnType<typeof decodePng>, x: number, y: number): Rgb {
  const px: Rgb[] = [];
  for (let dy = -2; dy <= 2; dy++) for (let dx = -2; dx <= 2; dx++) px.push(img.at(x + dx, y + dy));
  const med = (i: number) => px.map((p) => p[i]).sort((a, b) => a - b)[12];
  return [med(0), med(1), med(2)];
}
