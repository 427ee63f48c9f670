import { format, select } from 'd3';
import { translate, type Lang } from '../i18n/locale.svelte';
import type { Targets } from '../data/schemas/plan';
import { estimateTextWidth, round1, wrapText } from './text-metrics';
import { chartChecks } from './check-chart-arguments';

/** Strings of this chart (to move into the i18n dictionaries). */
/** Strings of this chart, from the i18n dictionaries. */
const textFor = (lang: Lang) => ({
  label: translate(lang, 'chart_targets_label'),
  perYear: translate(lang, 'chart_targets_per_year'),
  other: translate(lang, 'chart_targets_other'),
});
const TEXT = { zh: textFor('zh'), en: textFor('en') };

/** Theme colours, passed in as tokens. `text` defaults to the surrounding CSS colour. */
export interface IndustryTargetsColors {
  /** The numbers. */
  value: string;
  /** Fill of the "per year" tag. */
  perYear: string;
  /** Lines between rows. */
  rule: string;
  text?: string;
}

export interface IndustryTargetsChartOptions {
  lang: Lang;
  /** Width available, px. Default 360. */
  width?: number;
  colors: IndustryTargetsColors;
}

type IndustryTarget = Targets['industry'][number];

const PAD = 4;
const VALUE_FONT = 17;
const UNIT_FONT = 11;
const TEXT_FONT = 11.5;
const LINE = 16;
const TAG_FONT = 9.5;

function checkArguments(svg: SVGSVGElement, targets: Pick<Targets, 'industry'>, options: IndustryTargetsChartOptions) {
  const check = chartChecks('renderIndustryTargetsChart');
  const fail = check.fail;
  check.svg(svg);
  if (!Array.isArray(targets?.industry) || targets.industry.length === 0)
    fail('targets.industry', 'expected a non-empty array');
  targets.industry.forEach((d, i) => {
    if (d.value !== null && !(typeof d.value === 'number' && d.value > 0))
      fail(`targets.industry[${i}].value`, `expected a positive number or null, got ${JSON.stringify(d.value)}`);
  });
  check.colors(options.colors, ['value', 'perYear', 'rule'] as const);
}

/**
 * The plan's industry targets as a compact table: each numeric target as a large number with its
 * unit and a "per year" tag where the plan says 每年, beside the target in words; targets without a
 * number follow as a plain list. No shared bar scale: the counts are of different things.
 */
