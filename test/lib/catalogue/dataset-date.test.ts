import { describe, expect, it } from 'vitest';
import { formatDatasetDate } from '../../../src/lib/catalogue/dataset-date';

describe('formatDatasetDate', () => {
  it('shows the date with its kind in words, in the interface language', () => {
    const plan = { value: '2016-08-27', kind: 'issued', note: 'n' } as const;
    expect(formatDatasetDate(plan, 'zh')).toBe('2016-08-27（印发日期）');
    expect(formatDatasetDate(plan, 'en')).toBe('2016-08-27 (issued)');
    expect(formatDatasetDate({ value: '2023-06-30', kind: 'as-of', note: 'n' }, 'en')).toBe('2023-06-30 (as of)');
    expect(formatDatasetDate({ value: '2023-06-30', kind: 'as-of', note: 'n' }, 'zh')).toBe(
      '2023-06-30（数据截止日期）',
    );
  });

  it('says unknown plainly when there is no date', () => {
    const none = { value: null, kind: 'unknown', note: 'n' } as const;
    expect(formatDatasetDate(none, 'en')).toBe('unknown');
    expect(formatDatasetDate(none, 'zh')).toBe('不详');
  });
});
