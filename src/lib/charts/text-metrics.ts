/**
 * Text width estimates for laying out SVG charts without measuring: jsdom has no layout engine and
 * the same estimate in the browser keeps the snapshot and the screen identical. Widths are in em,
 * tuned on Noto Sans SC / system sans at 10–15 px and slightly generous so labels do not collide.
 */
const NARROW = new Set([..."iljftrI.,:;!|'()[] "]);
const WIDE = new Set([...'mwMW@%']);

/** Estimated width of `text` in px at `fontSize` (CJK and full-width characters count 1 em). */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    // Noto Sans SC draws curly quotes and the ellipsis full-width, in English text too.
    if (code >= 0x2e80 || (code >= 0x2018 && code <= 0x201d) || code === 0x2026) em += 1;
    else if (code >= 0x2010 && code <= 0x2015)
      em += 0.6; // dashes
    else if (NARROW.has(ch)) em += 0.3;
    else if (WIDE.has(ch)) em += 0.85;
    else if (ch >= 'A' && ch <= 'Z') em += 0.66;
    else em += 0.56;
  }
  return em * fontSize * (bold ? 1.06 : 1);
}

/** Round to one decimal, so coordinates serialise the same on every machine. */
export const round1 = (x: number): number => Math.round(x * 10) / 10;

/** Cut `text` to fit `maxWidth`, ending with an ellipsis when something was cut. */
export function truncateText(text: string, maxWidth: number, fontSize: number): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1 && estimateTextWidth(chars.join('') + '…', fontSize) > maxWidth) chars.pop();
  return chars.join('').trimEnd() + '…';
}

/**
 * Break `text` into lines no wider than `maxWidth`: Latin text at spaces, CJK text between any two
 * characters (but never before Chinese closing punctuation). A single overlong word keeps its line.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  // A little slack: the estimate is an average, and a long line may hold more wide letters.
  const limit = maxWidth * 0.97;
  // Tokens: one CJK character with any closing punctuation; a Latin word or number with its
  // trailing space, or with the CJK character right after it (10家 stays together); spaces.
  const tokens =
    text.match(
      /[\u2e80-\uffff][，。、；：）》”！？]*|[^\s\u2e80-\uffff]+(?:[\u2e80-\uffff][，。、；：）》”！？]*|\s*)|\s+/g,
    ) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const next = line + token;
    if (line && estimateTextWidth(next.trimEnd(), fontSize) > limit) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