export function renderIndustryTargetsChart(
  svgElement: SVGSVGElement,
  targets: Pick<Targets, 'industry'>,
  options: IndustryTargetsChartOptions,
): { width: number; height: number } {
  checkArguments(svgElement, targets, options);
  const { lang, colors } = options;
  const t = TEXT[lang];
  const width = Math.round(Math.max(240, options.width ?? 360));
  const numeric = targets.industry.filter((d): d is IndustryTarget & { value: number } => d.value !== null);
  const textual = targets.industry.filter((d) => d.value === null);
  const valueText = (d: IndustryTarget & { value: number }) => format(',')(d.value);
  const unitText = (d: IndustryTarget) => (d.unit ? d.unit[lang] : '');
  const tagWidth = Math.ceil(estimateTextWidth(t.perYear, TAG_FONT)) + 10;

  // Left column: number + unit (the unit drops under the number if the pair is too wide).
  const pairWidth = (d: IndustryTarget & { value: number }) =>
    estimateTextWidth(valueText(d), VALUE_FONT, true) + 3 + estimateTextWidth(unitText(d), UNIT_FONT);
  const inlineWidth = (d: IndustryTarget & { value: number }) => pairWidth(d) + (d.per_year ? 6 + tagWidth : 0);
  const maxLeft = width * 0.34;
  // Tags go beside the numbers if all of them fit there, else all under them (never mixed).
  const tagsInline = numeric.every((d) => inlineWidth(d) <= maxLeft);
  const leftWidth =
    Math.ceil(
      Math.min(maxLeft, Math.max(tagWidth, ...numeric.map((d) => (tagsInline ? inlineWidth(d) : pairWidth(d))))),
    ) + 4;
  const textX = PAD + leftWidth + 8;
  const textWidth = width - textX - PAD;

  const svg = select(svgElement)
    .attr('role', 'img')
    .attr('aria-label', t.label)
    .attr('fill', colors.text ?? 'currentColor');
  svg.selectAll('*').remove();

  let y = PAD;
  numeric.forEach((d, i) => {
    const g = svg.append('g').attr('class', 'target').attr('data-target', d.id);
    const lines = wrapText(d.description[lang], textWidth, TEXT_FONT);
    const unitBelow = pairWidth(d) > leftWidth - 4;
    const tagInline = d.per_year && tagsInline && !unitBelow;
    const leftHeight = VALUE_FONT + 4 + (unitBelow ? 14 : 0) + (d.per_year && !tagInline ? 20 : 0);
    const rowHeight = Math.max(leftHeight, lines.length * LINE + 4) + 10;
    if (i > 0)
      g.append('line')
        .attr('x1', PAD)
        .attr('x2', width - PAD)
        .attr('y1', y)
        .attr('y2', y)
        .attr('stroke', colors.rule);
    const top = y + 6;
    const value = g
      .append('text')
      .attr('x', PAD)
      .attr('y', top + VALUE_FONT - 2)
      .attr('fill', colors.value)
      .attr('font-size', VALUE_FONT)
      .attr('font-weight', 700);
    value.append('tspan').text(valueText(d));
    const unit = unitText(d);
    if (unit && !unitBelow)
      value.append('tspan').attr('dx', 3).attr('font-size', UNIT_FONT).attr('font-weight', 400).text(unit);
    if (unit && unitBelow)
      g.append('text')
        .attr('x', PAD)
        .attr('y', top + VALUE_FONT + 12)
        .attr('font-size', UNIT_FONT)
        .attr('fill', colors.value)
        .text(unit);
    if (d.per_year) {
      const tagX = tagInline ? round1(PAD + pairWidth(d) + 6) : PAD;
      const tagY = tagInline ? top + 2 : top + VALUE_FONT + 5 + (unitBelow ? 14 : 0);
      g.append('rect')
        .attr('class', 'per-year')
        .attr('x', tagX)
        .attr('y', tagY)
        .attr('width', tagWidth)
        .attr('height', 15)
        .attr('rx', 7.5)
        .attr('fill', colors.perYear);
      g.append('text')
        .attr('x', round1(tagX + tagWidth / 2))
        .attr('y', tagY + 11)
        .attr('text-anchor', 'middle')
        .attr('font-size', TAG_FONT)
        .text(t.perYear);
    }
    const desc = g.append('text').attr('font-size', TEXT_FONT);
    lines.forEach((line, k) =>
      desc
        .append('tspan')
        .attr('x', textX)
        .attr('y', top + 12 + k * LINE)
        .text(line),
    );
    y += rowHeight;
  });

  if (textual.length > 0) {
    const g = svg.append('g').attr('class', 'other');
    y += numeric.length > 0 ? 8 : 0;
    g.append('text')
      .attr('x', PAD)
      .attr('y', y + 11)
      .attr('font-size', UNIT_FONT)
      .attr('font-weight', 700)
      .attr('fill-opacity', 0.75)
      .text(t.other);
    y += 18;
    for (const d of textual) {
      const item = g.append('text').attr('data-target', d.id).attr('font-size', TEXT_FONT);
      const lines = wrapText(d.description[lang], width - 2 * PAD - 12, TEXT_FONT);
      g.append('circle')
        .attr('cx', PAD + 3)
        .attr('cy', y + 8)
        .attr('r', 2.5)
        .attr('fill', colors.value);
      lines.forEach((line, k) =>
        item
          .append('tspan')
          .attr('x', PAD + 12)
          .attr('y', y + 12 + k * LINE)
          .text(line),
      );
      y += lines.length * LINE + 6;
    }
  }

  const height = Math.ceil(y + PAD);
  svg.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
  return { width, height };
}
