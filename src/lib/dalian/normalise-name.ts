/**
 * Name normalisation for matching a village list to the gazetteer. Lists copied from Word, PDF or
 * Excel write the same village as `石河村`, `石河村委会`, `石 河 村`, `石河村（原石和村）` or with
 * full-width letters; the gazetteer writes `石河村委会`. Both sides go through the same function, so
 * whatever is stripped is stripped consistently.
 */

/** The part of a name that identifies the place, and the administrative suffix that was stripped. */
export interface NormalisedName {
  /** e.g. `石河` for `石河村民委员会`; never empty when the input had any letters. */
  core: string;
  /** The suffixes stripped, outermost last, e.g. `村委会`, `村村委会`, `街道办事处`; `''` when none. */
  suffix: string;
}

// Longest first: `社区居民委员会` must not be read as `…委员会` plus a leftover.
const VILLAGE_SUFFIXES = [
  '社区居民委员会',
  '村民委员会',
  '居民委员会',
  '社区居委会',
  '村委会',
  '居委会',
  '生活区',
  '社区',
  '村',
];
const TOWN_SUFFIXES = ['人民政府', '街道办事处', '办事处', '街道', '镇', '乡'];
/** Ethnic qualifiers of 民族乡 (`三台满族乡` is also written `三台乡`). */
const ETHNIC = /(满族|蒙古族|朝鲜族|回族|锡伯族|民族)$/;
/** Bracketed asides: `石河村（原石和村）`, `【已合并】`. */
const BRACKETED = /[(（[［【〔].*?[)）\]］】〕]/g;
/** Markup such as `<b>` or `</span>`. */
const TAG = /<\/?[a-z][^<>]*>/gi;
/** Whitespace, punctuation and symbols, incl. the middle dot and zero-width characters. */
const NOISE = /[\s\p{P}\p{S}\u200b-\u200d\ufeff]/gu;

/**
 * Cleans text for comparison: Unicode NFKC (full-width letters and digits to half-width,
 * compatibility ideographs to their unified form), markup tags and bracketed asides removed, whitespace,
 * punctuation and symbols removed, Latin letters lower-cased.
 */
export function cleanName(text: string): string {
  // Tags pasted from a web page are dropped for comparison only; the name itself is kept verbatim.
  return text.normalize('NFKC').replace(TAG, '').replace(BRACKETED, '').replace(NOISE, '').toLowerCase();
}

function stripSuffixes(clean: string, suffixes: readonly string[], ethnic: boolean): NormalisedName {
  let core = clean;
  let suffix = '';
  // Repeat: lists write `石河村村委会`; stop before the core would become empty (`村` stays `村`).
  for (let again = true; again;) {
    again = false;
    for (const s of suffixes) {
      if (core.length > s.length && core.endsWith(s)) {
        core = core.slice(0, -s.length);
        suffix = s + suffix;
        again = true;
        break;
      }
    }
    if (ethnic && suffix && ETHNIC.test(core)) {
      const m = ETHNIC.exec(core)!;
      if (core.length > m[0].length) {
        core = core.slice(0, -m[0].length);
        suffix = m[0] + suffix;
      }
    }
  }
  return { core, suffix };
}

/**
 * Normalises a village-level name (村委会 or 社区): `石河村民委员会`, `石河村委会`, `石河村`,
 * `石 河 村` and `石河` all give core `石河`.
 */
export function normaliseVillageName(name: string): NormalisedName {
  return stripSuffixes(cleanName(name), VILLAGE_SUFFIXES, false);
}

/**
 * Normalises a town-level name (镇, 乡, 街道): `青堆镇人民政府`, `青堆镇` and `青堆` give core
 * `青堆`; `三台满族乡` gives `三台`; `城子坦街道办事处` gives `城子坦`.
 */
export function normaliseTownName(name: string): NormalisedName {
  return stripSuffixes(cleanName(name), TOWN_SUFFIXES, true);
}

/** Whether a stripped village suffix says 村 (a village committee) or 社区/居委会 (a community). */
export function villageSuffixKind(suffix: string): 'village' | 'community' | null {
  if (!suffix) return null;
  if (/社区|居/.test(suffix)) return 'community';
  return suffix.includes('村') ? 'village' : null;
}

/**
 * A code as typed or as a spreadsheet gives it: full-width digits, spaces and dashes removed,
 * `210283101001.0` (a number cell exported as text) read as `210283101001`.
 */
export function cleanCode(text: string): string {
  const s = text.normalize('NFKC').replace(/[\s\-_]/g, '');
  return /^\d+\.0*$/.test(s) ? s.slice(0, s.indexOf('.')) : s;
}

/** The texts in brackets, e.g. `原石和村` in `石河村（原石和村）`: lists note former names there. */
export function bracketedAsides(text: string): string[] {
  return [...text.normalize('NFKC').matchAll(BRACKETED)]
    .map((m) => m[0].slice(1, -1).replace(/^(原|原名|曾用名|现|现名|今)[:：]?/, ''))
    .filter((s) => s.trim() !== '');
}
