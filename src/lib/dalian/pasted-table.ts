/**
 * Splits text pasted from a Word or PDF document into cells. Word tables paste with tabs between
 * cells; PDF viewers copy tables as runs of spaces (or one space) between columns; a plain list has
 * one name per line.
 */

export type PastedDelimiter = 'tab' | 'spaces' | 'space' | 'none';

export interface PastedLine {
  /** 1-based line number in the pasted text. */
  line: number;
  cells: string[];
}

const WIDE_GAP = /(?:[ \t\u00a0]{2,}|\u3000)+/;

/**
 * Lines of the text as cells. Tabs win when any line has one; then runs of two or more spaces
 * (or an ideographic space) when half the lines have such a run; then single spaces when most
 * lines split into the same number (≥ 2) of cells; else each line is one cell. Blank lines are
 * dropped, line numbers kept.
 */
export function splitPastedText(text: string): { lines: PastedLine[]; delimiter: PastedDelimiter } {
  const raw = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const lines = raw.map((t, i) => ({ line: i + 1, text: t })).filter((l) => l.text.trim() !== '');
  const split = (re: RegExp | null, keepEmpty: boolean) =>
    lines.map((l) => {
      const cells = re ? l.text.split(re).map((c) => c.trim()) : [l.text.trim()];
      // Word puts a tab before an empty first cell; keep empties so columns stay aligned.
      return { line: l.line, cells: keepEmpty ? trimEnd(cells) : cells.filter((c) => c !== '') };
    });
  if (lines.some((l) => l.text.includes('\t'))) return { lines: split(/\t/, true), delimiter: 'tab' };
  const gapped = lines.filter((l) => WIDE_GAP.test(l.text.trim())).length;
  if (lines.length && gapped >= lines.length / 2) return { lines: split(WIDE_GAP, false), delimiter: 'spaces' };
  const counts = lines.map((l) => l.text.trim().split(/\s+/).length);
  const mode = mostCommon(counts);
  if (mode >= 2 && counts.filter((c) => c === mode).length >= 0.6 * lines.length)
    return { lines: split(/\s+/, false), delimiter: 'space' };
  return { lines: split(null, false), delimiter: 'none' };
}

function trimEnd(cells: string[]): string[] {
  let n = cells.length;
  while (n > 1 && cells[n - 1] === '') n--;
  return cells.slice(0, n);
}

function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const v of values) {
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > bestCount || (c === bestCount && v > best)) [best, bestCount] = [v, c];
  }
  return best;
}
