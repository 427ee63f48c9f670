import type { FeatureCollection, Geometry } from 'geojson';
import type { CrsId } from '../formats/types';
import { exportCrsChoice } from './export-crs';

/**
 * GeoJSON text for `fc`, whose coordinates are already in `crs` (see reprojectCollection).
 *
 * Layout: compact JSON with one feature per line, so two exports diff line by line. Properties,
 * ids and feature order are kept as they are.
 *
 * CRS (decision): a WGS84 export is plain RFC 7946, with no `crs` member. RFC 7946 has no way to
 * say anything else, so other exports carry:
 * - `crs` (the 2008 GeoJSON named-CRS member that GDAL/QGIS still read) only for CGCS2000, as
 *   `urn:ogc:def:crs:EPSG::4490`; GCJ-02 and BD-09 have no identifier, and inventing one would
 *   only make readers fail.
 * - `coordinate_system`, a foreign member with `id`, `zh`, `en` and `note`, for every non-WGS84
 *   export, so a reader of the file learns that GCJ-02/BD-09 numbers are offset.
 */
export function collectionToGeoJson(fc: FeatureCollection<Geometry | null>, crs: CrsId = { kind: 'wgs84' }): string {
  const choice = exportCrsChoice(crs);
  const head: Record<string, unknown> = { type: 'FeatureCollection' };
  if (choice.kind === 'cgcs2000') head.crs = { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4490' } };
  if (choice.kind !== 'wgs84')
    head.coordinate_system = { id: choice.kind, zh: choice.zh, en: choice.en, note: choice.note };
  const lines = fc.features.map((f, i) => {
    // A stored bbox would be stale after reprojection: dropped.
    const { type, id, properties, geometry, bbox: _bbox, ...foreign } = f;
    if (type !== 'Feature')
      throw new TypeError(`GeoJSON export: features[${i}].type is ${JSON.stringify(type)}, not "Feature"`);
    // Stable key order: type, id, properties, geometry, then any foreign members.
    const out: Record<string, unknown> = { type };
    if (id !== undefined) out.id = id;
    out.properties = properties ?? null;
    out.geometry = geometry ?? null;
    return JSON.stringify({ ...out, ...foreign });
  });
  const open = JSON.stringify(head).slice(0, -1);
  return `${open},"features":[\n${lines.join(',\n')}\n]}\n`;
}
