import type { Selection } from 'd3';
import type { IndustryMatrixCell } from '../plan/industry-matrix';

/** A cell's id within the grid. */
export const cellKey = (c: IndustryMatrixCell): string => `${c.industryId}|${c.prefectureCode}`;

export interface MatrixInteractionOptions {
  highlight?: { industryIds?: readonly string[]; prefectureCode?: string | null };
  onHover?: (cell: IndustryMatrixCell | null) => void;
  onClick?: (cell: IndustryMatrixCell) => void;
  /** Draw (or, with null, hide) the hover bands; no callback. */
  showHover: (cell: IndustryMatrixCell | null) => void;
}

/**
 * Pointer and keyboard behaviour of the matrix cells: hover bands, a roving tabindex (the grid is
 * one tab stop; arrow keys, Home and End move within it), Enter or Space = click. Binding again
 * replaces the handlers and keeps the tab stop where it was.
 */
export function bindMatrixInteraction(
  svgElement: SVGSVGElement,
  cells: Selection<SVGGElement, IndustryMatrixCell, SVGGElement, unknown>,
  opts: MatrixInteractionOptions,
): void {
  const byKey = new Map<string, SVGGElement>();
  cells.each(function (d) {
    byKey.set(cellKey(d), this);
  });
  const data = cells.data();
  // Keep the tab stop where it was; else start on a marked cell.
  const previous = svgElement.querySelector('g.cell[tabindex="0"]');
  const prevKey = previous
    ? `${previous.getAttribute('data-industry')}|${previous.getAttribute('data-prefecture')}`
    : '';
  const marked = data.find(
    (d) => opts.highlight?.industryIds?.includes(d.industryId) || d.prefectureCode === opts.highlight?.prefectureCode,
  );
  const activeKey = byKey.has(prevKey) ? prevKey : marked ? cellKey(marked) : cellKey(data[0]);
  cells.attr('tabindex', (d) => (cellKey(d) === activeKey ? 0 : -1));
  const makeTabStop = (target: Element) => byKey.forEach((n) => n.setAttribute('tabindex', n === target ? '0' : '-1'));

  const columns = [...new Set(data.map((d) => d.prefectureCode))];
  const rows = [...new Set(data.map((d) => d.industryId))];
  const moveFocus = (from: IndustryMatrixCell, key: string): boolean => {
    const i = rows.indexOf(from.industryId);
    const j = columns.indexOf(from.prefectureCode);
    const step: Record<string, [number, number]> = {
      ArrowUp: [i - 1, j],
      ArrowDown: [i + 1, j],
      ArrowLeft: [i, j - 1],
      ArrowRight: [i, j + 1],
      Home: [i, 0],
      End: [i, columns.length - 1],
    };
    const to = step[key];
    if (!to) return false;
    const target = byKey.get(`${rows[to[0]]}|${columns[to[1]]}`);
    if (target) {
      makeTabStop(target);
      target.focus();
    }
    return true;
  };

  const enter = (c: IndustryMatrixCell) => {
    opts.showHover(c);
    opts.onHover?.(c);
  };
  // Moving from one cell straight to another is not leaving the grid: no null in between.
  const leave = (event: MouseEvent | FocusEvent) => {
    const next = event.relatedTarget as Element | null;
    if (next && typeof next.closest === 'function' && next.closest('g.cell') && svgElement.contains(next)) return;
    opts.showHover(null);
    opts.onHover?.(null);
  };
  cells
    .on('mouseenter', (_, c) => enter(c))
    .on('mouseleave', leave)
    .on('focus', (_, c) => enter(c))
    .on('blur', leave)
    .on('click', function (_, c) {
      makeTabStop(this);
      opts.onClick?.(c);
    })
    .on('keydown', (event: KeyboardEvent, c) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        opts.onClick?.(c);
      } else if (moveFocus(c, event.key)) event.preventDefault();
    });
}
