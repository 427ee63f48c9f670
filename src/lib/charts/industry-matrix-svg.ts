import { select, type Selection } from 'd3';
import type { Lang } from '../i18n/locale.svelte';
import type { IndustryMatrix, IndustryMatrixCell } from '../plan/industry-matrix';
import { bindMatrixInteraction, cellKey } from './matrix-interaction';
import { cellTitle, MATRIX_TEXT, type MatrixLabels } from './matrix-text';
import { estimateTextWidth, round1, truncateText } from './text-metrics';
import { chartChecks } from './check-chart-arguments';

export { matrixLabels, type MatrixLabels } from './matrix-text';

/** Theme colours, passed in as tokens. `text` defaults to the surrounding CSS colour. */
export interface MatrixColors {
  prefecture: string;
  county: string;
  none: string;
  highlight: string;
  text?: string;
}

/** Rows and/or a column to mark, e.g. the selected industry and prefecture. */
export interface MatrixHighlight {
  industryIds?: readonly string[];
  prefectureCode?: string | null;
}

export interface IndustryMatrixOptions {
  lang: Lang;
  /** Width available, px; cells shrink to 16 px and labels are cut to fit. Default 360. */
  width?: number;
  labels: MatrixLabels;
  colors: MatrixColors;
  highlight?: MatrixHighlight;
  /** A cell was pointed at or focused (null when the pointer or focus left the grid). */
  onHover?: (cell: IndustryMatrixCell | null) => void;
  /** A cell was clicked, or Enter/Space was pressed on it. */
  onClick?: (cell: IndustryMatrixCell) => void;
}

const FONT = 11;
const LEGEND_FONT = 10.5;
const PAD = 2;
const GAP = 6;

interface MatrixLayout {
  cell: number;
  labelWidth: number;
  gridX: number;
  gridY: number;
  headerHeight: number;
  width: number;
}

function layoutMatrix(matrix: IndustryMatrix, labels: MatrixLabels, lang: Lang, width: number): MatrixLayout {
  const n = matrix.columns.length;
  const widest = Math.max(...matrix.rows.map((r) => estimateTextWidth(labels.industries[r.industryId], FONT)));
  const cell = Math.max(16, Math.min(24, Math.floor((width - 2 * PAD - widest - GAP) / n)));
  const labelWidth = Math.max(48, Math.min(widest + GAP, width - 2 * PAD - n * cell));
  const names = matrix.columns.map((c) => labels.prefectures[c.code]);
  const headerHeight =
    lang === 'zh'
      ? Math.max(...names.map((s) => [...s].length)) * (FONT + 1) + 4
      : Math.ceil(Math.max(...names.map((s) => estimateTextWidth(s, FONT)))) + 6;
  return {
    cell,
    labelWidth,
    gridX: PAD + labelWidth,
    gridY: PAD + headerHeight,
    headerHeight,
    width: PAD * 2 + labelWidth + n * cell,
  };
}

function checkArguments(svg: SVGSVGElement, matrix: IndustryMatrix, options: IndustryMatrixOptions): void {
  const check = chartChecks('renderIndustryMatrix');
  const fail = check.fail;
  check.svg(svg);
  if (!matrix || !Array.isArray(matrix.rows) || !Array.isArray(matrix.columns))
    fail('matrix', 'expected { rows, columns }');
  if (matrix.rows.length === 0 || matrix.columns.length === 0) fail('matrix', 'no rows or no columns');
  matrix.rows.forEach((r, i) => {
    if (r.cells.length !== matrix.columns.length)
      fail(`matrix.rows[${i}].cells`, `expected ${matrix.columns.length} cells, got ${r.cells.length}`);
    if (!(r.industryId in options.labels.industries)) fail(`labels.industries.${r.industryId}`, 'missing');
  });
  for (const c of matrix.columns)
    if (!(c.code in options.labels.prefectures)) fail(`labels.prefectures.${c.code}`, 'missing');
  check.colors(options.colors, ['prefecture', 'county', 'none', 'highlight'] as const);
}

type Sel<E extends Element> = Selection<E, unknown, null, undefined>;

/** The `<g class=name>` child of `parent`, created once so later renders update it in place. */
function layer(parent: Sel<SVGSVGElement>, name: string): Sel<SVGGElement> {
  const found = parent.selectChild<SVGGElement>(`g.${name}`);
  return (found.empty() ? parent.append('g').attr('class', name) : found) as unknown as Sel<SVGGElement>;
}

/**
 * Draw the industry × prefecture matrix into `svgElement` (jsdom or browser). Calling it again
 * updates the same elements, so keyboard focus survives a change of highlight or language.
 * Arrow keys move between cells (one tab stop for the grid); Enter or Space clicks.
 */
