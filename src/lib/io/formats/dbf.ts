import { decodeWith, normalizeEncoding } from './decode-text';
import { ReadError, type AttributeValue, type InputFile } from './types';

/** One column of a dBASE table. */
export interface DbfField {
  name: string;
  /** dBASE type letter: C text, N/F number, L logical, D date (others read as text). */
  type: string;
  length: number;
  /** Byte offset within a record (the deletion flag is byte 0). */
  offset: number;
}

/** Language-driver bytes (DBF header byte 29) that name a Chinese code page. */
const LANGUAGE_DRIVERS: Record<number, string> = { 0x4d: 'gbk', 0x7a: 'gbk', 0x4f: 'big5' };

/** The attribute encoding, and whether it was only guessed from the bytes (worth a warning). */
export interface EncodingChoice {
  encoding: string;
  guessed: boolean;
}

/** The header of a .dbf: where records are and how fields lie in them (names still undecoded). */
export interface DbfLayout {
  headerLength: number;
  recordLength: number;
  /** Records present in the file (the header's count, cut to what the file holds). */
  count: number;
  fields: { rawName: Uint8Array; type: string; length: number; offset: number }[];
  warnings: string[];
}

/**
 * Reads the header of a dBASE III table. Lengths and counts are checked against the file: a header
 * pointing past the end is a ReadError, a record count that lies is cut to the records present
 * (with a warning).
 */
export function readDbfLayout(file: InputFile): DbfLayout {
  const b = file.bytes;
  if (b.length < 33) throw new ReadError(file.name, `is too short to be a dBASE table (${b.length} bytes)`);
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const declared = dv.getUint32(4, true);
  const headerLength = dv.getUint16(8, true);
  const recordLength = dv.getUint16(10, true);
  if (headerLength < 33 || headerLength > b.length)
    throw new ReadError(file.name, `header length ${headerLength} runs past the end of the file (${b.length} bytes)`);
  if (recordLength < 1) throw new ReadError(file.name, 'says its records are 0 bytes long');
  const fields: DbfLayout['fields'] = [];
  let offset = 1;
  for (let p = 32; p + 32 <= headerLength && b[p] !== 0x0d; p += 32) {
    let end = p;
    while (end < p + 11 && b[end] !== 0) end++;
    fields.push({
      rawName: b.subarray(p, end),
      type: String.fromCharCode(b[p + 11]).toUpperCase(),
      length: b[p + 16],
      offset,
    });
    offset += b[p + 16];
  }
  if (offset > recordLength)
    throw new ReadError(
      file.name,
      `its fields need ${offset} bytes per record but the header says records are ${recordLength} bytes`,
    );
  const available = Math.floor((b.length - headerLength) / recordLength);
  const warnings =
    declared > available
      ? [`${file.name}: the header says ${declared} records but the file holds only ${available}; the rest are missing`]
      : [];
  return { headerLength, recordLength, count: Math.min(declared, available), fields, warnings };
}

/** A dBASE III table (.dbf), read record by record in the chosen encoding. */
export class DbfTable {
  readonly fields: DbfField[];
  readonly count: number;
  readonly warnings: string[];
  private readonly decoder: TextDecoder;

  constructor(
    private readonly file: InputFile,
    private readonly layout: DbfLayout,
    readonly encoding: EncodingChoice,
  ) {
    this.decoder = new TextDecoder(encoding.encoding);
    this.count = layout.count;
    this.warnings = layout.warnings;
    const seen = new Set<string>();
    this.fields = layout.fields.map((f, i) => {
      let name = this.decoder.decode(f.rawName).trim() || `field_${i + 1}`;
      for (let n = 2; seen.has(name); n++) name = `${name}_${n}`;
      seen.add(name);
      return { name, type: f.type, length: f.length, offset: f.offset };
    });
  }

  /** Per number field, values that are not numbers: how many, and the first record (1-based). */
  private readonly misfits = new Map<string, { count: number; first: number }>();

  /** Warnings for number fields holding text (kept as text), naming the field and first record. */
  misfitWarnings(): string[] {
    return [...this.misfits].map(
      ([name, { count, first }]) =>
        `${this.file.name}: field "${name}" has ${count === 1 ? '1 value that is not a number' : `${count} values that are not numbers`}, kept as text (first in record ${first})`,
    );
  }

