import { unzipSync } from 'fflate';
import { ReadError, type InputFile } from './types';

/** Zips that would expand past this are refused rather than exhausting the tab's memory. */
const MAX_UNZIPPED_BYTES = 1_500_000_000;

/** True when `bytes` start with a zip local-file or empty-archive signature. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return (
    bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6)
  );
}

/**
 * The files inside a zip (folders kept in their names, e.g. `roads/道路.shp`), without directory
 * entries and macOS resource forks. Throws ReadError when the archive cannot be read.
 */
export function unzipInput(file: InputFile): InputFile[] {
  let total = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(file.bytes, {
      filter: (info) => {
        if (info.name.endsWith('/') || isJunk(info.name)) return false;
        total += info.originalSize;
        if (total > MAX_UNZIPPED_BYTES)
          throw new ReadError(
            file.name,
            `expands to more than ${MAX_UNZIPPED_BYTES / 1e6} MB; unzip it and drop the files`,
          );
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ReadError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ReadError(file.name, `is not a readable zip archive (${reason}); it may be truncated or damaged`);
  }
  return Object.entries(entries).map(([name, bytes]) => ({ name: fixEntryName(name), bytes }));
}

function isJunk(name: string): boolean {
  return name.startsWith('__MACOSX/') || /(^|\/)\._/.test(name) || /(^|\/)(\.DS_Store|Thumbs\.db)$/i.test(name);
}

/**
 * fflate reads names without the zip's UTF-8 flag as Latin-1; Chinese Windows writes such names in
 * GBK (and macOS often writes UTF-8 without the flag), so re-decode those bytes.
 */
function fixEntryName(name: string): string {
  if (!/[\u0080-\u00ff]/.test(name) || /[\u0100-\uffff]/.test(name)) return name;
  const bytes = Uint8Array.from(name, (c) => c.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}
