import { pinyin } from 'pinyin-pro';

/**
 * Similarity of name cores, for suggestions when a name is not found. Lists are typed by hand
 * with a pinyin input method, so a wrong character is usually a homophone (`石和` for `石河`) or a
 * near-homophone in the north-eastern accent (zh/z, ch/c, sh/s, n/l and -ng/-n are often merged).
 */

/** Levenshtein distance between two token sequences, each substitution costing `cost(a, b)`. */
function editDistance<T>(a: readonly T[], b: readonly T[], cost: (x: T, y: T) => number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost(a[i - 1], b[j - 1]));
    prev = row;
  }
  return prev[b.length];
}

/** Edit distance in characters (code points, so rare characters outside the BMP count once). */
export function characterDistance(a: string, b: string): number {
  return editDistance([...a], [...b], (x, y) => (x === y ? 0 : 1));
}

const syllableCache = new Map<string, string[]>();

/** Toneless pinyin syllables of a core (`石河` → `['shi', 'he']`); non-Chinese characters as they are. */
export function syllables(core: string): string[] {
  let s = syllableCache.get(core);
  if (!s) {
    s = pinyin(core, { toneType: 'none', type: 'array', v: true });
    if (syllableCache.size > 20_000) syllableCache.clear();
    syllableCache.set(core, s);
  }
  return s;
}

/** A syllable with the accent's usual mergers folded: `zhang` → `zan`, `ling` → `nin`. */
function fold(s: string): string {
  return s
    .replace(/^([zcs])h/, '$1')
    .replace(/^l/, 'n')
    .replace(/ng$/, 'n');
}

function syllableCost(a: string, b: string): number {
  if (a === b) return 0;
  return fold(a) === fold(b) ? 0.25 : 1;
}

/** How a suggestion resembles the name: same pronunciation, near pronunciation, or characters. */
export type SimilarityKind = 'same pronunciation' | 'similar pronunciation' | 'similar characters';

/**
 * Similarity of two cores in [0, 1] (1 = identical characters) and why. Characters: 1 − edit
 * distance / longer length. Pronunciation: the same on pinyin syllables, with the accent's mergers
 * costing a quarter; capped just below 1 so identical characters always rank first.
 */
export function nameSimilarity(a: string, b: string): { score: number; kind: SimilarityKind } {
  if (a === b) return { score: 1, kind: 'similar characters' };
  const chars = [...a].length >= [...b].length ? [...a].length : [...b].length;
  const byChars = chars ? 1 - characterDistance(a, b) / chars : 0;
  const sa = syllables(a);
  const sb = syllables(b);
  const n = Math.max(sa.length, sb.length);
  const sound = n ? editDistance(sa, sb, syllableCost) : n;
  const bySound = n ? 0.98 * (1 - sound / n) : 0;
  if (bySound > byChars) return { score: bySound, kind: sound === 0 ? 'same pronunciation' : 'similar pronunciation' };
  return { score: byChars, kind: 'similar characters' };
}
