import { format, max, scaleBand, scaleLinear, select } from 'd3';
import { translate, type Lang } from '../i18n/locale.svelte';
import type { MessageKey } from '../i18n/zh';
import type { Targets } from '../data/schemas/plan';
import { estimateTextWidth, round1, wrapText } from './text-metrics';
import { chartChecks } from './check-chart-arguments';

/** Strings of this chart, from the i18n dictionaries. */
function exitText(lang: Lang) {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  return {
    label: t('chart_exit_label'),
    unit: t('chart_exit_unit'),
    perUnit: lang === 'zh' ? 1e4 : 1e3,
    consolidation: t('chart_exit_consolidation'),
    people: (n: string) => t('chart_exit_people', { n }),
    total: (year: number, n: string) => t('chart_exit_total', { year, n }),
    sum: (from: number, to: number, n: string) => t('chart_exit_sum', { from, to, n }),
    gap: (n: number) => t(n > 0 ? 'chart_exit_gap_fewer' : 'chart_exit_gap_more', { n: format(',')(Math.abs(n)) }),
    same: t('chart_exit_same'),
  };
}
const TEXT = { zh: exitText('zh'), en: exitText('en') };

/** Theme colours, passed in as tokens. `text` defaults to the surrounding CSS colour. */
export interface ExitChartColors {
  bar: string;
  marker: string;
  grid: string;
  text?: string;
}

export interface ExitTargetsChartOptions {
  lang: Lang;
  /** Width available, px. Default 360. */
  width?: number;
  colors: ExitChartColors;
}

export type ExitTargets = Pick<Targets, 'exit_total' | 'exit_by_year'>;

/** The yearly numbers and how their sum compares with the total the plan states. */
export function summariseExitTargets(targets: ExitTargets) {
  const years = [...targets.exit_by_year].sort((a, b) => a.year - b.year);
  const counted = years.filter((y) => y.people !== null);
  const yearlySum = counted.reduce((s, y) => s + (y.people ?? 0), 0);
  return {
    years,
    total: targets.exit_total.people,
    /** The year by which all are to exit: the last year listed. */
    finalYear: years.at(-1)?.year ?? 0,
    yearlySum,
    /** total − sum of the yearly targets (31 in the plan: 439,731 vs 439,700). */
    difference: targets.exit_total.people - yearlySum,
    firstCounted: counted[0]?.year ?? years[0].year,
    lastCounted: counted.at(-1)?.year ?? years[0].year,
  };
}

function checkArguments(svg: SVGSVGElement, targets: ExitTargets, options: ExitTargetsChartOptions): void {
  const check = chartChecks('renderExitTargetsChart');
  const fail = check.fail;
  check.svg(svg);
  if (!Array.isArray(targets?.exit_by_year) || targets.exit_by_year.length === 0)
    fail('targets.exit_by_year', 'expected a non-empty array');
  if (!Number.isInteger(targets.exit_total?.people)) fail('targets.exit_total.people', 'expected an integer');
  const seen = new Set<number>();
  targets.exit_by_year.forEach((y, i) => {
    if (seen.has(y.year)) fail(`targets.exit_by_year[${i}].year`, `duplicate year ${y.year}`);
    if (y.people !== null && !(y.people > 0))
      fail(`targets.exit_by_year[${i}].people`, `expected > 0 or null, got ${y.people}`);
    seen.add(y.year);
  });
  // The data states the sum too; the chart computes it, and the two must agree.
  const sum = targets.exit_by_year.reduce((s, y) => s + (y.people ?? 0), 0);
  if (targets.exit_total.by_year !== sum)
    fail('targets.exit_total.by_year', `expected ${sum} (the sum of exit_by_year), got ${targets.exit_total.by_year}`);
  check.colors(options.colors, ['bar', 'marker', 'grid'] as const);
}

const PAD = 4;
const FONT = 11;
const NOTE_FONT = 10.5;

/**
 * Bars of the people to lift out of poverty each year (万人 in zh, thousands in en); a year without
 * a number (2020) gets a labelled "consolidation" marker instead of a bar. Below: the stated total
 * and the computed sum of the yearly targets, with the difference said plainly.
 */
