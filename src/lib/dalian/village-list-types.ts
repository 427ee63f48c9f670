import type { Bilingual } from '../data/schemas/geojson';
import type { AttributeValue } from '../io/formats/types';
import type { VillageRowInput } from './match-types';
import type { ColumnMapping } from './village-list-columns';

/** Where the list came from. */
export type VillageListFormat = 'csv' | 'xlsx' | 'geojson' | 'text';

/** One data row of a loaded list: what the matcher needs, the outcome fields, and the raw cells. */
export interface VillageListRow extends VillageRowInput {
  /** WGS84 [lon, lat] from a Point geometry or lon/lat columns; null when none. */
  position: [number, number] | null;
  income_per_capita_yuan: number | null;
  designated_year: number | null;
  exit_year: number | null;
  aid_unit: string | null;
  projects: string[] | null;
  linkage_model: string | null;
  note: string | null;
  /** The row's cells by column name, as read (text is never interpreted as markup). */
  cells: Record<string, AttributeValue>;
}

/** A problem with one row; the row is dropped (no name) or a field left null (bad value). */
export interface VillageListRowError {
  /** The row as the user sees it: spreadsheet row, CSV record, text line, GeoJSON feature number. */
  row: number;
  message: Bilingual;
}

export interface VillageList {
  format: VillageListFormat;
  /** File name, or `pasted text`. */
  file: string;
  columns: string[];
  rows: VillageListRow[];
  /** The column used for each role, as guessed or as chosen. */
  mapping: ColumnMapping;
  /** True when `mapping` was guessed rather than given in the options. */
  guessed: boolean;
  /** Row number of the header, null when the list has none. */
  header_row: number | null;
  /** Text encoding used (CSV, text files). */
  encoding?: string;
  /** Workbook sheets, and the one read (XLSX). */
  sheet_names?: string[];
  sheet?: string;
  warnings: Bilingual[];
  rowErrors: VillageListRowError[];
}

export interface ReadVillageListOptions {
  /** XLSX: sheet name or 0-based index (default: the first sheet). */
  sheet?: string | number;
  /** Columns to use instead of guessing; each must exist. */
  mapping?: ColumnMapping;
  /** Force a text encoding (CSV / text), e.g. `gbk`. */
  encoding?: string;
  /** Whether the first rows include a header: true = the first non-empty row, false = none; default guessed. */
  header?: boolean;
}

/** A list that cannot be read at all, with a message for the user in both languages. */
export class VillageListError extends Error {
  constructor(
    readonly file: string,
    readonly text: Bilingual,
  ) {
    super(`${file}: ${text.en}`);
    this.name = 'VillageListError';
  }
}
