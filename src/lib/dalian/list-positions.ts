import type { DesignatedVillageCollection } from '../data/schemas/designated-villages';
import { describeCrs } from '../io/crs/definitions';
import { positionToWgs84 } from '../io/crs/transform';
import type { CrsId } from '../io/formats/types';

const CHOICES: { key: string; crs: CrsId }[] = [
  { key: 'wgs84', crs: { kind: 'wgs84' } },
  { key: 'cgcs2000', crs: { kind: 'cgcs2000' } },
  { key: 'gcj02', crs: { kind: 'gcj02' } },
  { key: 'bd09', crs: { kind: 'bd09' } },
];

/** The coordinate systems a village list's lon/lat may be in (geographic ones: lists give degrees). */
export const POSITION_CRS_CHOICES = CHOICES.map((c) => ({ key: c.key, ...describeCrs(c.crs) }));

/** The list with its file positions converted to WGS84 from the chosen system (rounded to 6 decimals). */
export function convertListPositions(c: DesignatedVillageCollection, key: string): DesignatedVillageCollection {
  const choice = CHOICES.find((x) => x.key === key);
  if (!choice) throw new Error(`unknown coordinate system "${key}"`);
  if (choice.crs.kind === 'wgs84' || choice.crs.kind === 'cgcs2000') return c;
  return {
    ...c,
    features: c.features.map((f) => {
      const p = f.properties.position;
      if (!p) return f;
      const [lon, lat] = positionToWgs84(p, choice.crs).map((v) => Math.round(v * 1e6) / 1e6);
      const position: [number, number] = [lon, lat];
      return { ...f, properties: { ...f.properties, position }, geometry: { type: 'Point', coordinates: position } };
    }),
  };
}
