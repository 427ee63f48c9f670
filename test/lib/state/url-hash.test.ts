import { describe, expect, it } from 'vitest';
import { parseHash, serializeHash, type UrlState } from '../../../src/lib/state/url-hash';

const KNOWN = ['land', 'counties', 'prefectures'];

describe('parseHash / serializeHash', () => {
  it('round-trips a full link', () => {
    const state: UrlState = {
      route: 'explore',
      view: { zoom: 8, lat: 39.7, lon: 122.9, bearing: 0, pitch: 0 },
      layers: ['land', 'counties'],
      opacity: { counties: 0.5 },
      lang: 'en',
      selected: { layer: 'counties', id: '210283' },
    };
    const hash = serializeHash(state);
    expect(hash).toBe(
      '#/explore?map=8.00/39.7000/122.9000&layers=land,counties&opacity=counties:0.5&lang=en&sel=counties:210283',
    );
    expect(parseHash(hash, KNOWN)).toEqual(state);
  });

  it('keeps bearing and pitch only when set', () => {
    const hash = serializeHash({ route: 'explore', view: { zoom: 7, lat: 41, lon: 122, bearing: 12.5, pitch: 30 } });
    expect(hash).toBe('#/explore?map=7.00/41.0000/122.0000/12.5/30.0');
    expect(parseHash(hash, KNOWN).view).toEqual({ zoom: 7, lat: 41, lon: 122, bearing: 12.5, pitch: 30 });
  });

  it('drops unknown layers and malformed parts instead of failing', () => {
    const s = parseHash(
      '#/explore?map=abc/1/2&layers=land,nope,counties&opacity=counties:x,land:2&lang=fr&sel=bogus:1',
      KNOWN,
    );
    expect(s.view).toBeUndefined();
    expect(s.layers).toEqual(['land', 'counties']);
    expect(s.opacity).toEqual({ land: 1 });
    expect(s.lang).toBeUndefined();
    expect(s.selected).toBeUndefined();
  });

  it('treats an empty layers list as "all hidden" and a missing one as "defaults"', () => {
    expect(parseHash('#/explore?layers=', KNOWN).layers).toEqual([]);
    expect(parseHash('#/explore', KNOWN).layers).toBeUndefined();
  });

  it('falls back to the explore route for unknown paths and rejects out-of-range views', () => {
    expect(parseHash('#/nowhere', KNOWN).route).toBe('explore');
    expect(parseHash('', KNOWN).route).toBe('explore');
    expect(parseHash('#/briefing', KNOWN).route).toBe('briefing');
    expect(parseHash('#/explore?map=7/95/122', KNOWN).view).toBeUndefined();
    expect(parseHash('#/explore?map=30/41/122', KNOWN).view?.zoom).toBe(22);
  });

  it('ignores selection ids with characters that could inject markup', () => {
    expect(parseHash('#/explore?sel=counties:<img>', KNOWN).selected).toBeUndefined();
  });
});
