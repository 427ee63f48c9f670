/**
 * Numbers as an English text writes them, for checking a figure against its quote: "280 million",
 * "1.04 billion", "28,000", "98%", and small number words ("three areas"). Also the qualifier
 * words right before a number ("more than 5,000", "nearly 20,000").
 */
import type { FigureQualifier } from '../../../src/lib/data/schemas/dalian-outcomes';

const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
const NUMBER = /(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(thousand|million|billion)\b)?/gi;
const WORD = new RegExp(`\\b(${Object.keys(WORDS).join('|')})\\b`, 'gi');

/** A number found in a text: its value in base units and where it starts. */
export interface TextNumber {
  value: number;
  index: number;
  text: string;
}

/** Every number in `text`, scaled ("4.69 million" → 4690000), in order of position. */
export function numbersInText(text: string): TextNumber[] {
  const found: TextNumber[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const base = Number(m[1].replace(/,/g, ''));
    const scale = m[2] ? SCALES[m[2].toLowerCase()] : 1;
    // toPrecision: 4.69 × 1e6 is 4690000.000000001 in binary floating point.
    found.push({ value: Number((base * scale).toPrecision(12)), index: m.index, text: m[0] });
  }
  for (const m of text.matchAll(WORD)) found.push({ value: WORDS[m[1].toLowerCase()], index: m.index, text: m[0] });
  return found.sort((a, b) => a.index - b.index);
}

const QUALIFIERS: [FigureQualifier, RegExp][] = [
  ['more_than', /\b(more than|exceed|exceeding|over|above)\s+$/i],
  ['at_least', /\b(at least|no less than|not less than)\s+$/i],
  ['nearly', /\b(nearly|almost)\s+$/i],
  ['about', /\b(about|approximately|around|some)\s+$/i],
];

/** The qualifier the words just before position `index` of `text` express; `exact` if none. */
export function qualifierBefore(text: string, index: number): FigureQualifier {
  const before = text.slice(Math.max(0, index - 24), index);
  return QUALIFIERS.find(([, re]) => re.test(before))?.[0] ?? 'exact';
}

/**
 * Whether `quote` states `value` with `qualifier`: some number in it equals the value (to one part
 * in 10⁹) and is preceded by the matching qualifier words.
 */
export function quoteStates(quote: string, value: number, qualifier: FigureQualifier): boolean {
  return numbersInText(quote).some(
    (n) => Math.abs(n.value - value) <= Math.abs(value) * 1e-9 && qualifierBefore(quote, n.index) === qualifier,
  );
}
