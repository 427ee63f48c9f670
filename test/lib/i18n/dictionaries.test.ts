import { describe, expect, it } from 'vitest';
import { en } from '../../../src/lib/i18n/en';
import { formatMessage, translate } from '../../../src/lib/i18n/locale.svelte';
import { zh } from '../../../src/lib/i18n/zh';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('have the same keys, no empty strings, and the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [k, v] of Object.entries(zh)) {
      expect(v.trim(), k).not.toBe('');
      expect(en[k as keyof typeof zh].trim(), k).not.toBe('');
      expect(placeholders(en[k as keyof typeof zh]), k).toEqual(placeholders(v));
    }
  });

  it('Chinese strings are Chinese and English strings have no Han characters', () => {
    const han = /\p{Script=Han}/u;
    expect(han.test(zh.app_title)).toBe(true);
    const exceptions = new Set(['language_switch', 'basemap_attribution']);
    for (const [k, v] of Object.entries(en))
      if (!exceptions.has(k) && k !== 'basemap_tianditu') expect(han.test(v), k).toBe(false);
  });

  it('fills placeholders and leaves unknown ones', () => {
    expect(formatMessage('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(translate('en', 'error_fetch', { file: 'data/x.geojson', detail: 'HTTP 404' })).toBe(
      'data/x.geojson: could not be read (HTTP 404)',
    );
  });
});
