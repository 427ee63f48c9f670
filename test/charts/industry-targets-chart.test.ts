// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderIndustryTargetsChart } from '../../src/lib/charts/industry-targets-chart';
import { readFixturePlan } from './fixtures/load-plan';
import { createSvg, expectSvgSnapshot } from './svg-snapshot';

const { targets } = readFixturePlan();
const colors = { value: '#2f7d5b', perYear: '#f6e3b0', rule: '#e6eaee' };

describe('renderIndustryTargetsChart', () => {
  for (const [lang, width] of [
    ['zh', 360],
    ['en', 360],
    ['en', 640],
  ] as const) {
    it(`matches the stored SVG (${lang}, ${width} px)`, () => {
      const svg = createSvg();
      expect(renderIndustryTargetsChart(svg, targets, { lang, width, colors }).width).toBe(width);
      expectSvgSnapshot(svg, `industry-targets-${lang}-${width}`);
    });
  }

  it('shows each numeric target with its unit, tags the per-year ones, lists the rest as text', () => {
    const svg = createSvg();
    renderIndustryTargetsChart(svg, targets, { lang: 'zh', colors });
    const rows = [...svg.querySelectorAll('g.target')];
    expect(rows.map((g) => g.getAttribute('data-target'))).toEqual([
      'income-projects',
      'leading-enterprises',
      'cooperatives',
      'family-farms',
      'integration-projects',
      'tourism-villages',
      'ecommerce-model',
    ]);
    expect(rows[0].querySelector('text')!.textContent).toBe('1,500个');
    expect(rows.filter((g) => g.querySelector('rect.per-year')).map((g) => g.getAttribute('data-target'))).toEqual([
      'leading-enterprises',
      'cooperatives',
      'family-farms',
      'integration-projects',
      'tourism-villages',
    ]);
    const other = svg.querySelector('g.other')!;
    expect(other.querySelector('text')!.textContent).toBe('其他目标');
    expect(other.querySelector('[data-target="information-network"]')!.textContent).toBe(
      '实现省、市、县三级脱贫信息互联互通',
    );
  });

  it('wraps long descriptions inside the width', () => {
    const svg = createSvg();
    renderIndustryTargetsChart(svg, targets, { lang: 'en', width: 360, colors });
    const integration = svg.querySelector('g.target[data-target="integration-projects"]')!;
    const lines = [...integration.querySelectorAll('tspan[x]')].map((t) => t.textContent);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(targets.industry.find((t) => t.id === 'integration-projects')!.description.en);
  });

  it('says what is wrong with its arguments', () => {
    const svg = createSvg();
    const bad = structuredClone(targets);
    bad.industry[2].value = -5;
    expect(() => renderIndustryTargetsChart(svg, bad, { lang: 'zh', colors })).toThrow(
      'renderIndustryTargetsChart: targets.industry[2].value: expected a positive number or null, got -5',
    );
    expect(() => renderIndustryTargetsChart(svg, { industry: [] }, { lang: 'zh', colors })).toThrow(
      'targets.industry: expected a non-empty array',
    );
  });
});
