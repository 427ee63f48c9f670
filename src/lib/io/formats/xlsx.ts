import { unzipSync } from 'fflate';
import type { Document, Element } from '@xmldom/xmldom';
import { decodeXml, parseXml } from './xml';
import { looksLikeZip } from './zip';
import { ReadError, type AttributeValue, type InputFile } from './types';

/**
 * A small reader for Excel .xlsx (Office Open XML) tables: cell values of one sheet, no styles,
 * formulas (their cached values are read) or dates (date cells come out as Excel serial numbers).
 * Enough for lists users keep in Excel or WPS; runs in a worker (fflate + xmldom, no DOM).
 */

/** One sheet's cells, row-major; `rows[r][c]` is row r+1, column c+1 as Excel numbers them. */
export interface XlsxTable {
  /** All sheet names in workbook order. */
  sheetNames: string[];
  /** The sheet that was read. */
  sheet: string;
  /** Dense rows; empty cells and rows are null / []; trailing empty cells trimmed. */
  rows: AttributeValue[][];
}

export interface XlsxOptions {
  /** Sheet name or 0-based index; default the first sheet. */
  sheet?: string | number;
  /**
   * Copy a vertically merged cell's value into every row of the merge (default true): lists merge
   * the town cell over its villages. Horizontal merges (titles) are left alone.
   */
  fillVerticalMerges?: boolean;
}

/** Workbooks that expand past this are refused rather than exhausting the tab's memory. */
const MAX_XML_BYTES = 300_000_000;

/** True for an OLE2 compound file: Excel 97–2003 .xls, or any password-protected Office file. */
export function isOleCompoundFile(bytes: Uint8Array): boolean {
  const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= 8 && magic.every((b, i) => bytes[i] === b);
}

/** The plain-language refusal of old .xls workbooks, for readers to show. */
export const XLS_REFUSED = {
  zh: '这是旧版 Excel 97–2003 工作簿（.xls）或加密的工作簿，无法读取：请用 Excel 或 WPS 打开，另存为 .xlsx（不设密码）或 CSV（UTF-8）后再载入。',
  en: 'is an Excel 97–2003 workbook (.xls) or a password-protected workbook, which cannot be read: open it in Excel or WPS and save it as .xlsx (without a password) or as CSV (UTF-8), then load that.',
};

/**
 * Reads one sheet of an .xlsx file: shared strings, inline strings, numbers, booleans, formula
 * results, errors (as their text, e.g. `#N/A`). Throws ReadError for .xls / encrypted files (with
 * XLS_REFUSED's advice), non-zip files, a missing sheet, or broken XML.
 */
export function readXlsx(file: InputFile, options: XlsxOptions = {}): XlsxTable {
  if (isOleCompoundFile(file.bytes)) throw new ReadError(file.name, XLS_REFUSED.en);
  if (!looksLikeZip(file.bytes))
    throw new ReadError(file.name, 'is not an .xlsx workbook (it is not a zip archive); save it from Excel as .xlsx');
  const parts = unzipParts(file);
  const xml = (path: string): Document | null => {
    const bytes = parts[path];
    return bytes ? parseXml(decodeXml(bytes).text, `${file.name}: ${path}`) : null;
  };
  const workbookPath = officeDocumentPath(xml('_rels/.rels'));
  const workbook = xml(workbookPath);
  if (!workbook) throw new ReadError(file.name, `is not an .xlsx workbook: ${workbookPath} is missing`);
  const rels = relationships(xml(relsPathOf(workbookPath)), workbookPath);
  const sheets = elements(workbook, 'sheet').map((el) => ({
    name: el.getAttribute('name') ?? '',
    path: rels.get(relId(el)) ?? '',
  }));
  if (!sheets.length) throw new ReadError(file.name, 'has no worksheets');
  const wanted = options.sheet ?? 0;
  const chosen = typeof wanted === 'number' ? sheets[wanted] : sheets.find((s) => s.name === wanted);
  const names = sheets.map((s) => `"${s.name}"`).join(', ');
  if (!chosen) throw new ReadError(file.name, `has no sheet ${JSON.stringify(wanted)}; its sheets are ${names}`);
  const sheet = xml(chosen.path);
  if (!sheet) throw new ReadError(file.name, `sheet "${chosen.name}" (${chosen.path}) is missing from the workbook`);
  const shared = sharedStrings(xml(sharedStringsPath(rels)));
  const rows = sheetRows(sheet, shared, file.name);
  if (options.fillVerticalMerges !== false) fillMerges(sheet, rows);
  return { sheetNames: sheets.map((s) => s.name), sheet: chosen.name, rows };
}

function unzipParts(file: InputFile): Record<string, Uint8Array> {
  let total = 0;
  try {
    return unzipSync(file.bytes, {
      filter: (info) => {
        const wanted = /\.(xml|rels)$/i.test(info.name) && !/^xl\/(media|drawings|printerSettings)\//.test(info.name);
        if (wanted && (total += info.originalSize) > MAX_XML_BYTES)
          throw new ReadError(file.name, `expands to more than ${MAX_XML_BYTES / 1e6} MB of XML`);
        return wanted;
      },
    });
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError(file.name, `is not a readable .xlsx workbook (${(error as Error).message}); it may be damaged`);
  }
}

