// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  renderDalianInfrastructureChart,
  selectInfrastructureGroups,
} from '../../src/lib/charts/dalian-infrastructure-chart';
import { marksWithoutSource, readDalianOutcomes } from './fixtures/load-dalian';
import { createSvg, expectSvgSnapshot } from './svg-snapshot';

const data = readDalianOutcomes();
const colors = { value: '#2f7d5b', cell: '#eef1f3' };

/** Qualifier, numeral, unit and label of one cell, as shown. */
function cell(svg: SVGSVGElement, id: string) {
  const g = svg.querySelector(`g.figure[data-figure="${id}"]`)!;
  const text = (cls: string) => g.querySelector(`text.${cls}`)?.textContent ?? '';
  return { qualifier: text('qualifier'), number: text('value'), unit: text('unit'), label: text('label') };
}
const columnsOf = (svg: SVGSVGElement) =>
  new Set([...svg.querySelectorAll('rect.cell')].map((r) => r.getAttribute('x'))).size;

describe('renderDalianInfrastructureChart', () => {
  for (const [lang, width] of [
    ['zh', 360],
    ['en', 640],
  ] as const) {
    it(`matches the stored SVG (${lang}, ${width} px)`, () => {
      const svg = createSvg();
      expect(renderDalianInfrastructureChart(svg, data, { lang, width, colors }).width).toBe(width);
      expectSvgSnapshot(svg, `dalian-infrastructure-${lang}-${width}`);
    });
  }

  it('shows every infrastructure figure once, under its group', () => {
    const svg = createSvg();
    renderDalianInfrastructureChart(svg, data, { lang: 'zh', colors });
    const groups = [...svg.querySelectorAll('g.group')];
    expect(groups.map((g) => g.getAttribute('data-group'))).toEqual(['roads', 'power', 'water', 'housing']);
    expect(groups.map((g) => g.querySelector('text.group-label')!.textContent)).toEqual([
      '交通',
      '电力',
      '饮水',
      '住房',
    ]);
    const ids = [...svg.querySelectorAll('g.figure')].map((g) => g.getAttribute('data-figure'));
    expect(ids).toEqual(data.figures.filter((f) => f.topic === 'infrastructure').map((f) => f.id));
    expect(ids).toHaveLength(11);
    expect(selectInfrastructureGroups(data).find((g) => g.group.id === 'power')!.figures).toHaveLength(5);
  });

  it('writes large numerals with units and qualifiers, in both languages', () => {
    const zh = createSvg();
    renderDalianInfrastructureChart(zh, data, { lang: 'zh', colors });
    expect(cell(zh, 'rural-roads')).toEqual({ qualifier: '约', number: '2,476', unit: '公里', label: '农村公路' });
    expect(cell(zh, 'village-roads-hardened')).toMatchObject({ number: '469', unit: '万平方米' });
    expect(cell(zh, 'power-capacity')).toMatchObject({ qualifier: '', number: '550', unit: '兆伏安' });
    expect(cell(zh, 'safe-housing-share')).toMatchObject({ qualifier: '超过', number: '98', unit: '%' });
    const en = createSvg();
    renderDalianInfrastructureChart(en, data, { lang: 'en', width: 640, colors });
    expect(cell(en, 'rural-roads')).toEqual({
      qualifier: 'about',
      number: '2,476',
      unit: 'km',
      label: 'Rural roads built',
    });
    expect(cell(en, 'village-roads-hardened')).toMatchObject({ number: '4.69', unit: 'million m²' });
    expect(cell(en, 'power-10kv-lines')).toMatchObject({ number: '1,140', unit: 'km', label: '10 kV lines' });
    expect(cell(en, 'safe-water-share')).toMatchObject({ qualifier: 'more than', number: '98', unit: '%' });
    expect(cell(en, 'dilapidated-renovated')).toMatchObject({ number: '10,078', unit: 'buildings' });
    // The numerals are the largest text in the chart.
    const sizes = [...en.querySelectorAll('text.value tspan')].map((t) => Number(t.getAttribute('font-size')));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
  });

  it('gives every cell a title naming its source', () => {
    const svg = createSvg();
    renderDalianInfrastructureChart(svg, data, { lang: 'en', colors });
    expect(marksWithoutSource(svg, data)).toEqual([]);
    expect(svg.querySelector('g.figure[data-figure="power-lv-areas"] > title')!.textContent).toBe(
      'Low-voltage station areas: 2,961 station areas (2016–2020)\nSource: 004_9b14d3b26f805d22.txt, The sense of attainment and happiness of the peasant masses are continuously increasing. › In terms of electricity',
    );
  });

  it('lays the cells out in 2, 3 or 4 columns by width', () => {
    for (const [width, columns] of [
      [360, 2],
      [640, 3],
      [900, 4],
    ] as const) {
      const svg = createSvg();
      renderDalianInfrastructureChart(svg, data, { lang: 'en', width, colors });
      expect(columnsOf(svg), `${width} px`).toBe(columns);
      const right = Math.max(
        ...[...svg.querySelectorAll('rect.cell')].map(
          (r) => Number(r.getAttribute('x')) + Number(r.getAttribute('width')),
        ),
      );
      expect(right).toBeLessThanOrEqual(width);
    }
  });

  it('says what is wrong with its arguments', () => {
    const svg = createSvg();
    const bad = structuredClone(data);
    const i = bad.figures.findIndex((f) => f.id === 'power-capacity');
    bad.figures[i].group = null;
    expect(() => renderDalianInfrastructureChart(svg, bad, { lang: 'zh', colors })).toThrow(
      `renderDalianInfrastructureChart: data.figures[${i}].group: an infrastructure figure needs a group`,
    );
    expect(() =>
      renderDalianInfrastructureChart(svg, data, { lang: 'zh', colors: { value: '#000' } as never }),
    ).toThrow('colors.cell: expected a colour string');
  });
});
