import { select } from 'd3';
import type { Lang } from '../i18n/locale.svelte';
import type { DalianFigure, DalianOutcomes } from '../data/schemas/dalian-outcomes';
import { chartChecks } from './check-chart-arguments';
import { drawFigureBars } from './dalian-bar-rows';
import { yearsSpanText } from './dalian-figure-text';
import { round1, wrapText } from './text-metrics';

/** The topics whose yuan figures the chart shows, in this order. */
export const FUNDS_TOPICS = ['funds', 'aid', 'cadres'] as const;

const TEXT = {
  zh: {
    title: (years: string) => `资金、投资与帮扶${years ? `（${years}年）` : ''}`,
    hint: '各项口径不同，不宜相加；悬停可见出处。',
  },
  en: {
    title: (years: string) => `Funds, investment and aid${years ? ` (${years})` : ''}`,
    hint: 'Different measures: do not add them up. Hover a bar for its source.',
  },
};

/** Theme colours, passed in as tokens (e.g. chart_strong, chart_grid). `text` defaults to currentColor. */
export interface DalianFundsColors {
  bar: string;
  grid: string;
  text?: string;
}

export interface DalianFundsChartOptions {
  lang: Lang;
  /** Width available, px. Default 360. */
  width?: number;
  colors: DalianFundsColors;
}

export type DalianChartData = Pick<DalianOutcomes, 'topics' | 'figures'>;

/** Reported yuan figures of the funds, aid and cadre topics, grouped by topic, largest first. */
export function selectFundsFigures(
  data: DalianChartData,
): { topic: DalianOutcomes['topics'][number]; figures: DalianFigure[] }[] {
  return FUNDS_TOPICS.flatMap((id) => {
    const topic = data.topics.find((t) => t.id === id);
    const figures = data.figures
      .filter((f) => f.topic === id && f.kind === 'reported' && f.unit.en === 'yuan')
      .sort((a, b) => b.value - a.value);
    return topic && figures.length ? [{ topic, figures }] : [];
  });
}

function checkArguments(svg: SVGSVGElement, data: DalianChartData, options: DalianFundsChartOptions): void {
  const check = chartChecks('renderDalianFundsChart');
  check.svg(svg);
  if (!Array.isArray(data?.figures) || !Array.isArray(data?.topics))
    check.fail('data', 'expected { topics, figures } of data/dalian/outcomes.json');
  data.figures.forEach((f, i) => {
    if (!(typeof f.value === 'number' && Number.isFinite(f.value) && f.value > 0))
      check.fail(`data.figures[${i}].value`, `expected a positive number, got ${JSON.stringify(f.value)}`);
  });
  if (selectFundsFigures(data).length === 0)
    check.fail('data.figures', `no yuan figures of the topics ${FUNDS_TOPICS.join(', ')}`);
  check.colors(options.colors, ['bar', 'grid'] as const);
}

const PAD = 4;

/**
 * Dalian's funds and investment 2016–2020 as horizontal bars on one yuan scale, grouped by topic
 * (funds, aid units, village cadres), each with its value and unit and a hover title naming the
 * seed file and section. Returns the size drawn.
 */
export function renderDalianFundsChart(
  svgElement: SVGSVGElement,
  data: DalianChartData,
  options: DalianFundsChartOptions,
): { width: number; height: number } {
  checkArguments(svgElement, data, options);
  const { lang, colors } = options;
  const t = TEXT[lang];
  const width = Math.round(Math.max(240, options.width ?? 360));
  const groups = selectFundsFigures(data);
  const scale = groups.flatMap((g) => g.figures);
  const title = t.title(yearsSpanText(scale, lang));

  const svg = select(svgElement)
    .attr('role', 'img')
    .attr('aria-label', title)
    .attr('fill', colors.text ?? 'currentColor');
  svg.selectAll('*').remove();

  svg.append('text').attr('x', PAD).attr('y', 14).attr('font-size', 13).attr('font-weight', 700).text(title);
  let y = 30;
  for (const line of wrapText(t.hint, width - 2 * PAD, 10.5)) {
    svg.append('text').attr('x', PAD).attr('y', y).attr('font-size', 10.5).attr('fill-opacity', 0.75).text(line);
    y += 14;
  }
  for (const { topic, figures } of groups) {
    const g = svg.append('g').attr('class', 'topic').attr('data-topic', topic.id);
    g.append('text')
      .attr('class', 'topic-label')
      .attr('x', PAD)
      .attr('y', round1(y + 11))
      .attr('font-size', 11)
      .attr('font-weight', 700)
      .attr('fill-opacity', 0.75)
      .text(topic.label[lang]);
    y = drawFigureBars(g, figures, y + 18, { lang, left: PAD, right: width - PAD, scale, colors });
    y += 4;
  }

  const height = Math.ceil(y);
  svg.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
  return { width, height };
}
