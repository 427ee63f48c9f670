import { kmlWithFolders, type F, type Folder, type Root } from '@tmcw/togeojson';
import { checkGeometry, toAttributeValue } from './geometry';
import { fileExtension, fileStem, finishLayer } from './layer';
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
import { unzipInput } from './zip';

/** Styling that togeojson copies into properties; not attributes a user wrote. */
const STYLE_KEY = /^(style|stroke|fill|icon|label-|coordinateProperties$|@geometry-type$|open$)/;

/**
 * Reads a KML file into one layer: Placemarks (in folders, whose path becomes the attribute
 * `folder`, e.g. `道路 / 高速`), with `name`, `description` (kept as the raw text, HTML and all) and
 * ExtendedData Data/SimpleData as attributes. Placemarks without usable geometry → rowErrors.
 */
export async function readKml(
  file: InputFile,
  pacer: Pacer,
  encoding?: string,
  layerName = fileStem(file.name),
): Promise<ParsedLayer> {
  let decoded: { text: string; encoding: string };
  try {
    decoded = decodeXml(file.bytes, encoding);
  } catch (error) {
    throw new ReadError(file.name, error instanceof Error ? error.message : String(error));
  }
  const doc = parseXml(decoded.text, file.name);
  if (rootName(doc) !== 'kml')
    throw new ReadError(file.name, `is XML but not KML (its root element is <${rootName(doc)}>)`);
  pacer.check();
  const placemarks: { feature: F; folder: string }[] = [];
  collectPlacemarks(kmlWithFolders(doc), [], placemarks);

  const features: RawFeature[] = [];
  const rowErrors: RowError[] = [];
  const warnings: string[] = [];
  let networkLinks = 0;
  for (let i = 0; i < placemarks.length; i++) {
    if ((i & 1023) === 0 && pacer.due()) await pacer.pause(i / placemarks.length);
    const { feature, folder } = placemarks[i];
    const source = feature.properties ?? {};
    if (source['@geometry-type'] === 'networklink') {
      networkLinks++;
      continue;
    }
    const properties = kmlProperties(source, folder);
    const checked = checkGeometry(feature.geometry);
    if (!checked.ok) {
      const name = typeof properties.name === 'string' ? ` "${properties.name}"` : '';
      rowErrors.push({
        row: i + 1,
        message: `placemark ${i + 1}${name}: ${feature.geometry === null ? 'has no geometry' : checked.reason}`,
      });
      continue;
    }
    for (const geometry of checked.geometries)
      features.push({
        type: 'Feature',
        geometry,
        properties: checked.geometries.length > 1 ? { ...properties } : properties,
      });
  }
  if (networkLinks) warnings.push(`${networkLinks} NetworkLinks point to other files, which are not fetched`);
  return finishLayer({
    name: layerName,
    format: fileExtension(file.name) === 'kmz' ? 'kmz' : 'kml',
    files: [file.name],
    features,
    declaredCrs: {
      crs: { kind: 'wgs84' },
      evidence: {
        zh: 'KML 格式规定坐标为 WGS84 经纬度',
        en: 'KML coordinates are WGS 84 longitude/latitude by definition',
      },
    },
    encoding: decoded.encoding,
    rowErrors,
    warnings,
  });
}

function collectPlacemarks(node: Root | Folder, path: string[], out: { feature: F; folder: string }[]): void {
  for (const child of node.children) {
    if (child.type === 'folder') collectPlacemarks(child, [...path, String(child.meta.name ?? '').trim()], out);
    else out.push({ feature: child, folder: path.join(' / ') });
  }
}

function kmlProperties(source: Record<string, unknown>, folder: string): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  for (const [key, value] of Object.entries(source)) {
    if (STYLE_KEY.test(key)) continue;
    // A CDATA description comes back as {"@type": "html", value}: keep the raw string.
    const raw = value && typeof value === 'object' && 'value' in value ? (value as { value: unknown }).value : value;
    out[key] = toAttributeValue(raw);
  }
  if (folder) out.folder = folder;
  return out;
}

/**
 * Reads a KMZ (a zip with doc.kml, or another .kml, at its root): the main document becomes a
 * layer named after the KMZ; any further .kml files inside become layers of their own.
 */
export async function readKmz(file: InputFile, pacer: Pacer, encoding?: string): Promise<ParsedLayer[]> {
  const entries = unzipInput(file).filter((e) => fileExtension(e.name) === 'kml');
  if (entries.length === 0) throw new ReadError(file.name, 'is a KMZ without a .kml document inside');
  const main =
    entries.find((e) => e.name.toLowerCase() === 'doc.kml') ?? entries.sort((a, b) => a.name.localeCompare(b.name))[0];
  const ordered = [main, ...entries.filter((e) => e !== main)];
  const layers: ParsedLayer[] = [];
  for (let i = 0; i < ordered.length; i++) {
    const entry = ordered[i];
    const name = entry === main ? fileStem(file.name) : `${fileStem(file.name)}/${fileStem(entry.name)}`;
    const layer = await readKml(
      { name: `${file.name}/${entry.name}`, bytes: entry.bytes },
      pacer.sub(i / ordered.length, (i + 1) / ordered.length),
      encoding,
      name,
    );
    layers.push({ ...layer, format: 'kmz', files: [file.name] });
  }
  return layers;
}
