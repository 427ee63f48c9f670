import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { describeCrs } from '../crs/definitions';
import type { CrsId } from '../formats/types';
import { featureIdNote, planFeatureIdColumn, planPlacemarkIds, type ExportNote } from './feature-ids';
import { propertiesOf, propertyText } from './property-values';
import { orientRing } from './shp-writer';

/** Options for the KML writer. */
export interface KmlExportOptions {
  /** Property whose value becomes each Placemark's <name> (default: none). */
  nameProperty?: string;
  /** The <Document>'s <name> (default: none). */
  documentName?: string;
}

// XML 1.0 forbids these code points even when escaped: dropped.
/* eslint-disable no-control-regex */
const INVALID_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

/** `text` escaped for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function coordinates(ps: Position[]): string {
  return `<coordinates>${ps.map((p) => `${p[0]},${p[1]}`).join(' ')}</coordinates>`;
}

// KML wants outer boundaries counter-clockwise (as RFC 7946), holes clockwise.
function polygon(rings: Position[][]): string {
  const [outer, ...holes] = rings.map((r, i) => orientRing(r, i > 0));
  const inner = holes.map((h) => `<innerBoundaryIs><LinearRing>${coordinates(h)}</LinearRing></innerBoundaryIs>`);
  return `<Polygon><outerBoundaryIs><LinearRing>${coordinates(outer)}</LinearRing></outerBoundaryIs>${inner.join('')}</Polygon>`;
}

/** KML geometry for a GeoJSON geometry; Multi* and GeometryCollection become MultiGeometry. */
function geometryKml(g: Geometry): string {
  switch (g.type) {
    case 'Point':
      return `<Point>${coordinates([g.coordinates])}</Point>`;
    case 'LineString':
      return `<LineString>${coordinates(g.coordinates)}</LineString>`;
    case 'Polygon':
      return g.coordinates.length ? polygon(g.coordinates) : '<MultiGeometry/>';
    case 'MultiPoint':
      return multi(g.coordinates.map((c) => `<Point>${coordinates([c])}</Point>`));
    case 'MultiLineString':
      return multi(g.coordinates.map((c) => `<LineString>${coordinates(c)}</LineString>`));
    case 'MultiPolygon':
      return multi(g.coordinates.filter((c) => c.length).map(polygon));
    case 'GeometryCollection':
      return multi(g.geometries.map(geometryKml));
    default:
      throw new TypeError(`${JSON.stringify((g as { type?: unknown }).type)} is not a GeoJSON geometry type`);
  }
}

function multi(members: string[]): string {
  return `<MultiGeometry>${members.join('')}</MultiGeometry>`;
}

/** The Data element of one value; none for null (togeojson then reads no property), an empty <value> for ''. */
function dataKml(name: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  return `<Data name="${escapeXml(name)}"><value>${escapeXml(propertyText(value))}</value></Data>`;
}

/** Where the ids go: the Placemark id of each feature, and the ExtendedData name for the exact id when any was changed. */
interface PlacemarkIds {
  ids: (string | null)[];
  dataName: string | null;
}

function planIds(fc: FeatureCollection<Geometry | null>): PlacemarkIds & { changed: number } {
  const { ids, changed } = planPlacemarkIds(fc.features);
  const column = changed > 0 ? planFeatureIdColumn(fc.features) : null;
  return { ids, changed, dataName: column && !column.fromProperty ? column.name : null };
}

function placemark(
  f: Feature<Geometry | null, unknown>,
  i: number,
  ids: PlacemarkIds,
  options: KmlExportOptions,
): string {
  const p = propertiesOf(f);
  const parts: string[] = [];
  const id = ids.ids[i] === null ? '' : ` id="${escapeXml(ids.ids[i])}"`;
  if (options.nameProperty !== undefined && p[options.nameProperty] != null)
    parts.push(`<name>${escapeXml(propertyText(p[options.nameProperty]))}</name>`);
  const data = Object.entries(p).map(([k, v]) => dataKml(k, v));
  if (ids.dataName !== null) data.unshift(dataKml(ids.dataName, f.id));
  if (data.some(Boolean)) parts.push(`<ExtendedData>${data.join('')}</ExtendedData>`);
  try {
    if (f.geometry) parts.push(geometryKml(f.geometry));
  } catch (error) {
    throw new Error(`KML export: features[${i}].geometry: ${error instanceof Error ? error.message : error}`, {
      cause: error,
    });
  }
  return `<Placemark${id}>${parts.join('')}</Placemark>`;
}

/**
 * KML 2.2 text for `fc`: one Placemark per feature, properties as ExtendedData/Data text (nested
 * values as JSON; null has no Data element, '' an empty <value>), <name> from
 * `options.nameProperty`. The Placemark id is `feature.id` when that is a valid, unique XML ID;
 * otherwise a valid one (`210102` → `_210102`, see planPlacemarkIds), and then every feature's
 * exact id is also written as ExtendedData `id` (`feature_id` … if a property `id` holds other
 * values), so nothing is lost. KML is WGS84 longitude/latitude by definition (OGC 07-147r2): any other
 * `crs` is refused with an error rather than writing offset coordinates the format cannot label.
 */
export function collectionToKml(
  fc: FeatureCollection<Geometry | null>,
  crs: CrsId = { kind: 'wgs84' },
  options: KmlExportOptions = {},
): string {
  if (crs.kind !== 'wgs84')
    throw new Error(
      `KML export: KML coordinates are always WGS 84 longitude/latitude, so it cannot be written in ${describeCrs(crs).en}; choose WGS 84, or export GeoJSON, CSV or Shapefile for other coordinate systems`,
    );
  const name = options.documentName === undefined ? '' : `<name>${escapeXml(options.documentName)}</name>\n`;
  const ids = planIds(fc);
  const placemarks = fc.features.map((f, i) => placemark(f, i, ids, options));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<kml xmlns="http://www.opengis.net/kml/2.2">',
    `<Document>${name ? '\n' + name.trimEnd() : ''}`,
    ...placemarks,
    '</Document>',
    '</kml>',
    '',
  ].join('\n');
}

/** What a reader of the KML should know: values are text, null has no Data, and how changed ids were kept. */
export function describeKmlExport(fc: FeatureCollection<Geometry | null>): ExportNote[] {
  const notes: ExportNote[] = [
    {
      zh: 'KML 属性值均为文本；空值（null）不写 Data 元素，空字符串写为空的 <value>。',
      en: 'KML values are text; a null value has no Data element, an empty string an empty <value>.',
    },
  ];
  const { ids, changed, dataName } = planIds(fc);
  if (changed > 0) {
    const column = planFeatureIdColumn(fc.features)!;
    const i = fc.features.findIndex((f, k) => ids[k] !== null && ids[k] !== f.id);
    const example = `${fc.features[i].id} → ${ids[i]}`;
    notes.push({
      zh: `Placemark id 须为唯一且合法的 XML ID（不以数字开头），${changed} 个 id 已改写（如 ${example}）。`,
      en: `A Placemark id must be a unique, valid XML ID (not starting with a digit): ${changed} id(s) were changed (e.g. ${example}).`,
    });
    notes.push(featureIdNote(column, dataName ?? column.name, 'kml'));
  }
  return notes;
}
