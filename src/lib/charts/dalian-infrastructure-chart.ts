import { select } from 'd3';
import type { Lang } from '../i18n/locale.svelte';
import type { DalianFigure, DalianOutcomes } from '../data/schemas/dalian-outcomes';
import { chartChecks } from './check-chart-arguments';
import { figureTitle, formatFigure, yearsSpanText } from './dalian-figure-text';
import { estimateTextWidth, round1, wrapText } from './text-metrics';
import type { DalianChartData } from './dalian-funds-chart';

const TOPIC = 'infrastructure';
const TEXT = {
  zh: { title: '基础设施与住房', hint: (years: string) => `${years ? years + '年；' : ''}悬停可见出处。` },
  en: {
    title: 'Infrastructure and housing',
    hint: (years: string) => `${years ? years + '; h' : 'H'}over a number for its source.`,
  },
};

/** Theme colours, passed in as tokens (e.g. chart_strong, chart_none). `text` defaults to currentColor. */
export interface DalianInfrastructureColors {
  /** The numerals. */
  value: string;
  /** Cell background. */
  cell: string;
  text?: string;
}

export interface DalianInfrastructureChartOptions {
  lang: Lang;
  /** Width available, px. Default 360. */
  width?: number;
  colors: DalianInfrastructureColors;
  /**
   * One grid without group headings (a wall: fewer rows, so larger type). Each figure's label
   * names what it is (10千伏线路, 配电变压器 …), so the group is not lost.
   */
  flat?: boolean;
}

type Group = DalianOutcomes['topics'][number]['groups'][number];

/** The infrastructure figures by group (roads, power, water, housing), in the data's order. */
export function selectInfrastructureGroups(data: DalianChartData): { group: Group; figures: DalianFigure[] }[] {
  const topic = data.topics.find((t) => t.id === TOPIC);
  return (topic?.groups ?? [])
    .map((group) => ({ group, figures: data.figures.filter((f) => f.topic === TOPIC && f.group === group.id) }))
    .filter((g) => g.figures.length > 0);
}

function checkArguments(svg: SVGSVGElement, data: DalianChartData, options: DalianInfrastructureChartOptions) {
  const check = chartChecks('renderDalianInfrastructureChart');
  check.svg(svg);
  if (!Array.isArray(data?.figures) || !Array.isArray(data?.topics))
    check.fail('data', 'expected { topics, figures } of data/dalian/outcomes.json');
  data.figures.forEach((f, i) => {
    if (f.topic === TOPIC && f.group === null)
      check.fail(`data.figures[${i}].group`, 'an infrastructure figure needs a group');
  });
  if (selectInfrastructureGroups(data).length === 0)
    check.fail('data.figures', 'no infrastructure figures with a group');
  check.colors(options.colors, ['value', 'cell'] as const);
}

const PAD = 4;
const GAP = 6;
const NUMBER_FONT = 24;
const SMALL_FONT = 10.5;
const LABEL_FONT = 11.5;

/**
 * Infrastructure and housing as a grid of big numbers, one cell per figure under its group's name:
 * the qualifier small above ("about", "more than"), the numeral large with its unit, a short label
 * below. 2 columns up to 480 px, 3 up to 760, else 4. Each cell carries a `<title>` with the source.
 */
