import { crsFromEpsgCode } from '../crs/prj';
import { decodeTextFile } from './decode-text';
import { checkGeometry, flattenProperties } from './geometry';
import { fileStem, finishLayer } from './layer';
import type { Pacer } from './pacer';
import {
  ReadError,
  type CrsDetection,
  type InputFile,
  type ParsedLayer,
  type RawFeature,
  type RowError,
} from './types';

/**
 * Reads a GeoJSON file: a FeatureCollection, a Feature, a bare geometry or an array of Features.
 * GeometryCollections are flattened and MultiPoints split (each part keeps the feature's
 * properties); nested property values become JSON text; features with null or invalid geometry go to
 * rowErrors with their 1-based number. A GeoJSON-2008 `crs` member is honoured.
 */
export async function readGeoJson(file: InputFile, pacer: Pacer, encoding?: string): Promise<ParsedLayer> {
  let root: unknown;
  try {
    root = JSON.parse(decodeText(file, encoding));
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError(file.name, `is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const items = topLevelFeatures(root, file.name);
  const features: RawFeature[] = [];
  const rowErrors: RowError[] = [];
  for (let i = 0; i < items.length; i++) {
    if ((i & 1023) === 0 && pacer.due()) await pacer.pause(i / items.length);
    const item = items[i] as { type?: unknown; geometry?: unknown; properties?: unknown; id?: unknown } | null;
    if (!item || typeof item !== 'object' || item.type !== 'Feature') {
      rowErrors.push({ row: i + 1, message: `feature ${i + 1}: is not a GeoJSON Feature` });
      continue;
    }
    const checked = checkGeometry(item.geometry);
    if (!checked.ok) {
      rowErrors.push({ row: i + 1, message: `feature ${i + 1}: ${checked.reason}` });
      continue;
    }
    const properties = flattenProperties(item.properties);
    const id = typeof item.id === 'string' || typeof item.id === 'number' ? item.id : undefined;
    for (const geometry of checked.geometries) {
      // Parts of one feature get their own copy of its properties.
      const own = checked.geometries.length > 1 ? { ...properties } : properties;
      features.push(
        id === undefined
          ? { type: 'Feature', geometry, properties: own }
          : { type: 'Feature', id, geometry, properties: own },
      );
    }
  }
  return finishLayer({
    name: fileStem(file.name),
    format: 'geojson',
    files: [file.name],
    features,
    declaredCrs: declaredCrs(root),
    rowErrors,
    warnings: [],
  });
}

function decodeText(file: InputFile, encoding?: string): string {
  try {
    return decodeTextFile(file.bytes, encoding).text;
  } catch (error) {
    throw new ReadError(file.name, error instanceof Error ? error.message : String(error));
  }
}

function topLevelFeatures(root: unknown, fileName: string): unknown[] {
  if (Array.isArray(root)) return root;
  const type = root && typeof root === 'object' ? (root as { type?: unknown }).type : undefined;
  if (type === 'FeatureCollection') {
    const features = (root as { features?: unknown }).features;
    if (!Array.isArray(features))
      throw new ReadError(fileName, 'is a FeatureCollection whose "features" is not an array');
    return features;
  }
  if (type === 'Feature') return [root];
  if (type === 'Topology')
    throw new ReadError(fileName, 'is TopoJSON, which this reader does not accept: convert it to GeoJSON');
  if (typeof type === 'string' && /^(Multi)?(Point|LineString|Polygon)$|^GeometryCollection$/.test(type))
    return [{ type: 'Feature', geometry: root, properties: {} }];
  throw new ReadError(
    fileName,
    `is not GeoJSON: expected "type": "FeatureCollection", "Feature" or a geometry, found ${JSON.stringify(type) ?? 'no type'}`,
  );
}

/** The CRS a GeoJSON declares: its 2008-style `crs` member, else WGS84 as RFC 7946 says. */
function declaredCrs(root: unknown): CrsDetection {
  const member = root && typeof root === 'object' ? (root as { crs?: unknown }).crs : undefined;
  const props = (member as { properties?: Record<string, unknown> } | undefined)?.properties;
  const name =
    typeof props?.name === 'string' ? props.name : typeof props?.code === 'number' ? `EPSG:${props.code}` : null;
  if (!name)
    return {
      crs: { kind: 'wgs84' },
      evidence: {
        zh: 'GeoJSON 没有 "crs" 成员：按 RFC 7946 为 WGS84 经纬度',
        en: 'GeoJSON without a "crs" member: WGS 84 (RFC 7946)',
      },
    };
  const said = { zh: `GeoJSON 的 "crs"：${name}`, en: `GeoJSON "crs": ${name}` };
  if (/CRS:?84$/i.test(name))
    return { crs: { kind: 'wgs84' }, evidence: { zh: `${said.zh} → WGS84 经纬度`, en: `${said.en} → WGS 84` } };
  const code = /EPSG(?::+|\/\d+\/)(\d+)$/i.exec(name)?.[1];
  const crs = code ? crsFromEpsgCode(Number(code)) : null;
  return crs
    ? { crs, evidence: said }
    : {
        crs: null,
        evidence: {
          zh: `${said.zh} 不是本图集能转换的坐标系`,
          en: `${said.en} is not a coordinate system this atlas can convert`,
        },
      };
}
