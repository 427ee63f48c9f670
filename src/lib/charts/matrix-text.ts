import { translate, type Lang } from '../i18n/locale.svelte';
import type { MessageKey } from '../i18n/zh';
import type { IndustryMatrix, IndustryMatrixCell } from '../plan/industry-matrix';

/** Strings of this chart, from the i18n dictionaries. */
function matrixText(lang: Lang) {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const list = (names: string[]) => names.join(t('chart_matrix_list_sep'));
  return {
    title: (rows: number, cols: number) => t('chart_matrix_title', { rows, cols }),
    prefecture: t('chart_matrix_prefecture'),
    county: t('chart_matrix_county'),
    none: t('chart_matrix_none'),
    wordsOnly: t('chart_matrix_words_only'),
    cellPrefecture: t('chart_matrix_prefecture'),
    cellAlso: (names: string[]) => t('chart_matrix_cell_also', { names: list(names) }),
    cellCounty: (names: string[]) => t('chart_matrix_cell_county', { names: list(names) }),
    sep: t('chart_matrix_sep'),
  };
}
export const MATRIX_TEXT = { zh: matrixText('zh'), en: matrixText('en') };

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
