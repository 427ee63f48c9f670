import { describe, expect, it } from 'vitest';
import { estimateTextWidth, round1, truncateText, wrapText } from '../../src/lib/charts/text-metrics';

describe('text metrics', () => {
  it('counts CJK characters as 1 em and Latin letters narrower', () => {
    expect(estimateTextWidth('食用菌', 10)).toBe(30);
    // Measured in Chromium with Noto Sans SC at 11 px: 150.4 and 61.1.
    expect(estimateTextWidth('abcdefghijklmnopqrstuvwxyz', 11)).toBeCloseTo(150.4, -1);
    expect(Math.abs(estimateTextWidth('0123456789', 11) - 61.1)).toBeLessThan(1);
    // 'Chinese medicinal herbs' 125.4, 'Watermelon and melon' 120.0: within 5 %.
    expect(estimateTextWidth('Chinese medicinal herbs', 11) / 125.4).toBeCloseTo(1, 1);
    expect(estimateTextWidth('Watermelon and melon', 11) / 120).toBeCloseTo(1, 1);
  });

  it('wraps Latin text at spaces and Chinese text between characters, keeping punctuation on its line', () => {
    expect(wrapText('Develop 50 provincial-level model family farms every year', 120, 11)).toEqual([
      'Develop 50',
      'provincial-level model',
      'family farms every',
      'year',
    ]);
    const zh = wrapText('实现省、市、县三级脱贫信息互联互通', 60, 10);
    expect(zh.join('')).toBe('实现省、市、县三级脱贫信息互联互通');
    expect(zh[0]).toBe('实现省、');
    expect(zh.every((line) => estimateTextWidth(line, 10) <= 60)).toBe(true);
  });

  it('cuts text to a width with an ellipsis, and rounds to one decimal', () => {
    expect(truncateText('Chinese medicinal herbs', 80, 11)).toBe('Chinese med…');
    expect(truncateText('Grain', 80, 11)).toBe('Grain');
    expect(round1(12.345)).toBe(12.3);
  });
});

describe('wrapText keeps numbers with their measure word', () => {
  it('never leaves 家 alone after 10', () => {
    const lines = wrapText('每年培育省级以上农业产业化脱贫龙头企业10家', 240, 11.5);
    expect(lines).toEqual(['每年培育省级以上农业产业化脱贫龙头企业', '10家']);
  });
});
