import type { Geometry, Position } from 'geojson';

/**
 * A number as WKT text: the shortest text that reads back to the same double, never in exponent
 * notation (some WKT readers reject `1e-7`).
 */
export function formatCoordinate(v: number): string {
  if (!Number.isFinite(v)) throw new RangeError(`WKT: coordinate ${v} is not a finite number`);
  const s = String(v);
  if (!/e/i.test(s)) return s;
  // Exponent form only for |v| < 1e-6 or ≥ 1e21: write fixed-point and trim trailing zeros.
  const fixed = Math.abs(v) < 1 ? v.toFixed(20) : BigInt(Math.round(v)).toString();
  return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
}

function pos(p: Position): string {
  return `${formatCoordinate(p[0])} ${formatCoordinate(p[1])}`;
}

function seq(ps: Position[]): string {
  return `(${ps.map(pos).join(', ')})`;
}

function rings(rs: Position[][]): string {
  return `(${rs.map(seq).join(', ')})`;
}

/**
 * OGC WKT (2D) for a GeoJSON geometry: `POINT (x y)`, `LINESTRING (…)`, `POLYGON ((…), (…))`,
 * `MULTI…`, `GEOMETRYCOLLECTION (…)`; empty geometries as `… EMPTY`. Z values are dropped.
 */
export function geometryToWkt(g: Geometry): string {
  switch (g.type) {
    case 'Point':
      return g.coordinates.length ? `POINT (${pos(g.coordinates)})` : 'POINT EMPTY';
    case 'MultiPoint':
      return g.coordinates.length
        ? `MULTIPOINT (${g.coordinates.map((p) => `(${pos(p)})`).join(', ')})`
        : 'MULTIPOINT EMPTY';
    case 'LineString':
      return g.coordinates.length ? `LINESTRING ${seq(g.coordinates)}` : 'LINESTRING EMPTY';
    case 'MultiLineString':
      return g.coordinates.length ? `MULTILINESTRING ${rings(g.coordinates)}` : 'MULTILINESTRING EMPTY';
    case 'Polygon':
      return g.coordinates.length ? `POLYGON ${rings(g.coordinates)}` : 'POLYGON EMPTY';
    case 'MultiPolygon':
      return g.coordinates.length ? `MULTIPOLYGON (${g.coordinates.map(rings).join(', ')})` : 'MULTIPOLYGON EMPTY';
    case 'GeometryCollection':
      return g.geometries.length
        ? `GEOMETRYCOLLECTION (${g.geometries.map(geometryToWkt).join(', ')})`
        : 'GEOMETRYCOLLECTION EMPTY';
    default:
      throw new TypeError(`WKT: ${JSON.stringify((g as { type?: unknown }).type)} is not a GeoJSON geometry type`);
  }
}
