import { describe, expect, it } from 'vitest';
import { checkOnlineBasemap, rasterSourceFor } from '../../../src/lib/map/online-basemaps';

describe('online basemaps', () => {
  it('accepts good input and names the problem of bad input', () => {
    expect(checkOnlineBasemap({ kind: 'none' })).toBeNull();
    expect(checkOnlineBasemap({ kind: 'osm' })).toBeNull();
    expect(checkOnlineBasemap({ kind: 'tianditu', key: '' })).toBe('key_missing');
    expect(checkOnlineBasemap({ kind: 'tianditu', key: 'abc"><script>' })).toBe('key_missing');
    expect(checkOnlineBasemap({ kind: 'tianditu', key: '0123456789abcdef0123456789abcdef' })).toBeNull();
    expect(checkOnlineBasemap({ kind: 'xyz', url: 'tiles/{z}/{x}/{y}.png' })).toBe('url_invalid');
    expect(checkOnlineBasemap({ kind: 'xyz', url: 'javascript:alert(1)//{z}{x}{y}' })).toBe('url_invalid');
    expect(checkOnlineBasemap({ kind: 'xyz', url: 'https://t.example/{z}/{x}.png' })).toBe('xyz_needs_placeholders');
    expect(checkOnlineBasemap({ kind: 'xyz', url: 'https://t.example/{z}/{x}/{y}.png' })).toBeNull();
    expect(checkOnlineBasemap({ kind: 'style', url: 'https://s.example/style.json' })).toBeNull();
  });

  it('builds raster sources only for online kinds', () => {
    expect(rasterSourceFor({ kind: 'none' })).toBeNull();
    expect(rasterSourceFor({ kind: 'osm' })?.tiles).toHaveLength(1);
    const tdt = rasterSourceFor({ kind: 'tianditu', key: 'k'.repeat(32) });
    expect(tdt?.tiles).toHaveLength(4);
    expect(tdt?.tiles?.every((t) => t.includes('tk=' + 'k'.repeat(32)) && t.includes('{z}'))).toBe(true);
  });
});
