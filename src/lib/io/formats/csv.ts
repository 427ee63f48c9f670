import Papa from 'papaparse';
import { crsFromEpsgCode } from '../crs/prj';
import { cellValue, chooseGeometryColumns, parseCoordinate, type GeometryColumns } from './csv-columns';
import { decodeTextFile } from './decode-text';
import { bboxOf, checkGeometry } from './geometry';
import { fileExtension, fileStem, finishLayer } from './layer';
import type { Pacer } from './pacer';
import {
  ReadError,
  type AttributeValue,
  type CrsDetection,
  type InputFile,
  type ParsedLayer,
  type RawFeature,
  type ReadOptions,
  type RowError,
} from './types';
import { parseWkt, WktError } from './wkt';

/** Characters parsed between checks for cancellation (~1 MB of text). */
const CHUNK = 1 << 20;
/** Row errors kept in full; beyond this only their number is reported. */
const MAX_ROW_ERRORS = 10_000;

/** State carried from chunk to chunk. */
interface CsvState {
  header: string[] | null;
  columns: GeometryColumns | null;
  row: number;
  features: RawFeature[];
  rowErrors: RowError[];
  droppedErrors: number;
  srid: number | null;
}

/**
 * Reads a CSV/TSV of points (lon/lat columns, degrees-minutes-seconds allowed) or WKT geometries.
 * UTF-8, falling back to GBK; the delimiter is guessed unless given. Parsing goes through
 * papaparse's chunk parser ~1 MB at a time, so a million-row file neither blocks cancellation nor
 * builds per-row strings beyond the cells. Bad rows → rowErrors with their 1-based data row number.
 */
export async function readCsv(file: InputFile, options: ReadOptions, pacer: Pacer): Promise<ParsedLayer> {
  let decoded: { text: string; encoding: string };
  try {
    decoded = decodeTextFile(file.bytes, options.encoding);
  } catch (error) {
    throw new ReadError(file.name, error instanceof Error ? error.message : String(error));
  }
  const { text, encoding } = decoded;
  if (!text.trim()) throw new ReadError(file.name, 'is empty');
  const sniff = Papa.parse<string[]>(text.slice(0, 65536), {
    preview: 50,
    delimiter: options.csv?.delimiter ?? (fileExtension(file.name) === 'tsv' ? '\t' : ''),
    delimitersToGuess: [',', '\t', ';', '|'],
  });
  const parser = new Papa.Parser({
    delimiter: sniff.meta.delimiter,
    newline: sniff.meta.linebreak as Papa.ParseConfig['newline'],
  });
  const state: CsvState = {
    header: null,
    columns: null,
    row: 0,
    features: [],
    rowErrors: [],
    droppedErrors: 0,
    srid: null,
  };
  const warnings: string[] = [];

  let partial = '';
  let base = 0;
  for (let pos = 0; pos < text.length || partial;) {
    const end = Math.min(text.length, pos + CHUNK);
    const finished = end >= text.length;
    const aggregate = partial + text.slice(pos, end);
    const result = parser.parse(aggregate, base, !finished) as Papa.ParseResult<string[]>;
    partial = finished ? '' : aggregate.slice(result.meta.cursor - base);
    base = result.meta.cursor;
    pos = end;
    // papaparse numbers rows within the chunk, from 0, the header included in the first chunk.
    const before = state.row - (state.header ? 0 : 1);
    for (const e of result.errors)
      if (warnings.length < 20) warnings.push(`row ${before + (e.row ?? 0) + 1}: ${e.message.toLowerCase()}`);
    for (const cells of result.data) addRow(cells, state, options, file.name);
    if (!finished) await pacer.pause(pos / text.length);
  }
  if (!state.header) throw new ReadError(file.name, 'has no header row');
  if (state.droppedErrors)
    warnings.push(`${state.droppedErrors} more rows could not be read (only the first ${MAX_ROW_ERRORS} are listed)`);
  const swapped = swapSurveyingAxes(state, options);
  if (swapped) warnings.push(swapped);
  return finishLayer({
    name: fileStem(file.name),
    format: 'csv',
    files: [file.name],
    features: state.features,
    declaredCrs: declaredCrs(state.srid),
    encoding,
    rowErrors: state.rowErrors,
    warnings,
  });
}

