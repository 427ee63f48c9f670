import type { Geometry, Position } from 'geojson';
import gcoord from 'gcoord';
import proj4 from 'proj4';
import type { CrsId, RawFeature, RowError } from '../formats/types';
import { throwIfAborted } from '../formats/pacer';
import { crsKey, describeCrs, proj4DefinitionOf } from './definitions';

const WGS84 = '+proj=longlat +datum=WGS84 +no_defs';
const DECIMALS = 1e7;

type Convert = (p: Position) => Position;

const converters = new Map<string, proj4.Converter>();

function proj4Converter(crs: CrsId): proj4.Converter | null {
  const def = proj4DefinitionOf(crs);
  if (def === null) return null;
  const key = crsKey(crs) + '\n' + def;
  let c = converters.get(key);
  if (!c) {
    c = proj4(def, WGS84);
    converters.set(key, c);
  }
  return c;
}

/** True for systems whose coordinates are used as WGS84 without change. */
function isWgs84Like(crs: CrsId): boolean {
  return crs.kind === 'wgs84' || crs.kind === 'cgcs2000' || (crs.kind === 'epsg' && crs.code === 4326);
}

function toWgs84Function(crs: CrsId): Convert {
  if (isWgs84Like(crs)) return (p) => p;
  if (crs.kind === 'gcj02') return (p) => gcoord.transform([p[0], p[1]], gcoord.GCJ02, gcoord.WGS84);
  if (crs.kind === 'bd09') return (p) => gcoord.transform([p[0], p[1]], gcoord.BD09, gcoord.WGS84);
  const c = proj4Converter(crs)!;
  return (p) => c.forward([p[0], p[1]]);
}

/** How a CRS is converted, for the layer's record. */
function conversionText(crs: CrsId): string {
  const from = describeCrs(crs).en;
  if (isWgs84Like(crs)) return `none: ${from} is used as WGS 84`;
  if (crs.kind === 'gcj02' || crs.kind === 'bd09') return `${from} → WGS 84 with gcoord (iterative inverse, about 1 m)`;
  return `${from} → WGS 84 with proj4`;
}

/** Options for toWgs84. */
export interface ToWgs84Options {
  /** Checked every few thousand features; an aborted signal throws an AbortError. */
  signal?: AbortSignal;
}

/**
 * Converts every coordinate of `features` from `crs` to WGS84 longitude/latitude, rounded to 7
 * decimals (about 1 cm). Features whose converted coordinates are not finite or fall outside
 * [-180, 180] × [-90, 90] are left out and reported in `rowErrors` (row = 1-based feature number in
 * `features`), never thrown.
 */
export function toWgs84(
  features: readonly RawFeature[],
  crs: CrsId,
  options: ToWgs84Options = {},
): { features: RawFeature[]; conversion: string; rowErrors: RowError[] } {
  const convert = toWgs84Function(crs);
  const out: RawFeature[] = [];
  const rowErrors: RowError[] = [];
  for (let i = 0; i < features.length; i++) {
    if ((i & 4095) === 0) throwIfAborted(options.signal);
    const f = features[i];
    try {
      out.push({ ...f, geometry: mapGeometry(f.geometry, convertChecked(convert)) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      rowErrors.push({ row: i + 1, message: `feature ${i + 1}: ${reason}` });
    }
  }
  return { features: out, conversion: conversionText(crs), rowErrors };
}

function convertChecked(convert: Convert): Convert {
  return (p) => {
    const q = convert(p);
    const [lon, lat] = [round(q[0]), round(q[1])];
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90)
      throw new Error(`[${p[0]}, ${p[1]}] converts to [${lon}, ${lat}], which is not a longitude/latitude`);
    return [lon, lat];
  };
}

function round(v: number): number {
  return Math.round(v * DECIMALS) / DECIMALS;
}

/** A copy of `g` with every position passed through `fn` (positions become 2D). */
export function mapGeometry(g: Geometry, fn: Convert): Geometry {
  switch (g.type) {
    case 'Point':
      return { type: g.type, coordinates: fn(g.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { type: g.type, coordinates: g.coordinates.map(fn) };
    case 'MultiLineString':
    case 'Polygon':
      return { type: g.type, coordinates: g.coordinates.map((part) => part.map(fn)) };
    case 'MultiPolygon':
      return { type: g.type, coordinates: g.coordinates.map((poly) => poly.map((ring) => ring.map(fn))) };
    case 'GeometryCollection':
      return { type: g.type, geometries: g.geometries.map((m) => mapGeometry(m, fn)) };
  }
}

/** Converts one WGS84 [lon, lat] into `crs` (for exports); the result is not rounded. */
export function fromWgs84(position: Position, crs: CrsId): Position {
  const [lon, lat] = position;
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90)
    throw new RangeError(`[${lon}, ${lat}] is not a WGS84 longitude/latitude`);
  if (isWgs84Like(crs)) return [lon, lat];
  if (crs.kind === 'gcj02') return gcoord.transform([lon, lat], gcoord.WGS84, gcoord.GCJ02);
  if (crs.kind === 'bd09') return gcoord.transform([lon, lat], gcoord.WGS84, gcoord.BD09);
  return proj4Converter(crs)!.inverse([lon, lat]);
}

/** Converts one position from `crs` to WGS84 without rounding or range checks (for CRS detection). */
export function positionToWgs84(position: Position, crs: CrsId): Position {
  return toWgs84Function(crs)(position);
}
