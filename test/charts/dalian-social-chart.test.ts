// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderDalianSocialChart } from '../../src/lib/charts/dalian-social-chart';
import { marksWithoutSource, readDalianOutcomes } from './fixtures/load-dalian';
import { createSvg, expectSvgSnapshot } from './svg-snapshot';

const data = readDalianOutcomes();
const colors = { standard: '#2f7d5b', people: '#d9822b', grid: '#dfe5ea' };
const texts = (el: Element, selector: string) => [...el.querySelectorAll(selector)].map((t) => t.textContent);

describe('renderDalianSocialChart', () => {
  for (const [lang, width] of [
    ['zh', 360],
    ['en', 640],
  ] as const) {
    it(`matches the stored SVG (${lang}, ${width} px)`, () => {
      const svg = createSvg();
      expect(renderDalianSocialChart(svg, data, { lang, width, colors }).width).toBe(width);
      expectSvgSnapshot(svg, `dalian-social-${lang}-${width}`);
    });
  }

  it('compares the two rural standards a month, on one scale', () => {
    const svg = createSvg();
    renderDalianSocialChart(svg, data, { lang: 'zh', colors });
    const standards = svg.querySelector('g.section[data-section="standards"]')!;
    expect(texts(standards, 'text.section-label')).toEqual(['农村最低生活保障标准（每人每月）']);
    expect(texts(standards, 'text.label')).toEqual(['农村低保标准（一区两市）', '农村低保标准（其他地区）']);
    expect(texts(standards, 'text.value')).toEqual(['540元/人·月', '750元/人·月']);
    const widths = [...standards.querySelectorAll('rect.bar')].map((r) => Number(r.getAttribute('width')));
    expect(widths[0] / widths[1]).toBeCloseTo(540 / 750, 2);
    // The report gives no urban standard: nothing may say so.
    expect(svg.textContent).not.toMatch(/城市|城镇|urban/i);
  });

  it('shows the people covered and the notes, in English', () => {
    const svg = createSvg();
    renderDalianSocialChart(svg, data, { lang: 'en', width: 640, colors });
    expect(texts(svg, 'g.section[data-section="standards"] text.value')).toEqual([
      '540 yuan per person a month',
      '750 yuan per person a month',
    ]);
    const people = svg.querySelector('g.section[data-section="people"]')!;
    expect(texts(people, 'text.label')).toEqual(['Rural people on allowances', 'People in difficulty insured']);
    expect(texts(people, 'text.value')).toEqual(['31,318 people', '59,538 people']);
    expect(texts(svg, 'g.notes text')).toEqual([
      'Rural allowances reach 23,397 households',
      'Standard raised 13 years in a row',
    ]);
  });

  it('gives every bar and note a title naming its source', () => {
    const svg = createSvg();
    renderDalianSocialChart(svg, data, { lang: 'zh', colors });
    expect([...svg.querySelectorAll('g.figure')].map((g) => g.getAttribute('data-figure'))).toEqual([
      'dibao-standard-three-units',
      'dibao-standard-other',
      'dibao-people',
      'medical-insured',
      'dibao-households',
      'dibao-years-raised',
    ]);
    expect(marksWithoutSource(svg, data)).toEqual([]);
    expect(svg.querySelector('g.figure[data-figure="medical-insured"] > title')!.textContent).toContain(
      '来源：004_9b14d3b26f805d22.txt，Two without Worries and Three Guarantees" Weaves People\'s "Happiness Net › In terms of medical security',
    );
  });

  it('says what is wrong with its arguments', () => {
    const svg = createSvg();
    const missing = { ...data, figures: data.figures.filter((f) => f.id !== 'dibao-people') };
    expect(() => renderDalianSocialChart(svg, missing, { lang: 'zh', colors })).toThrow(
      'renderDalianSocialChart: data.figures: missing the figure "dibao-people"',
    );
    const mixed = structuredClone(data);
    mixed.figures.find((f) => f.id === 'medical-insured')!.unit = { zh: '户', en: 'households' };
    expect(() => renderDalianSocialChart(svg, mixed, { lang: 'zh', colors })).toThrow(
      'data.figures (people): expected one unit for dibao-people, medical-insured',
    );
    expect(() =>
      renderDalianSocialChart(svg, data, { lang: 'zh', colors: { ...colors, people: undefined } as never }),
    ).toThrow('colors.people: expected a colour string');
  });
});