function addRow(cells: string[], state: CsvState, options: ReadOptions, fileName: string): void {
  if (!state.header) {
    state.header = uniqueHeaders(cells);
    const columns = chooseGeometryColumns(state.header, options.csv);
    if (typeof columns === 'string') throw new ReadError(fileName, columns);
    state.columns = columns;
    return;
  }
  state.row++;
  if (cells.length === 1 && cells[0].trim() === '') return; // blank line
  const header = state.header;
  const columns = state.columns!;
  const skip = columns.kind === 'wkt' ? columns.wkt : -1;
  const properties: Record<string, AttributeValue> = {};
  for (let i = 0; i < header.length; i++) if (i !== skip) properties[header[i]] = cellValue(cells[i]);
  if (columns.kind === 'point') {
    const lon = coordinate(cells[columns.lon], 'longitude', header[columns.lon]);
    const lat = coordinate(cells[columns.lat], 'latitude', header[columns.lat]);
    if (typeof lon === 'string') return rowError(state, lon);
    if (typeof lat === 'string') return rowError(state, lat);
    state.features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties });
  } else addWktRow(cells[columns.wkt], header[columns.wkt], properties, state);
}

function addWktRow(
  cell: string | undefined,
  column: string,
  properties: Record<string, AttributeValue>,
  state: CsvState,
): void {
  const wkt = (cell ?? '').trim();
  if (!wkt) return rowError(state, `WKT is empty (column "${column}")`);
  try {
    const { geometry, srid } = parseWkt(wkt);
    if (srid !== null) state.srid ??= srid;
    if (!geometry) return rowError(state, `geometry in column "${column}" is EMPTY`);
    const checked = checkGeometry(geometry);
    if (!checked.ok) return rowError(state, `geometry in column "${column}" is not usable: ${checked.reason}`);
    for (const g of checked.geometries)
      state.features.push({
        type: 'Feature',
        geometry: g,
        properties: checked.geometries.length > 1 ? { ...properties } : properties,
      });
  } catch (error) {
    if (!(error instanceof WktError)) throw error;
    rowError(state, `WKT in column "${column}" is not readable: ${error.message}`);
  }
}

function rowError(state: CsvState, message: string): void {
  if (state.rowErrors.length < MAX_ROW_ERRORS)
    state.rowErrors.push({ row: state.row, message: `row ${state.row}: ${message}` });
  else state.droppedErrors++;
}

function coordinate(raw: string | undefined, role: string, column: string): number | string {
  if (raw === undefined || raw.trim() === '') return `${role} is empty (column "${column}")`;
  const v = parseCoordinate(raw);
  return v === null || !Number.isFinite(v) ? `${role} '${raw}' is not a number (column "${column}")` : v;
}

/** Header names made usable as keys: blanks named `column_N`, repeats suffixed `_2`, `_3`. */
function uniqueHeaders(cells: string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((c, i) => {
    const name = c.replace(/^\uFEFF/, '').trim() || `column_${i + 1}`;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name}_${n}`;
  });
}

/**
 * Chinese surveying writes X for the northing and Y for the easting; when guessed x/y columns hold
 * exactly that (x ≈ 4.5e6, y ≈ 4.15e7), swap them and say so.
 */
function swapSurveyingAxes(state: CsvState, options: ReadOptions): string | null {
  const columns = state.columns;
  if (!columns || columns.kind !== 'point' || !columns.guessed || options.csv?.lon) return null;
  const bbox = bboxOf(state.features);
  if (!bbox || !(bbox[0] >= 1e6 && bbox[2] < 1e7 && bbox[1] >= 1e7 && bbox[3] < 4.6e7)) return null;
  for (const f of state.features) {
    const c = (f.geometry as { coordinates: number[] }).coordinates;
    [c[0], c[1]] = [c[1], c[0]];
  }
  const [lon, lat] = [state.header![columns.lon], state.header![columns.lat]];
  return `columns "${lon}" and "${lat}" hold northings and zone-prefixed eastings (surveying order, X = north): swapped`;
}

function declaredCrs(srid: number | null): CrsDetection {
  if (srid === null)
    return { crs: null, evidence: { zh: 'CSV 文件未说明坐标系', en: 'CSV states no coordinate system' } };
  const crs = crsFromEpsgCode(srid);
  return crs
    ? { crs, evidence: { zh: `EWKT 中的 SRID=${srid}`, en: `EWKT SRID=${srid}` } }
    : {
        crs: null,
        evidence: {
          zh: `EWKT 中的 SRID=${srid} 不是本图集能转换的坐标系`,
          en: `EWKT SRID=${srid} is not a coordinate system this atlas can convert`,
        },
      };
}
