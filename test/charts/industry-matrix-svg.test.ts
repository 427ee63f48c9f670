// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { buildIndustryMatrix, type IndustryMatrixCell } from '../../src/lib/plan/industry-matrix';
import { matrixLabels, renderIndustryMatrix, type MatrixColors } from '../../src/lib/charts/industry-matrix-svg';
import { readBoundaries, readFixturePlan } from './fixtures/load-plan';
import { createSvg, expectSvgSnapshot } from './svg-snapshot';

const { prefectures, counties } = readBoundaries();
const matrix = buildIndustryMatrix(readFixturePlan(), prefectures, counties);
const colors: MatrixColors = { prefecture: '#2f7d5b', county: '#a8d5b9', none: '#eef1f3', highlight: '#f2a900' };

function render(lang: 'zh' | 'en', extra: Partial<Parameters<typeof renderIndustryMatrix>[2]> = {}) {
  const svg = createSvg();
  document.body.append(svg);
  const size = renderIndustryMatrix(svg, matrix, { lang, labels: matrixLabels(matrix, lang), colors, ...extra });
  return { svg, size };
}
const cellEl = (svg: SVGSVGElement, industry: string, prefecture: string) =>
  svg.querySelector<SVGGElement>(`g.cell[data-industry="${industry}"][data-prefecture="${prefecture}"]`)!;

