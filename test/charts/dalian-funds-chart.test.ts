// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderDalianFundsChart, selectFundsFigures } from '../../src/lib/charts/dalian-funds-chart';
import { figurePhrase, figureTitle, formatFigure } from '../../src/lib/charts/dalian-figure-text';
import { marksWithoutSource, readDalianOutcomes } from './fixtures/load-dalian';
import { createSvg, expectSvgSnapshot } from './svg-snapshot';

const data = readDalianOutcomes();
const colors = { bar: '#2f7d5b', grid: '#dfe5ea' };
const texts = (el: Element, selector: string) => [...el.querySelectorAll(selector)].map((t) => t.textContent);
const figure = (id: string) => data.figures.find((f) => f.id === id)!;

describe('dalian figure text', () => {
  it('scales numbers as each language reads them and keeps the qualifier', () => {
    expect(formatFigure(figure('special-funds'), 'zh')).toEqual({ qualifier: '', number: '2.8', unit: '亿元' });
    expect(formatFigure(figure('special-funds'), 'en')).toEqual({ qualifier: '', number: '280', unit: 'million yuan' });
    expect(figurePhrase(figure('industrial-benefit'), 'en')).toBe('1.04 billion yuan');
    expect(figurePhrase(figure('aid-sales'), 'zh')).toBe('超过300万元');
    expect(figurePhrase(figure('fruit-trees'), 'zh')).toBe('近20,000亩');
    expect(figurePhrase(figure('safe-water-share'), 'en')).toBe('more than 98%');
    expect(figurePhrase(figure('village-roads-hardened'), 'zh')).toBe('469万平方米');
  });

  it('writes a title with the period and the source file and section', () => {
    expect(figureTitle(figure('special-funds'), 'en')).toBe(
      'Special poverty-alleviation funds: 280 million yuan (2016–2020)\nSource: 004_9b14d3b26f805d22.txt, Industrial development is the key.',
    );
    expect(figureTitle(figure('tourism-income'), 'zh')).toBe(
      '休闲农业和乡村旅游综合收入：140亿元（2020）\n来源：000_caf38b5fb39de743.txt，三. › (十四) Develop leisure agriculture and rural tourism',
    );
  });
});

describe('renderDalianFundsChart', () => {
  for (const [lang, width] of [
    ['zh', 360],
    ['en', 640],
  ] as const) {
    it(`matches the stored SVG (${lang}, ${width} px)`, () => {
      const svg = createSvg();
      expect(renderDalianFundsChart(svg, data, { lang, width, colors }).width).toBe(width);
      expectSvgSnapshot(svg, `dalian-funds-${lang}-${width}`);
    });
  }

  it('draws the yuan figures by topic, largest first, each with its value and unit', () => {
    const svg = createSvg();
    renderDalianFundsChart(svg, data, { lang: 'zh', colors });
    expect(texts(svg, 'g.topic > text.topic-label')).toEqual(['资金投入', '定点帮扶', '驻村干部与规划']);
    expect([...svg.querySelectorAll('rect.bar')].map((r) => r.getAttribute('data-figure'))).toEqual([
      'industrial-benefit',
      'project-investment',
      'special-funds',
      'aid-investment',
      'aid-sales',
      'enterprise-investment',
      'cadre-funds',
    ]);
    expect(texts(svg, 'text.value')).toEqual([
      '10.4亿元',
      '7.6亿元',
      '2.8亿元',
      '1.02亿元',
      '超过300万元',
      '4.1亿元',
      '2.2亿元',
    ]);
    expect(svg.querySelector('text')!.textContent).toBe('资金、投资与帮扶（2016—2020年）');
    // One scale: bar lengths keep the ratio of the amounts (760 million / 1.04 billion).
    const width = (id: string) => Number(svg.querySelector(`rect.bar[data-figure="${id}"]`)!.getAttribute('width'));
    expect(width('project-investment') / width('industrial-benefit')).toBeCloseTo(760 / 1040, 2);
    expect(width('cadre-funds') / width('special-funds')).toBeCloseTo(220 / 280, 2);
  });

  it('writes English values with "more than" and names every bar\'s source in its title', () => {
    const svg = createSvg();
    renderDalianFundsChart(svg, data, { lang: 'en', width: 640, colors });
    expect(texts(svg, 'text.value')).toEqual([
      '1.04 billion yuan',
      '760 million yuan',
      '280 million yuan',
      '102 million yuan',
      'more than 3 million yuan',
      '410 million yuan',
      '220 million yuan',
    ]);
    const bars = [...svg.querySelectorAll('rect.bar')];
    expect(
      bars.every((r) => r.closest('g.figure')?.getAttribute('data-figure') === r.getAttribute('data-figure')),
    ).toBe(true);
    expect(svg.querySelectorAll('g.figure')).toHaveLength(bars.length);
    expect(marksWithoutSource(svg, data)).toEqual([]);
    expect(svg.querySelector('g.figure[data-figure="aid-investment"] > title')!.textContent).toContain(
      'Source: 004_9b14d3b26f805d22.txt, All parties are working together to tackle the problem.',
    );
  });

  it('would report a title without its source', () => {
    const svg = createSvg();
    renderDalianFundsChart(svg, data, { lang: 'en', colors });
    svg.querySelector('g.figure[data-figure="special-funds"] > title')!.textContent = 'Special funds';
    expect(marksWithoutSource(svg, data)).toEqual(['special-funds: "Special funds"']);
  });

  it('says what is wrong with its arguments', () => {
    const svg = createSvg();
    expect(() => renderDalianFundsChart({} as SVGSVGElement, data, { lang: 'zh', colors })).toThrow(
      'renderDalianFundsChart: svg: expected an <svg> element',
    );
    const bad = structuredClone(data);
    bad.figures[5].value = -1;
    expect(() => renderDalianFundsChart(svg, bad, { lang: 'zh', colors })).toThrow(
      'renderDalianFundsChart: data.figures[5].value: expected a positive number, got -1',
    );
    const none = { topics: data.topics, figures: data.figures.filter((f) => f.unit.en !== 'yuan') };
    expect(selectFundsFigures(none)).toEqual([]);
    expect(() => renderDalianFundsChart(svg, none, { lang: 'zh', colors })).toThrow(
      'data.figures: no yuan figures of the topics funds, aid, cadres',
    );
    expect(() => renderDalianFundsChart(svg, data, { lang: 'zh', colors: { bar: '#000' } as never })).toThrow(
      'colors.grid: expected a colour string',
    );
  });
});