export function renderIndustryMatrix(
  svgElement: SVGSVGElement,
  matrix: IndustryMatrix,
  options: IndustryMatrixOptions,
): { width: number; height: number } {
  checkArguments(svgElement, matrix, options);
  const { lang, labels, colors, highlight = {} } = options;
  const t = MATRIX_TEXT[lang];
  const L = layoutMatrix(matrix, labels, lang, options.width ?? 360);
  const { cell, gridX, gridY } = L;
  const textColor = colors.text ?? 'currentColor';
  const gridHeight = matrix.rows.length * cell;
  const rowIndex = new Map(matrix.rows.map((r, i) => [r.industryId, i]));
  const colIndex = new Map(matrix.columns.map((c, j) => [c.code, j]));
  const cx = (j: number) => round1(gridX + j * cell);
  const cy = (i: number) => round1(gridY + i * cell);

  const svg = select(svgElement)
    .attr('role', 'grid')
    .attr('aria-label', t.title(matrix.rows.length, matrix.columns.length))
    .attr('font-size', FONT)
    .attr('fill', textColor);

  // Marked rows and column sit under everything.
  const highlightRows = matrix.rows.filter((r) => highlight.industryIds?.includes(r.industryId));
  const highlightCol = highlight.prefectureCode ? (colIndex.get(highlight.prefectureCode) ?? -1) : -1;
  const bands = layer(svg, 'bands');
  bands
    .selectAll('rect.row-band')
    .data(highlightRows, (d) => (d as { industryId: string }).industryId)
    .join('rect')
    .attr('class', 'row-band')
    .attr('x', PAD)
    .attr('y', (r) => cy(rowIndex.get(r.industryId)!))
    .attr('width', L.labelWidth + matrix.columns.length * cell)
    .attr('height', cell)
    .attr('fill', colors.highlight)
    .attr('fill-opacity', 0.3);
  bands
    .selectAll('rect.col-band')
    .data(highlightCol >= 0 ? [highlightCol] : [])
    .join('rect')
    .attr('class', 'col-band')
    .attr('x', (j) => cx(j))
    .attr('y', PAD)
    .attr('width', cell)
    .attr('height', L.headerHeight + gridHeight)
    .attr('fill', colors.highlight)
    .attr('fill-opacity', 0.3);

  const hover = layer(svg, 'hover').attr('pointer-events', 'none');
  const hoverRow = hover.selectAll('rect.hover-row').data([0]).join('rect').attr('class', 'hover-row');
  const hoverCol = hover.selectAll('rect.hover-col').data([0]).join('rect').attr('class', 'hover-col');
  hover.selectAll('rect').attr('fill', textColor).attr('fill-opacity', 0.07);

  // Column headers: stacked characters in Chinese, text turned 90° in English.
  const header = layer(svg, 'col-labels').attr('role', 'row');
  header
    .selectAll('text')
    .data(matrix.columns, (d) => (d as { code: string }).code)
    .join('text')
    .attr('role', 'columnheader')
    .attr('data-prefecture', (c) => c.code)
    .attr('font-weight', (c) => (c.code === highlight.prefectureCode ? 700 : null))
    .each(function (c, j) {
      const text = select(this);
      const name = labels.prefectures[c.code];
      const x = round1(gridX + (j + 0.5) * cell);
      text.selectAll('tspan').remove();
      if (lang === 'zh') {
        const chars = [...name];
        text.attr('transform', null).attr('text-anchor', 'middle').text(null);
        chars.forEach((ch, k) =>
          text
            .append('tspan')
            .attr('x', x)
            .attr('y', round1(gridY - 5 - (chars.length - 1 - k) * (FONT + 1)))
            .text(ch),
        );
      } else {
        text
          .attr('text-anchor', 'start')
          .attr('transform', `translate(${round1(x + FONT * 0.36)},${gridY - 5}) rotate(-90)`)
          .text(name);
      }
    });

  // One <g role=row> per industry: its label, its cells, and the words-only note.
  const rows = layer(svg, 'rows')
    .selectAll<SVGGElement, (typeof matrix.rows)[number]>('g.row')
    .data(matrix.rows, (r) => r.industryId)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'row').attr('role', 'row');
      g.append('text').attr('class', 'row-label').attr('role', 'rowheader').attr('text-anchor', 'end');
      return g;
    })
    .attr('data-industry', (r) => r.industryId);
  rows
    .select('text.row-label')
    .attr('x', gridX - GAP)
    .attr('y', (r) => round1(cy(rowIndex.get(r.industryId)!) + cell / 2 + FONT * 0.36))
    .attr('font-weight', (r) => (highlight.industryIds?.includes(r.industryId) ? 700 : null))
    .text((r) => truncateText(labels.industries[r.industryId], L.labelWidth - GAP, FONT));

  const cells = rows
    .selectAll<SVGGElement, IndustryMatrixCell>('g.cell')
    .data((r) => r.cells, cellKey)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'cell').attr('role', 'gridcell');
      // The whole cell, gaps included, catches the pointer: no flicker between cells.
      g.append('rect').attr('class', 'hit').attr('fill', 'transparent');
      g.append('rect').attr('class', 'mark');
      g.append('text').attr('text-anchor', 'middle').attr('font-size', 9.5).attr('pointer-events', 'none');
      g.append('title');
      return g;
    })
    .attr('data-industry', (c) => c.industryId)
    .attr('data-prefecture', (c) => c.prefectureCode)
    .attr('data-strength', (c) => c.strength);
  cells
    .select('rect.hit')
    .attr('x', (c) => cx(colIndex.get(c.prefectureCode)!))
    .attr('y', (c) => cy(rowIndex.get(c.industryId)!))
    .attr('width', cell)
    .attr('height', cell);
  cells
    .select('rect.mark')
    .attr('x', (c) => cx(colIndex.get(c.prefectureCode)!) + 1)
    .attr('y', (c) => cy(rowIndex.get(c.industryId)!) + 1)
    .attr('width', cell - 2)
    .attr('height', cell - 2)
    .attr('rx', 2)
    .attr('fill', (c) => colors[c.strength]);
  cells
    .select('text')
    .attr('x', (c) => round1(cx(colIndex.get(c.prefectureCode)!) + cell / 2))
    .attr('y', (c) => round1(cy(rowIndex.get(c.industryId)!) + cell / 2 + 3.4))
    .text((c) => (c.strength === 'county' ? String(c.countyCodes.length) : ''));
  cells.select('title').text((c) => cellTitle(c, labels, lang));

  rows
    .selectAll('text.words-only')
    .data((r) => (r.wordsOnly ? [r] : []))
    .join('text')
    .attr('class', 'words-only')
    .attr('pointer-events', 'none')
    .attr('x', gridX + 6)
    .attr('y', (r) => round1(cy(rowIndex.get(r.industryId)!) + cell / 2 + 3.5))
    .attr('font-size', 10)
    .attr('fill-opacity', 0.75)
    .text(t.wordsOnly);

  // Outline of the hovered or focused cell, above the cells.
  const cursor = layer(svg, 'cursor')
    .attr('pointer-events', 'none')
    .selectAll('rect')
    .data([0])
    .join('rect')
    .attr('fill', 'none')
    .attr('stroke', textColor)
    .attr('stroke-width', 1.5)
    .attr('rx', 2.5)
    .attr('width', cell - 1)
    .attr('height', cell - 1);

  // The hovered cell is remembered on the element, so a re-render (say, the parent highlighting
  // what is hovered) redraws the hover bands at the new layout instead of dropping them.
  const showHover = (c: IndustryMatrixCell | null) => {
    if (!c) {
      svgElement.removeAttribute('data-hover');
      hover.attr('visibility', 'hidden');
      cursor.attr('visibility', 'hidden');
      return;
    }
    svgElement.setAttribute('data-hover', cellKey(c));
    hover.attr('visibility', null);
    cursor
      .attr('visibility', null)
      .attr('x', cx(colIndex.get(c.prefectureCode)!) + 0.5)
      .attr('y', cy(rowIndex.get(c.industryId)!) + 0.5);
    hoverRow
      .attr('x', PAD)
      .attr('y', cy(rowIndex.get(c.industryId)!))
      .attr('width', L.width - 2 * PAD)
      .attr('height', cell);
    hoverCol
      .attr('x', cx(colIndex.get(c.prefectureCode)!))
      .attr('y', PAD)
      .attr('width', cell)
      .attr('height', L.headerHeight + gridHeight);
  };
  const hovered = cells.data().find((c) => cellKey(c) === svgElement.getAttribute('data-hover'));
  showHover(hovered ?? null);
  bindMatrixInteraction(svgElement, cells, { ...options, showHover });

  const legendBottom = renderLegend(layer(svg, 'legend'), colors, lang, gridY + gridHeight + 10, L.width);
  const height = Math.ceil(legendBottom + PAD);
  svg.attr('width', L.width).attr('height', height).attr('viewBox', `0 0 ${L.width} ${height}`);
  return { width: L.width, height };
}

