// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderExitTargetsChart, summariseExitTargets } from '../../src/lib/charts/exit-targets-chart';
import { readFixturePlan } from './fixtures/load-plan';
import { createSvg, expectSvgSnapshot } from './svg-snapshot';

const { targets } = readFixturePlan();
const colors = { bar: '#2f7d5b', marker: '#d35400', grid: '#dfe4e8' };
const texts = (el: Element, selector: string) => [...el.querySelectorAll(selector)].map((t) => t.textContent);

describe('summariseExitTargets', () => {
  it('sums the yearly targets and compares them with the stated total', () => {
    const s = summariseExitTargets(targets);
    expect(s.yearlySum).toBe(439_700);
    expect(s.total).toBe(439_731);
    expect(s.difference).toBe(31);
    expect([s.firstCounted, s.lastCounted, s.finalYear]).toEqual([2016, 2019, 2020]);
  });
});

describe('renderExitTargetsChart', () => {
  for (const [lang, width] of [
    ['zh', 360],
    ['en', 640],
  ] as const) {
    it(`matches the stored SVG (${lang}, ${width} px)`, () => {
      const svg = createSvg();
      const size = renderExitTargetsChart(svg, targets, { lang, width, colors });
      expect(size.width).toBe(width);
      expectSvgSnapshot(svg, `exit-targets-${lang}-${width}`);
    });
  }

  it('draws bars for 2016–2019 in 万人 and a labelled marker, not a bar, for 2020', () => {
    const svg = createSvg();
    renderExitTargetsChart(svg, targets, { lang: 'zh', colors });
    expect(svg.querySelectorAll('g.year rect')).toHaveLength(4);
    expect(texts(svg, 'g.year:not(.marker) text[font-weight="600"]')).toEqual(['10', '10', '11.3', '12.67']);
    const marker = svg.querySelector('g.year.marker')!;
    expect(marker.getAttribute('data-year')).toBe('2020');
    expect(marker.querySelector('rect')).toBeNull();
    expect(texts(marker, 'text')).toEqual(['巩固', '2020']);
    expect(svg.textContent).toContain('万人');
    // Bar heights keep the ratio of the numbers: 126,700 / 100,000.
    const heights = [...svg.querySelectorAll('g.year rect')].map((r) => Number(r.getAttribute('height')));
    expect(heights[3] / heights[0]).toBeCloseTo(1.267, 2);
  });

  it('states the total and the computed sum with the difference, in both languages', () => {
    const zh = createSvg();
    renderExitTargetsChart(zh, targets, { lang: 'zh', colors });
    expect(texts(zh, 'g.notes text').join('')).toBe(
      '到2020年，有劳动能力的 439,731 贫困人口全部脱贫2016—2019年各年度目标合计 439,700 人，比总目标少 31 人；规划未说明差额。',
    );
    const en = createSvg();
    renderExitTargetsChart(en, targets, { lang: 'en', width: 640, colors });
    expect(texts(en, 'g.notes text').join(' ')).toBe(
      'By 2020: all 439,731 poor people able to work exit poverty The yearly targets for 2016–2019 add up to 439,700, 31 fewer than the total; the plan does not explain the difference.',
    );
    expect(texts(en, 'g.year:not(.marker) text[font-weight="600"]')).toEqual(['100', '100', '113', '126.7']);
    expect(texts(en, 'g.marker text')[0]).toBe('consolidation');
    expect(en.textContent).toContain('thousand people');
  });

  it('computes the sum from the years, not from a stored number', () => {
    const changed = structuredClone(targets);
    changed.exit_by_year[3].people = 126_731;
    changed.exit_total.by_year = 439_731;
    const svg = createSvg();
    renderExitTargetsChart(svg, changed, { lang: 'en', width: 640, colors });
    expect(svg.querySelector('g.notes')!.textContent).toContain('add up to 439,731, the same as the total.');
  });

  it('says what is wrong with its arguments', () => {
    const svg = createSvg();
    const dup = structuredClone(targets);
    dup.exit_by_year[1].year = 2016;
    expect(() => renderExitTargetsChart(svg, dup, { lang: 'zh', colors })).toThrow(
      'renderExitTargetsChart: targets.exit_by_year[1].year: duplicate year 2016',
    );
    const wrongSum = structuredClone(targets);
    wrongSum.exit_total.by_year = 439_731;
    expect(() => renderExitTargetsChart(svg, wrongSum, { lang: 'zh', colors })).toThrow(
      'targets.exit_total.by_year: expected 439700 (the sum of exit_by_year), got 439731',
    );
    expect(() => renderExitTargetsChart(svg, targets, { lang: 'zh', colors: { ...colors, bar: 1 as never } })).toThrow(
      'colors.bar: expected a colour string',
    );
  });
});
