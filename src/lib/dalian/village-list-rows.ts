import type { Bilingual } from '../data/schemas/geojson';
import type { AttributeValue } from '../io/formats/types';
import {
  guessColumnsFromContent,
  guessColumnsFromHeader,
  type ColumnMapping,
  type ColumnRole,
  locateHeader,
} from './village-list-columns';
import {
  VillageListError,
  type ReadVillageListOptions,
  type VillageList,
  type VillageListFormat,
  type VillageListRow,
  type VillageListRowError,
} from './village-list-types';
import { cellText, parseCode, parseProjects, parsePosition, parseYear, parseYuan } from './village-list-values';

/** A row as a format reader gives it: cells in column order, the row number the user sees. */
export interface SourceRow {
  row: number;
  cells: AttributeValue[];
  /** From the file's geometry (GeoJSON); null when it has none. */
  position?: [number, number] | null;
  /** Column indexes whose value was carried down from the row above (merged cells). */
  filled?: number[];
}

/** A table read from a file, before roles are assigned. */
export interface SourceTable {
  format: VillageListFormat;
  file: string;
  rows: SourceRow[];
  /** Column names the format carries itself (GeoJSON properties); otherwise a header row is looked for. */
  columns?: string[];
  /** PDF text loses empty cells: short rows are aligned on the town/county columns that were merged. */
  ragged?: boolean;
  encoding?: string;
  sheet_names?: string[];
  sheet?: string;
  warnings: Bilingual[];
}

/** Rows that sum up rather than list a village. */
const TOTAL_ROW = /^(合计|总计|小计|共计|total)/i;

