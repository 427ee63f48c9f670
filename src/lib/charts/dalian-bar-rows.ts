import type { Selection } from 'd3';
import type { Lang } from '../i18n/locale.svelte';
import type { DalianFigure } from '../data/schemas/dalian-outcomes';
import { figureTitle, formatFigure } from './dalian-figure-text';
import { estimateTextWidth, round1, wrapText } from './text-metrics';

/**
 * Labelled horizontal bars for the Dalian charts: the label above its bar (so long labels need no
 * side column on a phone), the value with its qualifier and unit at the bar's end, and a `<title>`
 * naming the source on each row. Shared by the funds and social-security charts.
 */

export const LABEL_FONT = 11.5;
const NUMBER_FONT = 13;
const SMALL_FONT = 10.5;
const BAR_HEIGHT = 14;
const LINE = 15;

type Parent = Selection<SVGGElement, unknown, null, undefined>;

export interface BarRowsOptions {
  lang: Lang;
  /** Left edge of labels and bars, and the right edge of the drawing area, px. */
  left: number;
  right: number;
  /**
   * Every figure on this scale, also those drawn by other calls (one scale across topic groups):
   * the longest bar is the largest of them, with room left for the widest value text.
   */
  scale: readonly DalianFigure[];
  colors: { bar: string; grid: string };
}

/** Width of the value text at a bar's end: "more than 3 million yuan". */
export function valueTextWidth(figure: DalianFigure, lang: Lang): number {
  const t = formatFigure(figure, lang);
  const gap = lang === 'en' ? estimateTextWidth(' ', SMALL_FONT) : 1;
  return (
    (t.qualifier ? estimateTextWidth(t.qualifier, SMALL_FONT) + gap : 0) +
    estimateTextWidth(t.number, NUMBER_FONT, true) +
    (t.unit === '%' ? 0 : gap) +
    estimateTextWidth(t.unit, SMALL_FONT)
  );
}

/** Draw one row per figure from `top` down, all on one scale; returns the y below the last row. */
export function drawFigureBars(
  parent: Parent,
  figures: readonly DalianFigure[],
  top: number,
  o: BarRowsOptions,
): number {
  const { lang } = o;
  const valueSpace = Math.max(...o.scale.map((f) => valueTextWidth(f, lang))) + 6;
  const barSpace = Math.max(40, o.right - o.left - valueSpace);
  const max = Math.max(...o.scale.map((f) => f.value));
  let y = top;
  let firstBar = Infinity;
  for (const f of figures) {
    const g = parent.append('g').attr('class', 'figure').attr('data-figure', f.id);
    g.append('title').text(figureTitle(f, lang));
    const lines = wrapText(f.label[lang], o.right - o.left, LABEL_FONT);
    const label = g.append('text').attr('class', 'label').attr('font-size', LABEL_FONT);
    lines.forEach((line, k) =>
      label
        .append('tspan')
        .attr('x', o.left)
        .attr('y', round1(y + 11 + k * LINE))
        .text(line),
    );
    const barTop = y + lines.length * LINE + 2;
    firstBar = Math.min(firstBar, barTop);
    const barWidth = round1(Math.max(1, (f.value / max) * barSpace));
    g.append('rect')
      .attr('class', 'bar')
      .attr('data-figure', f.id)
      .attr('x', o.left)
      .attr('y', round1(barTop))
      .attr('width', barWidth)
      .attr('height', BAR_HEIGHT)
      .attr('fill', o.colors.bar);
    const t = formatFigure(f, lang);
    const value = g
      .append('text')
      .attr('class', 'value')
      .attr('x', round1(o.left + barWidth + 5))
      .attr('y', round1(barTop + BAR_HEIGHT - 2));
    if (t.qualifier)
      value
        .append('tspan')
        .attr('font-size', SMALL_FONT)
        .attr('fill-opacity', 0.75)
        .text(`${t.qualifier}${lang === 'en' ? ' ' : ''}`);
    value.append('tspan').attr('font-size', NUMBER_FONT).attr('font-weight', 700).text(t.number);
    value
      .append('tspan')
      .attr('font-size', SMALL_FONT)
      .text(lang === 'en' && t.unit !== '%' ? ` ${t.unit}` : t.unit);
    y = barTop + BAR_HEIGHT + 10;
  }
  // The shared zero line, behind the bars, so short bars still read as bars of one scale.
  parent
    .insert('line', ':first-child')
    .attr('class', 'zero')
    .attr('x1', o.left)
    .attr('x2', o.left)
    .attr('y1', round1(firstBar))
    .attr('y2', round1(y - 8))
    .attr('stroke', o.colors.grid);
  return y;
}
