/**
 * Text decoding for attribute tables and text formats. Chinese GIS files are UTF-8 or GBK (code
 * page 936) in practice; .cpg files and users spell the encoding many ways.
 */

const ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  '65001': 'utf-8',
  gbk: 'gbk',
  gb2312: 'gbk',
  cp936: 'gbk',
  '936': 'gbk',
  ms936: 'gbk',
  windows936: 'gbk',
  ansi936: 'gbk',
  xgbk: 'gbk',
  euccn: 'gbk',
  gb18030: 'gb18030',
  '54936': 'gb18030',
  cp54936: 'gb18030',
  big5: 'big5',
  '950': 'big5',
  cp950: 'big5',
  '1252': 'windows-1252',
  cp1252: 'windows-1252',
  ansi1252: 'windows-1252',
  latin1: 'windows-1252',
  iso88591: 'windows-1252',
  '88591': 'windows-1252',
};

/**
 * The WHATWG label TextDecoder accepts for an encoding as written in a .cpg file or an option
 * (`UTF8`, `GB2312`, `CP936`, `936`, `ANSI 936` …), or null when it names no known encoding.
 */
export function normalizeEncoding(label: string): string | null {
  const key = label
    .trim()
    .toLowerCase()
    .replace(/[\s_\-.]+/g, '');
  if (!key) return null;
  const alias = ALIASES[key];
  if (alias) return alias;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/** Decodes bytes with an encoding label that normalizeEncoding accepted; bad bytes become U+FFFD. */
export function decodeWith(bytes: Uint8Array, encoding: string): string {
  return new TextDecoder(encoding).decode(bytes);
}

/**
 * Decodes a text file: a byte-order mark decides; else UTF-8 if the bytes are valid UTF-8, else
 * GBK. `forced` (ReadOptions.encoding) overrides the guess. Throws when `forced` is unknown.
 */
export function decodeTextFile(bytes: Uint8Array, forced?: string): { text: string; encoding: string } {
  if (forced) {
    const encoding = normalizeEncoding(forced);
    if (!encoding) throw new Error(`unknown encoding "${forced}" (try utf-8 or gbk)`);
    return { text: stripBom(decodeWith(bytes, encoding)), encoding };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeWith(bytes, 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeWith(bytes, 'utf-16be'), encoding: 'utf-16be' };
  try {
    // TextDecoder drops a UTF-8 byte-order mark itself.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: stripBom(decodeWith(bytes, 'gbk')), encoding: 'gbk' };
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