export function renderExitTargetsChart(
  svgElement: SVGSVGElement,
  targets: ExitTargets,
  options: ExitTargetsChartOptions,
): { width: number; height: number } {
  checkArguments(svgElement, targets, options);
  const { lang, colors } = options;
  const t = TEXT[lang];
  const width = Math.round(Math.max(240, options.width ?? 360));
  const summary = summariseExitTargets(targets);
  const inUnit = (v: number) => String(+(v / t.perUnit).toFixed(2));

  const y = scaleLinear([0, max(summary.years, (d) => d.people) ?? 1], [0, 1]).nice(4);
  const ticks = y.ticks(4);
  const axisWidth = Math.ceil(Math.max(...ticks.map((v) => estimateTextWidth(inUnit(v), NOTE_FONT)))) + 6;
  const plotTop = 34;
  const plotHeight = Math.round(Math.min(150, Math.max(110, width * 0.3)));
  const baseline = plotTop + plotHeight;
  y.range([baseline, plotTop]);
  const x = scaleBand(
    summary.years.map((d) => String(d.year)),
    [PAD + axisWidth, width - PAD],
  ).padding(0.3);
  const bandX = (year: number) => round1(x(String(year)) ?? 0);
  const bw = round1(x.bandwidth());

  const svg = select(svgElement)
    .attr('role', 'img')
    .attr('aria-label', `${t.label}. ${t.total(summary.finalYear, format(',')(summary.total))}`)
    .attr('font-size', FONT)
    .attr('fill', colors.text ?? 'currentColor');
  svg.selectAll('*').remove();

  svg.append('text').attr('x', PAD).attr('y', 12).attr('font-size', NOTE_FONT).attr('fill-opacity', 0.75).text(t.unit);

  const grid = svg.append('g').attr('class', 'grid').attr('font-size', NOTE_FONT);
  for (const v of ticks) {
    const gy = round1(y(v));
    grid
      .append('line')
      .attr('x1', PAD + axisWidth)
      .attr('x2', width - PAD)
      .attr('y1', gy)
      .attr('y2', gy)
      .attr('stroke', colors.grid)
      .attr('stroke-width', v === 0 ? 1.2 : 1);
    grid
      .append('text')
      .attr('x', PAD + axisWidth - 6)
      .attr('y', round1(gy + 3.5))
      .attr('text-anchor', 'end')
      .attr('fill-opacity', 0.75)
      .text(inUnit(v));
  }

  const years = svg.append('g').attr('class', 'years');
  for (const d of summary.years) {
    const g = years
      .append('g')
      .attr('class', d.people === null ? 'year marker' : 'year')
      .attr('data-year', d.year);
    const cx = round1(bandX(d.year) + bw / 2);
    const people = d.people === null ? null : format(',')(d.people);
    g.append('title').text(`${d.year}: ${people ? t.people(people) + ' — ' : ''}${d.description[lang]}`);
    if (d.people !== null) {
      const top = round1(y(d.people));
      g.append('rect')
        .attr('x', bandX(d.year))
        .attr('y', top)
        .attr('width', bw)
        .attr('height', round1(baseline - top))
        .attr('fill', colors.bar);
      g.append('text')
        .attr('x', cx)
        .attr('y', round1(top - 4))
        .attr('text-anchor', 'middle')
        .attr('font-weight', 600)
        .text(inUnit(d.people));
    } else {
      // No number that year: a flag on the baseline, never a bar of height zero.
      const top = round1(baseline - plotHeight * 0.38);
      const label = t.consolidation;
      const half = estimateTextWidth(label, FONT) / 2;
      g.append('line')
        .attr('x1', cx)
        .attr('x2', cx)
        .attr('y1', baseline)
        .attr('y2', top)
        .attr('stroke', colors.marker)
        .attr('stroke-width', 1.5)
        .attr('stroke-dasharray', '3 3');
      g.append('path')
        .attr('d', `M${cx},${round1(baseline - 5)}l5,5l-5,5l-5,-5z`)
        .attr('fill', colors.marker);
      g.append('text')
        .attr('x', round1(Math.min(cx, width - PAD - half)))
        .attr('y', round1(top - 5))
        .attr('text-anchor', 'middle')
        .attr('fill', colors.marker)
        .attr('font-weight', 600)
        .text(label);
    }
    g.append('text')
      .attr('x', cx)
      .attr('y', baseline + 16)
      .attr('text-anchor', 'middle')
      .attr('fill-opacity', 0.75)
      .text(d.year);
  }

  // The total as the plan states it, then the computed sum of the yearly targets.
  const notes = svg.append('g').attr('class', 'notes');
  let ny = baseline + 40;
  for (const line of wrapText(t.total(summary.finalYear, format(',')(summary.total)), width - 2 * PAD, 12)) {
    notes.append('text').attr('x', PAD).attr('y', ny).attr('font-size', 12).attr('font-weight', 600).text(line);
    ny += 17;
  }
  const gap = summary.difference === 0 ? t.same : t.gap(summary.difference);
  const sumText = t.sum(summary.firstCounted, summary.lastCounted, format(',')(summary.yearlySum)) + gap;
  for (const line of wrapText(sumText, width - 2 * PAD, NOTE_FONT)) {
    notes
      .append('text')
      .attr('x', PAD)
      .attr('y', ny)
      .attr('font-size', NOTE_FONT)
      .attr('fill-opacity', 0.75)
      .text(line);
    ny += 15;
  }

  const height = Math.ceil(ny - 15 + 6);
  svg.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
  return { width, height };
}
