import { DBF_TEXT_BYTES, textOf, utf8Within, type DbfFieldPlan } from './dbf-fields';

const MAX_FIELDS = 255;
const MAX_RECORD_BYTES = 65535;

/** A text value cut to fit the .dbf: which field and record (0-based), and its full UTF-8 length. */
export interface DbfTruncation {
  field: string;
  record: number;
  bytes: number;
}

/**
 * A dBASE III table (.dbf) of `rows` with the planned `fields`, text in UTF-8 (say so with a .cpg:
 * dBASE III has no UTF-8 language driver, so header byte 29 stays 0). Text is left-aligned, numbers
 * right-aligned with the planned decimals, logicals T/F; null is blank (`?` for logicals). Text
 * longer than its field is cut at a character boundary and reported in `truncations`.
 */
export function writeDbf(
  fields: readonly DbfFieldPlan[],
  rows: readonly Record<string, unknown>[],
  lastUpdated: Date,
): { bytes: Uint8Array; truncations: DbfTruncation[] } {
  if (fields.length > MAX_FIELDS)
    throw new RangeError(`.dbf: ${fields.length} fields, but dBASE allows at most ${MAX_FIELDS}`);
  const headerLength = 32 + 32 * fields.length + 1;
  const recordLength = 1 + fields.reduce((n, f) => n + f.length, 0);
  if (recordLength > MAX_RECORD_BYTES)
    throw new RangeError(
      `.dbf: a record needs ${recordLength} bytes (fields ${fields.map((f) => f.name).join(', ')}), but dBASE allows at most ${MAX_RECORD_BYTES}`,
    );
  const bytes = new Uint8Array(headerLength + recordLength * rows.length + 1);
  const dv = new DataView(bytes.buffer);
  bytes[0] = 0x03; // dBASE III without memo
  bytes[1] = lastUpdated.getUTCFullYear() - 1900;
  bytes[2] = lastUpdated.getUTCMonth() + 1;
  bytes[3] = lastUpdated.getUTCDate();
  dv.setUint32(4, rows.length, true);
  dv.setUint16(8, headerLength, true);
  dv.setUint16(10, recordLength, true);
  fields.forEach((f, i) => {
    const at = 32 + 32 * i;
    for (let c = 0; c < f.name.length; c++) bytes[at + c] = f.name.charCodeAt(c); // ASCII, ≤ 10
    bytes[at + 11] = f.type.charCodeAt(0);
    bytes[at + 16] = f.length;
    bytes[at + 17] = f.decimals;
  });
  bytes[headerLength - 1] = 0x0d;
  bytes.fill(0x20, headerLength, bytes.length - 1);
  const truncations: DbfTruncation[] = [];
  rows.forEach((row, r) => {
    let at = headerLength + r * recordLength + 1; // byte 0: deletion flag, blank
    for (const f of fields) {
      const cell = cellBytes(f, row[f.original]);
      if (cell.cut) truncations.push({ field: f.original, record: r, bytes: cell.fullBytes });
      const offset = f.type === 'N' ? f.length - cell.bytes.length : 0;
      bytes.set(cell.bytes, at + offset);
      at += f.length;
    }
  });
  bytes[bytes.length - 1] = 0x1a;
  return { bytes, truncations };
}

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

function cellBytes(f: DbfFieldPlan, v: unknown): { bytes: Uint8Array; cut: boolean; fullBytes: number } {
  const none = { bytes: new Uint8Array(0), cut: false, fullBytes: 0 };
  if (f.type === 'L') return { ...none, bytes: ascii(v === true ? 'T' : v === false ? 'F' : '?') };
  if (v === null || v === undefined) return none;
  if (f.type === 'N') {
    const text = (v as number).toFixed(f.decimals);
    if (text.length > f.length) throw new Error(`.dbf field ${f.name}: ${text} does not fit ${f.length} characters`);
    return { ...none, bytes: ascii(text) };
  }
  const text = textOf(v);
  const { bytes, cut } = utf8Within(text, Math.min(f.length, DBF_TEXT_BYTES));
  return { bytes, cut, fullBytes: cut ? new TextEncoder().encode(text).length : bytes.length };
}