/** Elements by local name, whatever the namespace prefix (`x:row` from .NET writers, `row`). */
function elements(root: Document | Element, local: string): Element[] {
  return Array.from(root.getElementsByTagNameNS('*', local));
}

function children(el: Element, local: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling)
    if (n.nodeType === 1 && (n as Element).localName === local) out.push(n as Element);
  return out;
}

function relId(el: Element): string {
  // r:id is in the relationships namespace; match it by local name to tolerate other prefixes.
  for (const a of Array.from(el.attributes)) if (a.localName === 'id') return a.value;
  return '';
}

function officeDocumentPath(rels: Document | null): string {
  const rel = rels && elements(rels, 'Relationship').find((r) => /officeDocument$/.test(r.getAttribute('Type') ?? ''));
  return rel ? resolvePath('', rel.getAttribute('Target') ?? '') : 'xl/workbook.xml';
}

function relsPathOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return `${path.slice(0, slash + 1)}_rels/${path.slice(slash + 1)}.rels`;
}

/** Relationship targets by id, resolved against the part that owns them. */
function relationships(rels: Document | null, owner: string): Map<string, string> {
  const base = owner.slice(0, owner.lastIndexOf('/') + 1);
  const map = new Map<string, string>();
  for (const r of rels ? elements(rels, 'Relationship') : [])
    map.set(r.getAttribute('Id') ?? '', resolvePath(base, r.getAttribute('Target') ?? ''));
  return map;
}

function resolvePath(base: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
  const out: string[] = [];
  for (const p of parts)
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  return out.join('/');
}

function sharedStringsPath(rels: Map<string, string>): string {
  for (const path of rels.values()) if (/sharedStrings[^/]*\.xml$/i.test(path)) return path;
  return 'xl/sharedStrings.xml';
}

/** `_x000D_` escapes in OOXML strings. */
function unescapeOoxml(text: string): string {
  return text.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Text of a string item (`<si>` / `<is>`): plain `<t>` or rich-text runs, without phonetic runs. */
function itemText(item: Element): string {
  let text = '';
  for (const t of children(item, 't')) text += t.textContent ?? '';
  for (const r of children(item, 'r')) for (const t of children(r, 't')) text += t.textContent ?? '';
  return unescapeOoxml(text);
}

function sharedStrings(doc: Document | null): string[] {
  return doc ? elements(doc, 'si').map(itemText) : [];
}

/** `C12` → 2 (0-based column); -1 when the reference is absent or odd. */
function columnIndex(ref: string | null): number {
  const m = ref ? /^([A-Z]{1,3})\d*$/i.exec(ref) : null;
  if (!m) return -1;
  let n = 0;
  for (const ch of m[1].toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function cellValue(c: Element, shared: string[]): AttributeValue {
  const type = c.getAttribute('t') ?? 'n';
  if (type === 'inlineStr') {
    const is = children(c, 'is')[0];
    return is ? itemText(is) : null;
  }
  const v = children(c, 'v')[0]?.textContent ?? '';
  if (v === '') return null;
  switch (type) {
    case 's':
      return shared[Number(v)] ?? null;
    case 'b':
      return v === '1' || v === 'true';
    case 'str':
    case 'e':
    case 'd':
      return unescapeOoxml(v);
    default: {
      const n = Number(v);
      return Number.isFinite(n) ? n : v;
    }
  }
}

function sheetRows(sheet: Document, shared: string[], fileName: string): AttributeValue[][] {
  const rows: AttributeValue[][] = [];
  let next = 0;
  for (const row of elements(sheet, 'row')) {
    const r = Number(row.getAttribute('r') ?? next + 1) - 1;
    if (!Number.isInteger(r) || r < 0 || r > 1_048_575) throw new ReadError(fileName, `has a row numbered "${r + 1}"`);
    next = r + 1;
    const cells: AttributeValue[] = [];
    let col = 0;
    for (const c of children(row, 'c')) {
      const at = columnIndex(c.getAttribute('r'));
      col = at >= 0 ? at : col;
      cells[col] = cellValue(c, shared);
      col++;
    }
    const dense = Array.from(cells, (v) => v ?? null);
    while (dense.length && dense[dense.length - 1] === null) dense.pop();
    rows[r] = dense;
  }
  return Array.from(rows, (r) => r ?? []);
}

/** Fills vertical merges (`A3:A7`) down from their top cell. */
function fillMerges(sheet: Document, rows: AttributeValue[][]): void {
  for (const m of elements(sheet, 'mergeCell')) {
    const ref = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/i.exec(m.getAttribute('ref') ?? '');
    if (!ref || ref[1].toUpperCase() !== ref[3].toUpperCase()) continue;
    const col = columnIndex(ref[1]);
    const [top, bottom] = [Number(ref[2]) - 1, Number(ref[4]) - 1];
    const value = rows[top]?.[col] ?? null;
    if (value === null) continue;
    for (let r = top + 1; r <= bottom && r < rows.length; r++) {
      const row = rows[r];
      while (row.length <= col) row.push(null);
      if (row[col] === null) row[col] = value;
    }
  }
}