describe('renderIndustryMatrix', () => {
  it('matches the stored SVG (zh, sidebar width, 食用菌 and 大连 marked)', () => {
    const { svg, size } = render('zh', {
      width: 360,
      highlight: { industryIds: ['edible-fungi'], prefectureCode: '210200' },
    });
    expect(size.width).toBeLessThanOrEqual(360);
    expectSvgSnapshot(svg, 'industry-matrix-zh-360');
  });

  it('matches the stored SVG (en, wide panel)', () => {
    const { svg, size } = render('en', { width: 640 });
    expect(size.width).toBeLessThanOrEqual(640);
    expectSvgSnapshot(svg, 'industry-matrix-en-640');
  });

  it('draws one cell per industry × prefecture, with its strength, title and label text', () => {
    const { svg } = render('zh', { width: 360 });
    expect(svg.querySelectorAll('g.cell')).toHaveLength(16 * 14);
    expect(svg.querySelectorAll('g.cell[data-strength="prefecture"]')).toHaveLength(73);
    const dalian = cellEl(svg, 'edible-fungi', '210200');
    expect(dalian.getAttribute('data-strength')).toBe('county');
    expect(dalian.querySelector('title')!.textContent).toBe('食用菌 · 大连市：仅点名庄河市');
    expect(dalian.querySelector('text')!.textContent).toBe('1');
    expect(cellEl(svg, 'tussah-silk', '210600').querySelector('title')!.textContent).toBe(
      '柞蚕 · 丹东市：全市列入；另点名凤城市',
    );
    const columnLabels = [...svg.querySelectorAll('[role=columnheader]')].map((t) => t.textContent);
    expect(columnLabels[0]).toBe('沈阳');
    expect(columnLabels[13]).toBe('葫芦岛');
    expect([...svg.querySelectorAll('text.words-only')].map((t) => t.textContent)).toEqual([
      '规划仅以文字描述区域',
      '规划仅以文字描述区域',
    ]);
  });

  it('names things in English', () => {
    const { svg } = render('en', { width: 360 });
    expect(cellEl(svg, 'edible-fungi', '211300').querySelector('title')!.textContent).toBe(
      'Edible fungi · Chaoyang: only Chaoyang County, Harqin Left Wing Mongol Autonomous County, Lingyuan City',
    );
    expect(svg.querySelector('[role=columnheader]')!.textContent).toBe('Shenyang');
  });

  it('marks the highlighted rows and column', () => {
    const { svg } = render('zh', { highlight: { industryIds: ['oilseeds', 'tobacco'], prefectureCode: '211300' } });
    expect(svg.querySelectorAll('rect.row-band')).toHaveLength(2);
    expect(svg.querySelectorAll('rect.col-band')).toHaveLength(1);
    const bold = [...svg.querySelectorAll('[font-weight="700"]')].map((t) => t.textContent);
    expect(bold).toEqual(['朝阳', '油料', '烟草']);
  });

  it('is one tab stop; arrows move focus, Enter and Space click, hover reports the cell', () => {
    const onClick = vi.fn<(c: IndustryMatrixCell) => void>();
    const onHover = vi.fn<(c: IndustryMatrixCell | null) => void>();
    const { svg } = render('zh', { onClick, onHover, highlight: { industryIds: ['edible-fungi'] } });
    const stops = svg.querySelectorAll('g.cell[tabindex="0"]');
    expect(stops).toHaveLength(1);
    expect(stops[0].getAttribute('data-industry')).toBe('edible-fungi');
    expect(stops[0].getAttribute('data-prefecture')).toBe('210100');

    (stops[0] as SVGGElement).focus();
    stops[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    const dalian = cellEl(svg, 'edible-fungi', '210200');
    expect(document.activeElement).toBe(dalian);
    expect(dalian.getAttribute('tabindex')).toBe('0');
    expect(stops[0].getAttribute('tabindex')).toBe('-1');
    expect(onHover).toHaveBeenLastCalledWith(expect.objectContaining({ prefectureCode: '210200', strength: 'county' }));
    expect(svg.getAttribute('data-hover')).toBe('edible-fungi|210200');

    dalian.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    dalian.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    expect(onClick).toHaveBeenCalledTimes(2);
    expect(onClick.mock.calls[0][0]).toMatchObject({ industryId: 'edible-fungi', countyCodes: ['210283'] });

    dalian.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
    expect(document.activeElement).toBe(cellEl(svg, 'melons', '210200'));

    const tobacco = cellEl(svg, 'tobacco', '211200');
    tobacco.dispatchEvent(new MouseEvent('mouseenter'));
    expect(onHover).toHaveBeenLastCalledWith(expect.objectContaining({ countyCodes: ['211223', '211224', '211282'] }));
    tobacco.dispatchEvent(new MouseEvent('mouseleave', { relatedTarget: svg }));
    expect(onHover).toHaveBeenLastCalledWith(null);
    tobacco.dispatchEvent(new MouseEvent('click'));
    expect(onClick).toHaveBeenLastCalledWith(
      expect.objectContaining({ industryId: 'tobacco', prefectureCode: '211200' }),
    );
  });

  it('updates in place: a new highlight or language keeps the elements, the tab stop and focus', () => {
    const { svg } = render('zh');
    const cell = cellEl(svg, 'fruit', '210600');
    cell.dispatchEvent(new MouseEvent('click'));
    cell.focus();
    renderIndustryMatrix(svg, matrix, {
      lang: 'en',
      labels: matrixLabels(matrix, 'en'),
      colors,
      highlight: { industryIds: ['grain'] },
    });
    expect(cellEl(svg, 'fruit', '210600')).toBe(cell);
    expect(document.activeElement).toBe(cell);
    expect(cell.getAttribute('tabindex')).toBe('0');
    expect(svg.querySelectorAll('g.cell')).toHaveLength(224);
    expect(svg.querySelectorAll('g.rows > g.row')).toHaveLength(16);
    expect(svg.querySelector('[role=columnheader]')!.textContent).toBe('Shenyang');
  });

  it('says what is wrong with its arguments', () => {
    const labels = matrixLabels(matrix, 'zh');
    const svg = createSvg();
    expect(() =>
      renderIndustryMatrix(svg, matrix, { lang: 'zh', labels, colors: { ...colors, county: undefined as never } }),
    ).toThrow('renderIndustryMatrix: colors.county: expected a colour string');
    const { grain: _, ...noGrain } = labels.industries;
    expect(() =>
      renderIndustryMatrix(svg, matrix, { lang: 'zh', labels: { ...labels, industries: noGrain }, colors }),
    ).toThrow('labels.industries.grain: missing');
    const short = { ...matrix, rows: [{ ...matrix.rows[0], cells: matrix.rows[0].cells.slice(1) }] };
    expect(() => renderIndustryMatrix(svg, short, { lang: 'zh', labels, colors })).toThrow(
      'matrix.rows[0].cells: expected 14 cells, got 13',
    );
    expect(() =>
      renderIndustryMatrix(document.createElement('div') as never, matrix, { lang: 'zh', labels, colors }),
    ).toThrow('svg: expected an <svg> element');
  });
});
