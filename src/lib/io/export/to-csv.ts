import Papa from 'papaparse';
import type { FeatureCollection, Geometry } from 'geojson';
import { featureIdNote, nullEmptyNote, planFeatureIdColumn, type ExportNote } from './feature-ids';
import { propertiesOf, propertyKeys, propertyText } from './property-values';
import { geometryToWkt } from './to-wkt';

/** How geometry goes into the CSV. */
export interface CsvExportOptions {
  /**
   * `lonlat` (default): Point features fill `lon`/`lat` columns and other geometries a
   * `geometry_wkt` column (each group of columns present only when needed); `wkt`: every geometry
   * in `geometry_wkt`.
   */
  geometry?: 'lonlat' | 'wkt';
}

/**
 * CSV text as every export writes it: UTF-8 with a BOM so Excel reads Chinese, CRLF line ends,
 * RFC 4180 quoting (papaparse), a final line end.
 */
export function csvText(fields: readonly string[], rows: readonly (readonly string[])[]): string {
  return (
    '\uFEFF' +
    Papa.unparse({ fields: [...fields], data: rows as string[][] }, { newline: '\r\n', quotes: false }) +
    '\r\n'
  );
}

/** A column name not used by a property: `lon`, else `lon_2`, `lon_3` … */
function freeName(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
  taken.add(name);
  return name;
}

/**
 * CSV text (UTF-8 with a BOM so Excel reads Chinese correctly, CRLF line ends, RFC 4180 quoting by
 * papaparse) for `fc`, whose coordinates are already in the export CRS. When any feature has an id,
 * the first column holds `feature.id` (see planFeatureIdColumn: `id`, or `feature_id` … when a
 * property `id` has other values; a property `id` equal to every feature id is moved first instead
 * of repeated). Geometry columns come next, then the properties in order of first appearance;
 * nested values are JSON text, null and missing values empty cells (CSV cannot tell them from '').
 * A geometry column whose name a property already uses gets a suffix (`lon_2`). Features without
 * geometry have empty geometry cells.
 */
export function collectionToCsv(fc: FeatureCollection<Geometry | null>, options: CsvExportOptions = {}): string {
  const mode = options.geometry ?? 'lonlat';
  if (mode !== 'lonlat' && mode !== 'wkt') throw new TypeError(`CSV export: unknown geometry option "${String(mode)}"`);
  const idColumn = planFeatureIdColumn(fc.features);
  const keys = propertyKeys(fc.features).filter((k) => !(idColumn?.fromProperty && k === idColumn.name));
  const taken = new Set(keys);
  if (idColumn) taken.add(idColumn.name);
  const isPoint = (g: Geometry | null) => mode === 'lonlat' && g?.type === 'Point' && g.coordinates.length >= 2;
  const anyPoint = fc.features.some((f) => isPoint(f.geometry));
  const anyOther = fc.features.some((f) => f.geometry && !isPoint(f.geometry));
  const lon = anyPoint ? freeName('lon', taken) : null;
  const lat = anyPoint ? freeName('lat', taken) : null;
  const wkt = anyOther ? freeName('geometry_wkt', taken) : null;
  const fields = [idColumn?.name ?? null, lon, lat, wkt].filter((c): c is string => c !== null).concat(keys);
  const data = fc.features.map((f, i) => {
    const row: string[] = [];
    const g = f.geometry;
    if (idColumn) row.push(propertyText(f.id));
    try {
      if (lon !== null) row.push(isPoint(g) ? String((g as { coordinates: number[] }).coordinates[0]) : '');
      if (lat !== null) row.push(isPoint(g) ? String((g as { coordinates: number[] }).coordinates[1]) : '');
      if (wkt !== null) row.push(g && !isPoint(g) ? geometryToWkt(g) : '');
    } catch (error) {
      throw new Error(`CSV export: features[${i}].geometry: ${error instanceof Error ? error.message : error}`, {
        cause: error,
      });
    }
    const p = propertiesOf(f);
    for (const k of keys) row.push(propertyText(p[k]));
    return row;
  });
  return csvText(fields, data);
}

/** What a reader of the CSV should know: which column holds the feature id, and that null reads as ''. */
export function describeCsvExport(fc: FeatureCollection<Geometry | null>): ExportNote[] {
  const idColumn = planFeatureIdColumn(fc.features);
  return [...(idColumn ? [featureIdNote(idColumn, idColumn.name, 'csv')] : []), nullEmptyNote('CSV')];
}