/** Header cells made usable as keys: blanks named `column_N`, repeats suffixed `_2`, `_3`. */
function uniqueColumns(cells: readonly AttributeValue[], width: number): string[] {
  const seen = new Map<string, number>();
  return Array.from({ length: width }, (_, i) => {
    const name = cellText(cells[i]) ?? `column_${i + 1}`;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name}_${n}`;
  });
}

/**
 * Turns a table into village rows: finds the header (or works without one), maps columns to roles
 * (given, or guessed from headers and then contents), drops title, blank, repeated-header and total
 * rows, fills merged town/county cells down, and reads each field. Throws VillageListError when no
 * village-name column can be found or a chosen column does not exist.
 */
export function tableToVillageList(table: SourceTable, options: ReadVillageListOptions): VillageList {
  const warnings = [...table.warnings];
  const rowErrors: VillageListRowError[] = [];
  const nonEmpty = table.rows.filter((r) => r.cells.some((c) => cellText(c) !== null));
  const headerIndex = table.columns
    ? null
    : locateHeader(
        nonEmpty.map((r) => r.cells),
        options,
      );
  const width = Math.max(table.columns?.length ?? 0, ...nonEmpty.map((r) => r.cells.length));
  const columns = table.columns ?? uniqueColumns(headerIndex === null ? [] : nonEmpty[headerIndex].cells, width);
  const headerKey = headerIndex === null ? null : nonEmpty[headerIndex].cells.map(cellText).join('\u0001');
  let repeatedHeaders = 0;
  const data = nonEmpty.slice(headerIndex === null ? 0 : headerIndex + 1).filter((r) => {
    // PDFs and long Word tables repeat the header on every page.
    const repeat = headerKey !== null && r.cells.map(cellText).join('\u0001') === headerKey;
    if (repeat) repeatedHeaders++;
    // Total rows (`合计  3个村`) sum up rather than list a village.
    const first = r.cells.map(cellText).find((c) => c !== null) ?? '';
    return !repeat && !TOTAL_ROW.test(first);
  });
  if (repeatedHeaders)
    warnings.push({
      zh: `表头在正文中重复出现${repeatedHeaders}次（分页），已跳过`,
      en: `the header repeats ${repeatedHeaders === 1 ? 'once' : `${repeatedHeaders} times`} in the body (page breaks); skipped`,
    });
  const mapping = chooseMapping(table, columns, data, headerIndex !== null, options, warnings);
  const at = (role: ColumnRole) => (mapping[role] ? columns.indexOf(mapping[role]) : -1);
  if (table.ragged) alignRaggedRows(data, columns.length, at, headerIndex !== null);
  fillDown(data, [at('county'), at('town')], at('name'), warnings);
  const rows: VillageListRow[] = [];
  for (const r of data) {
    const name = cellText(r.cells[at('name')]);
    if (!name) {
      rowErrors.push({ row: r.row, message: { zh: '没有村名，已跳过', en: 'no village name; row skipped' } });
      continue;
    }
    rows.push(readRow(r, name, columns, mapping, at, rowErrors));
  }
  return {
    format: table.format,
    file: table.file,
    columns,
    rows,
    mapping,
    guessed: !options.mapping,
    header_row: headerIndex === null ? null : nonEmpty[headerIndex].row,
    ...(table.encoding ? { encoding: table.encoding } : {}),
    ...(table.sheet_names ? { sheet_names: table.sheet_names, sheet: table.sheet } : {}),
    warnings,
    rowErrors,
  };
}

function chooseMapping(
  table: SourceTable,
  columns: string[],
  data: SourceRow[],
  hasHeader: boolean,
  options: ReadVillageListOptions,
  warnings: Bilingual[],
): ColumnMapping {
  const listed = columns.map((c) => `“${c}”`).join('、');
  if (options.mapping) {
    for (const [role, column] of Object.entries(options.mapping))
      if (column && !columns.includes(column))
        throw new VillageListError(table.file, {
          zh: `没有“${column}”列（用作${role}）；现有列：${listed}`,
          en: `there is no column "${column}" (chosen for ${role}); the columns are ${listed}`,
        });
    if (!options.mapping.name)
      throw new VillageListError(table.file, { zh: '请指定村名列', en: 'choose the village-name column' });
    return { ...options.mapping };
  }
  const fromHeader = hasHeader || table.columns ? guessColumnsFromHeader(columns) : {};
  const mapping = guessColumnsFromContent(
    columns,
    data.map((r) => r.cells),
    fromHeader,
  );
  if (!mapping.name)
    throw new VillageListError(table.file, {
      zh: `找不到村名列（如“村名”“行政村”“名称”）；现有列：${listed}。请指定村名列`,
      en: `no village-name column found (such as 村名, 行政村, 名称); the columns are ${listed}. Choose the village-name column`,
    });
  const byContent = (Object.keys(mapping) as ColumnRole[]).filter((role) => mapping[role] !== fromHeader[role]);
  if (byContent.length)
    warnings.push({
      zh: `按内容判断的列：${byContent.map((r) => `${r} =“${mapping[r]}”`).join('，')}`,
      en: `columns guessed from their contents: ${byContent.map((r) => `${r} = "${mapping[r]}"`).join(', ')}`,
    });
  return mapping;
}

/**
 * Text copied from a PDF loses empty (merged) cells, so a row under a merged town cell is short.
 * When the missing cells can only be leading town/county columns (after a serial-number column),
 * put the cells back in their columns; other short rows are padded at the end.
 */
function alignRaggedRows(data: SourceRow[], width: number, at: (role: ColumnRole) => number, header: boolean): void {
  if (!header) return;
  const fillable = new Set([at('town'), at('county')].filter((i) => i >= 0));
  const serial = [...fillable].every((i) => i > 0) ? 1 : 0;
  for (const r of data) {
    const missing = width - r.cells.length;
    if (missing <= 0) continue;
    const start = serial && /^\d+$/.test(cellText(r.cells[0]) ?? '') ? 1 : 0;
    const gap = Array.from({ length: missing }, (_, k) => start + k);
    if (gap.every((i) => fillable.has(i))) r.cells.splice(start, 0, ...gap.map(() => null));
  }
}

/** Merged town/county cells leave the rows below them empty: carry the value down, and say so. */
function fillDown(data: SourceRow[], indexes: number[], nameIndex: number, warnings: Bilingual[]): void {
  for (const i of indexes) {
    if (i < 0 || !data.some((r) => cellText(r.cells[i]) !== null)) continue;
    let last: AttributeValue = null;
    let filled = 0;
    for (const r of data) {
      if (cellText(r.cells[i]) !== null) last = r.cells[i];
      else if (last !== null && cellText(r.cells[nameIndex]) !== null) {
        while (r.cells.length <= i) r.cells.push(null);
        r.cells[i] = last;
        (r.filled ??= []).push(i);
        filled++;
      }
    }
    if (filled)
      warnings.push({
        zh: `${filled}行的${i === indexes[0] ? '县（市、区）' : '乡镇'}为空（合并单元格），已沿用上一行`,
        en: `${filled} row${filled === 1 ? '' : 's'} had an empty ${i === indexes[0] ? 'county' : 'town'} cell (merged cells); the value above was used`,
      });
  }
}

function readRow(
  r: SourceRow,
  name: string,
  columns: string[],
  mapping: ColumnMapping,
  at: (role: ColumnRole) => number,
  rowErrors: VillageListRowError[],
): VillageListRow {
  const cell = (role: ColumnRole) => (at(role) >= 0 ? r.cells[at(role)] : null);
  const take = <T>(parsed: { value: T } | { problem: Bilingual }, fallback: T): T => {
    if ('problem' in parsed) {
      rowErrors.push({ row: r.row, message: parsed.problem });
      return fallback;
    }
    return parsed.value;
  };
  const label = (role: ColumnRole) => mapping[role] ?? role;
  const code = take(parseCode(cell('code'), label('code')), null);
  let position = r.position ?? null;
  if (!position && (mapping.lon || mapping.lat)) {
    const p = parsePosition(cell('lon'), cell('lat'));
    if (p.problem) rowErrors.push({ row: r.row, message: p.problem });
    position = p.value;
  }
  const cells: Record<string, AttributeValue> = {};
  columns.forEach((c, i) => (cells[c] = r.cells[i] ?? null));
  const row: VillageListRow = {
    row: r.row,
    name,
    position,
    income_per_capita_yuan: take(parseYuan(cell('income'), label('income'), /万元/.test(label('income'))), null),
    designated_year: take(parseYear(cell('designated_year'), label('designated_year')), null),
    exit_year: take(parseYear(cell('exit_year'), label('exit_year')), null),
    aid_unit: cellText(cell('aid_unit')),
    projects: parseProjects(cell('projects')),
    linkage_model: cellText(cell('linkage_model')),
    note: cellText(cell('note')),
    cells,
  };
  if (row.exit_year !== null && row.designated_year !== null && row.exit_year < row.designated_year)
    rowErrors.push({
      row: r.row,
      message: {
        zh: `退出年份${row.exit_year}早于认定年份${row.designated_year}，请核对`,
        en: `exit year ${row.exit_year} is before the designation year ${row.designated_year}; check it`,
      },
    });
  const town = cellText(cell('town'));
  const county = cellText(cell('county'));
  if (town) row.town = town;
  if (county) row.county = county;
  if (code) row.code = code;
  if (r.filled?.some((i) => i === at('town') || i === at('county'))) row.scope_inferred = true;
  return row;
}