  /** Record `index` (0-based): its values by field name, or null when the record is marked deleted. */
  record(index: number): Record<string, AttributeValue> | null {
    const b = this.file.bytes;
    const start = this.layout.headerLength + index * this.layout.recordLength;
    if (b[start] === 0x2a) return null;
    const values: Record<string, AttributeValue> = {};
    for (const f of this.fields) {
      const v = this.value(f, b.subarray(start + f.offset, start + f.offset + f.length));
      if (typeof v === 'string' && (f.type === 'N' || f.type === 'F')) this.misfit(f.name, index);
      values[f.name] = v;
    }
    return values;
  }

  private misfit(name: string, index: number): void {
    const m = this.misfits.get(name);
    if (m) m.count++;
    else this.misfits.set(name, { count: 1, first: index + 1 });
  }

  private value(f: DbfField, raw: Uint8Array): AttributeValue {
    switch (f.type) {
      case 'N':
      case 'F': {
        const text = ascii(raw).trim();
        if (text === '' || text === '.' || /^\*+$/.test(text)) return null; // blank or overflow marker
        const n = Number(text);
        return Number.isFinite(n) ? n : text;
      }
      case 'L': {
        const c = ascii(raw).trim().toUpperCase();
        return c === 'T' || c === 'Y' ? true : c === 'F' || c === 'N' ? false : null;
      }
      case 'D': {
        const text = ascii(raw).trim();
        if (text === '' || /^0+$/.test(text)) return null;
        return /^\d{8}$/.test(text) ? `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6)}` : text;
      }
      default:
        // A UTF-8 character cut at the field width decodes to U+FFFD at the end: drop it.
        return this.text(raw)
          .replace(/\0+$/, '')
          .trim()
          .replace(/\uFFFD+$/, '');
    }
  }

  private text(raw: Uint8Array): string {
    for (let i = 0; i < raw.length; i++) if (raw[i] >= 0x80) return this.decoder.decode(raw);
    return ascii(raw);
  }
}

function ascii(raw: Uint8Array): string {
  let s = '';
  for (let i = 0; i < raw.length; i++) s += String.fromCharCode(raw[i]);
  return s;
}

/**
 * True when every text field is UTF-8. Writers cut text at the field width, sometimes inside a
 * character, so an incomplete sequence at the end of a field is forgiven.
 */
function textFieldsAreUtf8(bytes: Uint8Array, layout: DbfLayout): boolean {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const text = layout.fields.filter((f) => f.type === 'C');
  for (let r = 0; r < layout.count; r++) {
    const start = layout.headerLength + r * layout.recordLength;
    for (const f of text) {
      const raw = bytes.subarray(start + f.offset, start + f.offset + f.length);
      try {
        decoder.decode(raw.subarray(0, completeUtf8Length(raw)));
      } catch {
        return false;
      }
    }
  }
  return true;
}

/** The length of `raw` without a UTF-8 sequence cut off at its end. */
function completeUtf8Length(raw: Uint8Array): number {
  let end = raw.length;
  while (end > 0 && (raw[end - 1] === 0x20 || raw[end - 1] === 0)) end--;
  let lead = end - 1;
  while (lead >= 0 && end - lead <= 3 && (raw[lead] & 0xc0) === 0x80) lead--;
  if (lead < 0 || raw[lead] < 0xc0) return end;
  const need = raw[lead] >= 0xf0 ? 4 : raw[lead] >= 0xe0 ? 3 : 2;
  return end - lead < need ? lead : end;
}

/**
 * The attribute encoding of a .dbf: `forced` (ReadOptions.encoding), else the .cpg, else a Chinese
 * language-driver byte (0x4D = GBK), else UTF-8 if the records are valid UTF-8, else GBK.
 */
export function chooseDbfEncoding(
  dbf: InputFile,
  layout: DbfLayout,
  cpg: InputFile | undefined,
  forced: string | undefined,
  warnings: string[],
): EncodingChoice {
  if (forced) {
    const encoding = normalizeEncoding(forced);
    if (!encoding) throw new ReadError(dbf.name, `unknown encoding "${forced}" (try utf-8 or gbk)`);
    return { encoding, guessed: false };
  }
  if (cpg) {
    const label = decodeWith(cpg.bytes, 'utf-8').trim();
    const encoding = normalizeEncoding(label);
    if (encoding) return { encoding, guessed: false };
    warnings.push(`${cpg.name} names an unknown encoding "${label}": the encoding is guessed`);
  }
  const ldid = dbf.bytes.length > 29 ? dbf.bytes[29] : 0;
  const byDriver = LANGUAGE_DRIVERS[ldid];
  if (byDriver) return { encoding: byDriver, guessed: false };
  if (textFieldsAreUtf8(dbf.bytes, layout)) return { encoding: 'utf-8', guessed: true };
  return { encoding: 'gbk', guessed: true };
}
