import Papa from 'papaparse';
import type { Bilingual } from '../data/schemas/geojson';
import { cellValue } from '../io/formats/csv-columns';
import { decodeTextFile } from '../io/formats/decode-text';
import { ReadError, type AttributeValue, type InputFile } from '../io/formats/types';
import { isOleCompoundFile, readXlsx, XLS_REFUSED } from '../io/formats/xlsx';
import { looksLikeZip } from '../io/formats/zip';
import { splitPastedText } from './pasted-table';
import { tableToVillageList, type SourceRow, type SourceTable } from './village-list-rows';
import { VillageListError, type ReadVillageListOptions, type VillageList } from './village-list-types';

/**
 * Reads a village list file: CSV/TSV (UTF-8 or GBK), Excel .xlsx (first or chosen sheet), GeoJSON
 * (properties as columns, Point geometry as the position) or a .txt of text copied from Word/PDF.
 * Old .xls workbooks are refused with advice to save as .xlsx or CSV. Throws VillageListError
 * (bilingual) when the file cannot be read as a list at all; row-level problems go to rowErrors.
 */
export function readVillageListFile(file: InputFile, options: ReadVillageListOptions = {}): VillageList {
  if (!file || typeof file.name !== 'string' || !(file.bytes instanceof Uint8Array))
    throw new TypeError('readVillageListFile: expected { name: string, bytes: Uint8Array }');
  const ext = /\.([^./\\]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  if (isOleCompoundFile(file.bytes) || ext === 'xls') throw new VillageListError(file.name, XLS_REFUSED);
  if (!file.bytes.length) throw new VillageListError(file.name, { zh: '文件是空的', en: 'the file is empty' });
  if (ext === 'xlsx' || looksLikeZip(file.bytes)) return tableToVillageList(readXlsxTable(file, options), options);
  const { text, encoding } = decode(file, options.encoding);
  if (ext === 'geojson' || ext === 'json' || /^\s*[{[]/.test(text))
    return tableToVillageList(readGeoJsonTable(file.name, text), options);
  if (ext === 'txt') return tableToVillageList({ ...pastedTable(text, file.name), encoding }, options);
  return tableToVillageList(readCsvTable(file.name, text, encoding, ext), options);
}

/**
 * Reads text pasted from a Word table (tab-separated), a PDF (columns separated by runs of
 * spaces) or a plain list (one name per line); a header line is optional. Row numbers are lines.
 */
export function readPastedVillageList(text: string, options: ReadVillageListOptions = {}): VillageList {
  if (typeof text !== 'string') throw new TypeError('readPastedVillageList: text must be a string');
  if (!text.trim()) throw new VillageListError('pasted text', { zh: '没有粘贴任何内容', en: 'nothing was pasted' });
  return tableToVillageList(pastedTable(text, 'pasted text'), options);
}

function decode(file: InputFile, encoding?: string): { text: string; encoding: string } {
  try {
    return decodeTextFile(file.bytes, encoding);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new VillageListError(file.name, { zh: `无法解码：${message}`, en: `cannot be decoded: ${message}` });
  }
}

function pastedTable(text: string, name: string): SourceTable {
  const { lines, delimiter } = splitPastedText(text);
  return {
    format: 'text',
    file: name,
    rows: lines.map((l) => ({ row: l.line, cells: l.cells.map((c) => (c === '' ? null : c)) })),
    ragged: delimiter === 'spaces' || delimiter === 'space',
    warnings: [],
  };
}

function readCsvTable(name: string, text: string, encoding: string, ext: string): SourceTable {
  const parsed = Papa.parse<string[]>(text, {
    delimiter: ext === 'tsv' ? '\t' : '',
    delimitersToGuess: [',', '\t', ';', '|'],
    skipEmptyLines: false,
  });
  const warnings: Bilingual[] = parsed.errors
    .filter((e) => e.code !== 'UndetectableDelimiter')
    .slice(0, 20)
    .map((e) => ({
      zh: `第${(e.row ?? 0) + 1}行：${e.message}`,
      en: `row ${(e.row ?? 0) + 1}: ${e.message.toLowerCase()}`,
    }));
  // Records are numbered as a spreadsheet opening the CSV numbers its rows (header = 1).
  const rows = parsed.data.map((cells, i) => ({ row: i + 1, cells: cells.map((c) => csvCell(c)) }));
  return { format: 'csv', file: name, rows, encoding, warnings };
}

/** Long digit runs (codes) and `2.10283E+11` stay text, so no digit is lost or invented. */
function csvCell(text: string): AttributeValue {
  const t = text.trim();
  return /^\d{9,}$/.test(t) || /e\+/i.test(t) ? t : cellValue(t);
}

function readXlsxTable(file: InputFile, options: ReadVillageListOptions): SourceTable {
  try {
    const table = readXlsx(file, { sheet: options.sheet });
    const rows: SourceRow[] = table.rows.map((cells, i) => ({ row: i + 1, cells }));
    return { format: 'xlsx', file: file.name, rows, sheet_names: table.sheetNames, sheet: table.sheet, warnings: [] };
  } catch (error) {
    if (!(error instanceof ReadError)) throw error;
    const en = error.message.slice(file.name.length + 2);
    throw new VillageListError(file.name, { zh: `无法读取工作簿：${en}`, en });
  }
}

function readGeoJsonTable(name: string, text: string): SourceTable {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    const m = error instanceof Error ? error.message : String(error);
    throw new VillageListError(name, { zh: `不是有效的 JSON：${m}`, en: `is not valid JSON: ${m}` });
  }
  const features = Array.isArray(root) ? root : (root as { features?: unknown } | null)?.features;
  if (!Array.isArray(features))
    throw new VillageListError(name, {
      zh: '不是 GeoJSON 要素集合（FeatureCollection）',
      en: 'is not a GeoJSON FeatureCollection',
    });
  const columns: string[] = [];
  const seen = new Set<string>();
  const props = features.map((f) => {
    const p = (f as { properties?: unknown } | null)?.properties;
    const record = p && typeof p === 'object' ? (p as Record<string, unknown>) : {};
    for (const k of Object.keys(record))
      if (!seen.has(k)) {
        seen.add(k);
        columns.push(k);
      }
    return record;
  });
  let otherGeometry = 0;
  const rows = features.map((f, i): SourceRow => {
    const geometry = (f as { geometry?: { type?: unknown; coordinates?: unknown } } | null)?.geometry;
    const c = geometry?.type === 'Point' ? (geometry.coordinates as unknown[]) : null;
    if (geometry && !c) otherGeometry++;
    const ok =
      c && typeof c[0] === 'number' && typeof c[1] === 'number' && Math.abs(c[0]) <= 180 && Math.abs(c[1]) <= 90;
    return {
      row: i + 1,
      cells: columns.map((k) => attribute(props[i][k])),
      position: ok ? [Math.round((c[0] as number) * 1e6) / 1e6, Math.round((c[1] as number) * 1e6) / 1e6] : null,
    };
  });
  const warnings: Bilingual[] = otherGeometry
    ? [
        {
          zh: `${otherGeometry}个要素的几何不是点，未作为位置使用`,
          en: `${otherGeometry} features have a geometry other than a point; not used as positions`,
        },
      ]
    : [];
  return { format: 'geojson', file: name, rows, columns, warnings };
}

function attribute(v: unknown): AttributeValue {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  // A list of projects written as a JSON array reads like the spreadsheet cell `蓝莓、光伏`.
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) return v.join('、');
  return JSON.stringify(v);
}
