import { strToU8, zipSync } from 'fflate';
import { propertyText } from './property-values';
import { csvText } from './to-csv';

/** One table of a JSON dataset, as CSV columns and text cells. */
export interface JsonTable {
  /** File stem: the top-level key (`villages`), or a derived table's name (`industry_places`). */
  name: string;
  columns: string[];
  rows: string[][];
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * One record as dotted columns: nested objects flatten (`label.zh`, `citation.file`); arrays stay
 * whole as JSON text (a list in one cell), so no record becomes several rows.
 */
export function flattenRecord(
  value: unknown,
  prefix = '',
  out: Map<string, unknown> = new Map(),
): Map<string, unknown> {
  if (isPlainObject(value)) {
    for (const [k, v] of Object.entries(value)) flattenRecord(v, prefix ? `${prefix}.${k}` : k, out);
    if (!prefix && Object.keys(value).length === 0) out.set('value', '');
  } else out.set(prefix || 'value', value);
  return out;
}

/** Records as a table: columns in order of first appearance, missing values empty. */
export function recordsToTable(name: string, records: readonly unknown[]): JsonTable {
  const flat = records.map((r) => flattenRecord(r));
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const m of flat)
    for (const k of m.keys())
      if (!seen.has(k)) {
        seen.add(k);
        columns.push(k);
      }
  return { name, columns, rows: flat.map((m) => columns.map((c) => propertyText(m.get(c)))) };
}

/** Plan only: every place the plan names for an industry, one row each (the matrix as a long table). */
function industryPlaces(plan: Record<string, unknown>): JsonTable | null {
  const industries = plan.industries;
  if (!Array.isArray(industries)) return null;
  const rows: Record<string, unknown>[] = [];
  for (const i of industries as Record<string, unknown>[])
    for (const g of (i.groups as Record<string, unknown>[] | undefined) ?? [])
      for (const p of (g.places as Record<string, unknown>[] | undefined) ?? [])
        rows.push({
          industry_id: i.id,
          industry: i.name,
          group_id: g.id,
          group: g.label,
          level: p.level,
          code: p.code,
          as_written: p.as_written,
          citation: g.citation,
        });
  return recordsToTable('industry_places', rows);
}

/**
 * A JSON dataset as tables: one per top-level list (`villages`, `figures` …), one single-row table
 * per top-level object (`document`), top-level scalars in a `dataset` table; for the plan also
 * `industry_places`, the places it names for each industry as one long table.
 */
export function jsonDatasetTables(datasetId: string, value: unknown): JsonTable[] {
  if (!isPlainObject(value)) throw new TypeError(`${datasetId}: expected a JSON object at the top level`);
  const tables: JsonTable[] = [];
  const scalars: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (Array.isArray(v)) tables.push(recordsToTable(key, v));
    else if (isPlainObject(v)) tables.push(recordsToTable(key, [v]));
    else scalars[key] = v;
  }
  if (Object.keys(scalars).length) tables.unshift(recordsToTable('dataset', [scalars]));
  if (datasetId === 'plan') {
    const extra = industryPlaces(value);
    if (extra) tables.push(extra);
  }
  return tables;
}

/** A table as CSV text: UTF-8 with a BOM (Excel reads Chinese), CRLF, RFC 4180 quoting. */
export function tableToCsv(t: JsonTable): string {
  return csvText(t.columns, t.rows);
}

/**
 * The tables of a JSON dataset in one zip: `<stem>/<table>.csv` and a README saying where they come
 * from and how nesting was written. `date` (YYYY-MM-DD) fixes the entries' time, so the bytes repeat.
 */
export function jsonTablesZip(stem: string, tables: readonly JsonTable[], readme: string, date: string): Uint8Array {
  const [y, m, d] = date.split('-').map(Number);
  const mtime = new Date(y, m - 1, d);
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {
    [`${stem}/README.txt`]: [strToU8(readme), { mtime }],
  };
  for (const t of tables) files[`${stem}/${t.name}.csv`] = [strToU8(tableToCsv(t)), { mtime }];
  return zipSync(files, { level: 9 });
}

/** The README of a tables zip: the dataset, its file, and how the tables were made. */
export function jsonTablesReadme(
  title: { zh: string; en: string },
  path: string,
  tables: readonly JsonTable[],
): string {
  return [
    `${title.zh} · ${title.en}`,
    '',
    `从 data/${path} 转出的表格（UTF-8，带 BOM，Excel 可直接打开）。`,
    `Tables converted from data/${path} (UTF-8 with a BOM, so Excel reads the Chinese).`,
    '',
    '嵌套对象展开为带点的列名（如 label.zh、citation.file）；列表整体写成一个单元格中的 JSON 文本。空值与空字符串都写成空白。',
    'Nested objects become dotted columns (label.zh, citation.file); lists stay whole as JSON text in one cell. Null and empty text are both written as blank.',
    '字段含义见数据目录中该数据集的字段说明。 Field meanings: see the dataset\u2019s field dictionary in the data catalogue.',
    '',
    ...tables.map((t) => `${t.name}.csv — ${t.rows.length} rows, ${t.columns.length} columns`),
    '',
  ].join('\r\n');
}
