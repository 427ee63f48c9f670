import { describe, expect, it } from 'vitest';
import { buildFieldInfo } from '../../../src/lib/io/formats/field-info';
import type { AttributeValue, RawFeature } from '../../../src/lib/io/formats/types';

const f = (properties: Record<string, AttributeValue>): RawFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [0, 0] },
  properties,
});

describe('buildFieldInfo', () => {
  it('gives each field its type and up to 5 distinct samples in order of first appearance', () => {
    const fields = buildFieldInfo([
      f({ 名称: '甲', kv: 220, ok: true, note: null, mix: 1 }),
      f({ 名称: '乙', kv: 66, ok: false, note: '', mix: 'a' }),
      f({ 名称: '甲', kv: 220, ok: true }),
      f({ 名称: '丙', kv: 10, extra: 'late' }),
      f({ 名称: '丁', kv: 35 }),
      f({ 名称: '戊', kv: 500 }),
      f({ 名称: '己', kv: 1000 }),
    ]);
    expect(fields).toEqual([
      { name: '名称', type: 'string', samples: ['甲', '乙', '丙', '丁', '戊'] },
      { name: 'kv', type: 'number', samples: [220, 66, 10, 35, 500] },
      { name: 'ok', type: 'boolean', samples: [true, false] },
      { name: 'note', type: 'empty', samples: [] },
      { name: 'mix', type: 'mixed', samples: [1, 'a'] },
      { name: 'extra', type: 'string', samples: ['late'] },
    ]);
  });

  it('returns no fields for no features', () => {
    expect(buildFieldInfo([])).toEqual([]);
  });
});
