import { select, type Selection } from 'd3';
import type { Lang } from '../i18n/locale.svelte';
import type { DalianFigure } from '../data/schemas/dalian-outcomes';
import { chartChecks } from './check-chart-arguments';
import { drawFigureBars } from './dalian-bar-rows';
import { figurePhrase, figureTitle } from './dalian-figure-text';
import { round1, wrapText } from './text-metrics';
import type { DalianChartData } from './dalian-funds-chart';

/**
 * The figures this chart needs, by role. The report gives two rural standards (the three low-income
 * units vs the other areas), not an urban and a rural one.
 */
export const SOCIAL_FIGURES = {
  standards: ['dibao-standard-three-units', 'dibao-standard-other'],
  people: ['dibao-people', 'medical-insured'],
  notes: ['dibao-households', 'dibao-years-raised'],
} as const;

const TEXT = {
  zh: {
    title: '社会保障',
    standards: '农村最低生活保障标准（每人每月）',
    people: '覆盖人数',
    households: (v: string) => `农村低保 ${v}`,
    years: (v: string) => `低保标准连续提高 ${v}`,
  },
  en: {
    title: 'Social security',
    standards: 'Rural minimum living standard, per person a month',
    people: 'People covered',
    households: (v: string) => `Rural allowances reach ${v}`,
    years: (v: string) => `Standard raised ${v} in a row`,
  },
};

/** Theme colours, passed in as tokens (e.g. chart_strong, chart_accent, chart_grid). */
export interface DalianSocialColors {
  /** Bars of the monthly standards. */
  standard: string;
  /** Bars of people covered. */
  people: string;
  grid: string;
  text?: string;
}

export interface DalianSocialChartOptions {
  lang: Lang;
  /** Width available, px. Default 360. */
  width?: number;
  colors: DalianSocialColors;
}

function checkArguments(svg: SVGSVGElement, data: DalianChartData, options: DalianSocialChartOptions) {
  const check = chartChecks('renderDalianSocialChart');
  check.svg(svg);
  if (!Array.isArray(data?.figures)) check.fail('data.figures', 'expected the figures of data/dalian/outcomes.json');
  const ids = new Set(data.figures.map((f) => f.id));
  for (const id of Object.values(SOCIAL_FIGURES).flat())
    if (!ids.has(id)) check.fail('data.figures', `missing the figure "${id}"`);
  for (const [role, list] of [
    ['standards', SOCIAL_FIGURES.standards],
    ['people', SOCIAL_FIGURES.people],
  ] as const) {
    const units = new Set(list.map((id) => data.figures.find((f) => f.id === id)!.unit.en));
    if (units.size !== 1) check.fail(`data.figures (${role})`, `expected one unit for ${list.join(', ')}`);
  }
  check.colors(options.colors, ['standard', 'people', 'grid'] as const);
}

const PAD = 4;

/**
 * Social security in Dalian, 2020: the rural minimum living standards side by side (yuan per
 * person a month), the people covered by allowances and by basic medical insurance, and two notes
 * (households on allowances, years of raised standards). Every mark has a `<title>` with its source.
 */
export function renderDalianSocialChart(
  svgElement: SVGSVGElement,
  data: DalianChartData,
  options: DalianSocialChartOptions,
): { width: number; height: number } {
  checkArguments(svgElement, data, options);
  const { lang, colors } = options;
  const t = TEXT[lang];
  const width = Math.round(Math.max(240, options.width ?? 360));
  const get = (id: string): DalianFigure => data.figures.find((f) => f.id === id)!;
  const right = width - PAD;

  const svg = select(svgElement)
    .attr('role', 'img')
    .attr('aria-label', t.title)
    .attr('fill', colors.text ?? 'currentColor');
  svg.selectAll('*').remove();
  svg.append('text').attr('x', PAD).attr('y', 14).attr('font-size', 13).attr('font-weight', 700).text(t.title);

  let y = 26;
  const heading = (parent: Selection<SVGGElement, unknown, null, undefined>, text: string) => {
    for (const line of wrapText(text, right - PAD, 11)) {
      parent
        .append('text')
        .attr('class', 'section-label')
        .attr('x', PAD)
        .attr('y', round1(y + 11))
        .attr('font-size', 11)
        .attr('font-weight', 700)
        .attr('fill-opacity', 0.75)
        .text(line);
      y += 15;
    }
    y += 3;
  };
  const sections = [
    ['standards', t.standards, SOCIAL_FIGURES.standards, colors.standard],
    ['people', t.people, SOCIAL_FIGURES.people, colors.people],
  ] as const;
  for (const [id, title, ids, bar] of sections) {
    const g = svg.append('g').attr('class', 'section').attr('data-section', id);
    heading(g, title);
    const figures = ids.map(get);
    y = drawFigureBars(g, figures, y, { lang, left: PAD, right, scale: figures, colors: { bar, grid: colors.grid } });
    y += 4;
  }

  // Figures without a bar of their own: a line of text each, still a mark with its source.
  const notes = svg.append('g').attr('class', 'notes');
  const noteText = { 'dibao-households': t.households, 'dibao-years-raised': t.years };
  for (const id of SOCIAL_FIGURES.notes) {
    const f = get(id);
    const g = notes.append('g').attr('class', 'figure').attr('data-figure', f.id);
    g.append('title').text(figureTitle(f, lang));
    for (const line of wrapText(noteText[id](figurePhrase(f, lang)), right - PAD, 11.5)) {
      g.append('text')
        .attr('x', PAD)
        .attr('y', round1(y + 11))
        .attr('font-size', 11.5)
        .text(line);
      y += 16;
    }
  }

  const height = Math.ceil(y + PAD);
  svg.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
  return { width, height };
}
