import type { Lang } from '../i18n/locale.svelte';
import type { IndustryMatrix, IndustryMatrixCell } from '../plan/industry-matrix';

/** Strings of this chart (to move into the i18n dictionaries). */
export const MATRIX_TEXT = {
  zh: {
    title: (rows: number, cols: number) => `${rows} 项特色产业 × ${cols} 个市：规划点名的地区`,
    prefecture: '全市列入',
    county: '仅列部分县（数字为县数）',
    none: '未列入',
    wordsOnly: '规划仅以文字描述区域',
    cellPrefecture: '全市列入',
    cellAlso: (names: string[]) => `；另点名${names.join('、')}`,
    cellCounty: (names: string[]) => `仅点名${names.join('、')}`,
    sep: '：',
  },
  en: {
    title: (rows: number, cols: number) => `${rows} industries × ${cols} prefectures: places the plan names`,
    prefecture: 'whole prefecture named',
    county: 'only some counties (number of counties)',
    none: 'not named',
    wordsOnly: 'regions given in words only',
    cellPrefecture: 'whole prefecture named',
    cellAlso: (names: string[]) => `; also ${names.join(', ')}`,
    cellCounty: (names: string[]) => `only ${names.join(', ')}`,
    sep: ': ',
  },
};

/** Display names in the chosen language, keyed by id or code. */
export interface MatrixLabels {
  industries: Record<string, string>;
  /** Column labels: short (沈阳) in zh. */
  prefectures: Record<string, string>;
  /** Full names for cell titles (沈阳市). */
  prefectureTitles: Record<string, string>;
  counties: Record<string, string>;
}

/** Labels for `renderIndustryMatrix` from the names the matrix carries. */
export function matrixLabels(matrix: IndustryMatrix, lang: Lang): MatrixLabels {
  const map = <T>(items: T[], key: (t: T) => string, name: (t: T) => string) =>
    Object.fromEntries(items.map((t) => [key(t), name(t)]));
  return {
    industries: map(
      matrix.rows,
      (r) => r.industryId,
      (r) => r.name[lang],
    ),
    prefectures: map(
      matrix.columns,
      (c) => c.code,
      (c) => (lang === 'zh' ? c.name.zh.replace(/市$/, '') : c.name.en),
    ),
    prefectureTitles: map(
      matrix.columns,
      (c) => c.code,
      (c) => c.name[lang],
    ),
    counties: Object.fromEntries(Object.entries(matrix.counties).map(([code, name]) => [code, name[lang]])),
  };
}

/** The `<title>` of a cell: industry · prefecture: what the plan names there. */
export function cellTitle(cell: IndustryMatrixCell, labels: MatrixLabels, lang: Lang): string {
  const t = MATRIX_TEXT[lang];
  const names = cell.countyCodes.map((c) => labels.counties[c] ?? c);
  const what =
    cell.strength === 'prefecture'
      ? t.cellPrefecture + (names.length ? t.cellAlso(names) : '')
      : cell.strength === 'county'
        ? t.cellCounty(names)
        : t.none;
  return `${labels.industries[cell.industryId]} · ${labels.prefectureTitles[cell.prefectureCode]}${t.sep}${what}`;
}
