import { format } from 'd3';
import type { Lang } from '../i18n/locale.svelte';
import type { DalianFigure, FigureQualifier } from '../data/schemas/dalian-outcomes';

/**
 * How the Dalian charts write a figure: the number scaled the way each language reads large numbers
 * (2.8亿元 / 280 million yuan), the qualifier the seed gives it, and a hover title naming the source.
 * Strings are kept here, not in the i18n dictionaries, until the charts are placed in a view.
 */

const QUALIFIER: Record<Lang, Record<FigureQualifier, string>> = {
  zh: { exact: '', more_than: '超过', about: '约', nearly: '近', at_least: '至少' },
  en: { exact: '', more_than: 'more than', about: 'about', nearly: 'nearly', at_least: 'at least' },
};

/** Drop trailing zeros: 2.80 → "2.8", 140.0000 → "140". */
const trim = (v: number) => String(+v.toFixed(4));
const grouped = format(',');

/** A figure's parts as shown: qualifier (may be empty), the numeral, the unit with any scale word. */
export interface FigureText {
  qualifier: string;
  number: string;
  unit: string;
}

/**
 * The figure in `lang`. zh: 亿 from 10⁸, 万 from 10⁵ (below that, the full number: 30,647个);
 * en: billion from 10⁹, million from 10⁶. Percentages are never scaled.
 */
export function formatFigure(figure: Pick<DalianFigure, 'value' | 'unit' | 'qualifier'>, lang: Lang): FigureText {
  const { value, unit, qualifier } = figure;
  const q = QUALIFIER[lang][qualifier];
  const u = unit[lang];
  if (u === '%') return { qualifier: q, number: trim(value), unit: '%' };
  if (lang === 'zh') {
    if (value >= 1e8) return { qualifier: q, number: trim(value / 1e8), unit: `亿${u}` };
    if (value >= 1e5) return { qualifier: q, number: trim(value / 1e4), unit: `万${u}` };
    return { qualifier: q, number: grouped(value), unit: u };
  }
  if (value >= 1e9) return { qualifier: q, number: trim(value / 1e9), unit: `billion ${u}` };
  if (value >= 1e6) return { qualifier: q, number: trim(value / 1e6), unit: `million ${u}` };
  return { qualifier: q, number: grouped(value), unit: u };
}

/** The figure as one phrase: "超过5,000个" / "more than 5,000 sheds". */
export function figurePhrase(figure: Pick<DalianFigure, 'value' | 'unit' | 'qualifier'>, lang: Lang): string {
  const t = formatFigure(figure, lang);
  if (lang === 'zh') return `${t.qualifier}${t.number}${t.unit}`;
  return `${t.qualifier ? t.qualifier + ' ' : ''}${t.number}${t.unit === '%' ? '%' : ' ' + t.unit}`;
}

/** "2016–2020" (zh "2016—2020"), "2020", or "" when the figure holds no time. */
export function periodText(period: DalianFigure['period'], lang: Lang): string {
  if (!period) return '';
  return period.from === period.to ? String(period.to) : `${period.from}${lang === 'zh' ? '—' : '–'}${period.to}`;
}

/** The span of years the figures hold together ("2016–2020"), or "" if none holds a time. */
export function yearsSpanText(figures: readonly Pick<DalianFigure, 'period'>[], lang: Lang): string {
  const periods = figures.flatMap((f) => (f.period ? [f.period] : []));
  if (!periods.length) return '';
  const from = Math.min(...periods.map((p) => p.from));
  const to = Math.max(...periods.map((p) => p.to));
  return periodText({ from, to, basis: 'context' }, lang);
}

/**
 * The hover title of a mark: label, figure and period, then the source as file and section, e.g.
 * "Special poverty-alleviation funds: 280 million yuan (2016–2020)\nSource: 004_….txt, Industrial …".
 */
export function figureTitle(figure: DalianFigure, lang: Lang): string {
  const period = periodText(figure.period, lang);
  const { file, section } = figure.citation;
  if (lang === 'zh')
    return `${figure.label.zh}：${figurePhrase(figure, 'zh')}${period ? `（${period}）` : ''}\n来源：${file}，${section}`;
  return `${figure.label.en}: ${figurePhrase(figure, 'en')}${period ? ` (${period})` : ''}\nSource: ${file}, ${section}`;
}