/** Swatches for the three strengths, wrapped to the width; returns the bottom y. */
function renderLegend(g: Sel<SVGGElement>, colors: MatrixColors, lang: Lang, top: number, width: number): number {
  const t = MATRIX_TEXT[lang];
  const items = (['prefecture', 'county', 'none'] as const).map((strength) => ({ strength, label: t[strength] }));
  let x = PAD;
  let y = top;
  const placed = items.map((item) => {
    const w = 12 + 4 + estimateTextWidth(item.label, LEGEND_FONT) + 12;
    if (x > PAD && x + w > width) {
      x = PAD;
      y += 16;
    }
    const at = { ...item, x: round1(x), y: round1(y) };
    x += w;
    return at;
  });
  g.attr('font-size', LEGEND_FONT)
    .selectAll('g.item')
    .data(placed, (d) => (d as { strength: string }).strength)
    .join((enter) => {
      const item = enter.append('g').attr('class', 'item');
      item.append('rect');
      item.append('text');
      return item;
    })
    .attr('transform', (d) => `translate(${d.x},${d.y})`)
    .call((item) => {
      item
        .select('rect')
        .attr('width', 12)
        .attr('height', 12)
        .attr('rx', 2)
        .attr('fill', (d) => colors[d.strength]);
      item
        .select('text')
        .attr('x', 16)
        .attr('y', 10)
        .text((d) => d.label);
    });
  return y + 14;
}
