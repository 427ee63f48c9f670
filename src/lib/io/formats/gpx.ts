import { gpx } from '@tmcw/togeojson';
import { checkGeometry, toAttributeValue } from './geometry';
import { fileStem, finishLayer } from './layer';
import type { Pacer } from './pacer';
import {
  ReadError,
  type AttributeValue,
  type InputFile,
  type ParsedLayer,
  type RawFeature,
  type RowError,
} from './types';
import { decodeXml, parseXml, rootName } from './xml';

const KINDS: Record<string, string> = { rte: 'route', trk: 'track' };
const RANK: Record<string, number> = { waypoint: 0, route: 1, track: 2, line: 3 };

/**
 * Reads a GPX file into one layer: waypoints as points, routes and tracks as lines, told apart by
 * the attribute `gpx_type` (`waypoint`, `route`, `track`). Per-point times and heart rates are not
 * kept (they belong to vertices, not features).
 */
export async function readGpx(file: InputFile, pacer: Pacer, encoding?: string): Promise<ParsedLayer> {
  let decoded: { text: string; encoding: string };
  try {
    decoded = decodeXml(file.bytes, encoding);
  } catch (error) {
    throw new ReadError(file.name, error instanceof Error ? error.message : String(error));
  }
  const doc = parseXml(decoded.text, file.name);
  if (rootName(doc) !== 'gpx')
    throw new ReadError(file.name, `is XML but not GPX (its root element is <${rootName(doc)}>)`);
  pacer.check();
  const collection = gpx(doc);
  const features: RawFeature[] = [];
  const rowErrors: RowError[] = [];
  collection.features.forEach((f, i) => {
    const properties: Record<string, AttributeValue> = {};
    for (const [key, value] of Object.entries(f.properties ?? {}))
      if (key !== 'coordinateProperties' && key !== '_gpxType') properties[key] = toAttributeValue(value);
    properties.gpx_type = KINDS[String(f.properties?._gpxType)] ?? (f.geometry?.type === 'Point' ? 'waypoint' : 'line');
    const checked = checkGeometry(f.geometry);
    if (!checked.ok) {
      rowErrors.push({ row: i + 1, message: `${properties.gpx_type} ${i + 1}: ${checked.reason}` });
      return;
    }
    for (const geometry of checked.geometries)
      features.push({ type: 'Feature', geometry, properties: { ...properties } });
  });
  // togeojson yields tracks, then routes, then waypoints; a GPX file lists them the other way round.
  features.sort((a, b) => RANK[a.properties.gpx_type as string] - RANK[b.properties.gpx_type as string]);
  return finishLayer({
    name: fileStem(file.name),
    format: 'gpx',
    files: [file.name],
    features,
    declaredCrs: {
      crs: { kind: 'wgs84' },
      evidence: {
        zh: 'GPX 格式规定坐标为 WGS84 经纬度',
        en: 'GPX coordinates are WGS 84 longitude/latitude by definition',
      },
    },
    encoding: decoded.encoding,
    rowErrors,
    warnings: [],
  });
}