export function renderDalianInfrastructureChart(
  svgElement: SVGSVGElement,
  data: DalianChartData,
  options: DalianInfrastructureChartOptions,
): { width: number; height: number } {
  checkArguments(svgElement, data, options);
  const { lang, colors } = options;
  const t = TEXT[lang];
  const width = Math.round(Math.max(240, options.width ?? 360));
  const columns = width < 480 ? 2 : width < 760 ? 3 : 4;
  const cellWidth = (width - 2 * PAD - (columns - 1) * GAP) / columns;
  const inner = cellWidth - 16;
  const grouped = selectInfrastructureGroups(data);
  const all = grouped.flatMap((g) => g.figures);
  const groups: { group: Group | null; figures: DalianFigure[] }[] = options.flat
    ? [{ group: null, figures: all }]
    : grouped;
  const years = yearsSpanText(all, lang);

  // One layout for every cell, so the grid stays even: the unit drops under the numeral in all
  // cells if it does not fit beside it in one of them.
  const texts = new Map(all.map((f) => [f.id, formatFigure(f, lang)]));
  // The estimate for bold numerals is generous, so the gap can be small; % sits right on the number.
  const unitGap = (unit: string) => (unit === '%' ? 0 : lang === 'en' ? 3 : 1);
  const unitInline = all.every((f) => {
    const x = texts.get(f.id)!;
    return (
      estimateTextWidth(x.number, NUMBER_FONT, true) + unitGap(x.unit) + estimateTextWidth(x.unit, SMALL_FONT) <= inner
    );
  });
  const labelLines = new Map(all.map((f) => [f.id, wrapText(f.label[lang], inner, LABEL_FONT)]));
  const maxLines = Math.max(...[...labelLines.values()].map((l) => l.length));
  const numberBase = 14 + NUMBER_FONT;
  const labelTop = numberBase + (unitInline ? 6 : 20);
  const cellHeight = labelTop + maxLines * 14 + 8;

  const svg = select(svgElement)
    .attr('role', 'img')
    .attr('aria-label', t.title)
    .attr('fill', colors.text ?? 'currentColor');
  svg.selectAll('*').remove();
  svg.append('text').attr('x', PAD).attr('y', 14).attr('font-size', 13).attr('font-weight', 700).text(t.title);
  svg
    .append('text')
    .attr('x', PAD)
    .attr('y', 30)
    .attr('font-size', SMALL_FONT)
    .attr('fill-opacity', 0.75)
    .text(t.hint(years));

  let y = 42;
  for (const { group, figures } of groups) {
    const g = svg
      .append('g')
      .attr('class', 'group')
      .attr('data-group', group?.id ?? 'all');
    if (group) {
      g.append('text')
        .attr('class', 'group-label')
        .attr('x', PAD)
        .attr('y', round1(y + 12))
        .attr('font-size', 12)
        .attr('font-weight', 700)
        .text(group.label[lang]);
      y += 18;
    }
    figures.forEach((f, i) => {
      const x = round1(PAD + (i % columns) * (cellWidth + GAP));
      const top = round1(y + Math.floor(i / columns) * (cellHeight + GAP));
      const text = texts.get(f.id)!;
      const cell = g.append('g').attr('class', 'figure').attr('data-figure', f.id);
      cell.append('title').text(figureTitle(f, lang));
      cell
        .append('rect')
        .attr('class', 'cell')
        .attr('x', x)
        .attr('y', top)
        .attr('width', round1(cellWidth))
        .attr('height', cellHeight)
        .attr('rx', 4)
        .attr('fill', colors.cell);
      if (text.qualifier)
        cell
          .append('text')
          .attr('class', 'qualifier')
          .attr('x', x + 8)
          .attr('y', top + 13)
          .attr('font-size', SMALL_FONT)
          .attr('fill-opacity', 0.75)
          .text(text.qualifier);
      const value = cell
        .append('text')
        .attr('class', 'value')
        .attr('x', x + 8)
        .attr('y', top + numberBase)
        .attr('fill', colors.value);
      value.append('tspan').attr('font-size', NUMBER_FONT).attr('font-weight', 700).text(text.number);
      const unit = cell.append('text').attr('class', 'unit').attr('font-size', SMALL_FONT).attr('fill', colors.value);
      if (unitInline)
        unit
          .attr('x', round1(x + 8 + estimateTextWidth(text.number, NUMBER_FONT, true) + unitGap(text.unit)))
          .attr('y', top + numberBase)
          .text(text.unit);
      else
        unit
          .attr('x', x + 8)
          .attr('y', top + numberBase + 14)
          .text(text.unit);
      const label = cell.append('text').attr('class', 'label').attr('font-size', LABEL_FONT);
      labelLines.get(f.id)!.forEach((line, k) =>
        label
          .append('tspan')
          .attr('x', x + 8)
          .attr('y', top + labelTop + 11 + k * 14)
          .text(line),
      );
    });
    y += Math.ceil(figures.length / columns) * (cellHeight + GAP) + 6;
  }

  const height = Math.ceil(y);
  svg.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
  return { width, height };
}
