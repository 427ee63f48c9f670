import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openOverpassCache } from '../../../../src/lib/infra/overpass/cache';
import { OverpassError } from '../../../../src/lib/infra/overpass/fetch-overpass';
import { loadOsmForView } from '../../../../src/lib/infra/overpass/load-osm-view';
import { buildOverpassQuery, DEFAULT_OVERPASS_ENDPOINT, type Bbox } from '../../../../src/lib/infra/overpass/query';

const BBOX: Bbox = [123.1, 41.6, 123.7, 42.0];
const BODY = '{"elements":[{"type":"node","id":42,"lat":41.8,"lon":123.4,"tags":{"railway":"station"}}]}';

/** A fetch that records its calls and answers every request with BODY. */
function fakeFetch() {
  const calls: { url: string; body: string }[] = [];
  const fn = (async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), body: String(init?.body) });
    return new Response(BODY, { status: 200, headers: { 'Content-Type': 'application/json' } });
  }) as typeof fetch;
  return { fn, calls };
}

async function rejection(promise: Promise<unknown>): Promise<OverpassError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(OverpassError);
  return err as OverpassError;
}

describe('loadOsmForView', () => {
  it('fetches once, then answers the same view from the cache', async () => {
    const { fn, calls } = fakeFetch();
    const cache = await openOverpassCache({ indexedDB: new IDBFactory() });
    const options = { bbox: BBOX, themes: ['roads'] as const, fetch: fn, cache };
    const first = await loadOsmForView({ ...options, themes: [...options.themes] });
    expect(first).toMatchObject({ fromCache: false, cacheAvailable: true, bytes: BODY.length });
    expect(first.endpoint).toBe(DEFAULT_OVERPASS_ENDPOINT);
    expect(first.query).toBe(buildOverpassQuery(BBOX, ['roads']));
    expect(first.json.elements[0].id).toBe(42);
    expect(calls).toHaveLength(1);
    expect(calls[0].url).toBe(DEFAULT_OVERPASS_ENDPOINT);
    expect(new URLSearchParams(calls[0].body).get('data')).toBe(first.query);

    const second = await loadOsmForView({ ...options, themes: ['roads'] });
    expect(second).toMatchObject({ fromCache: true, bytes: first.bytes, fetchedAt: first.fetchedAt });
    expect(second.json).toEqual(first.json);
    expect(calls).toHaveLength(1);

    // Another server is another cache entry.
    const other = await loadOsmForView({
      ...options,
      themes: ['roads'],
      endpoint: 'https://other.example/api/interpreter',
    });
    expect(other.fromCache).toBe(false);
    expect(calls).toHaveLength(2);
  });

  it('always fetches with useCache: false, and reports a missing IndexedDB', async () => {
    const { fn, calls } = fakeFetch();
    const cache = await openOverpassCache({ indexedDB: new IDBFactory() });
    await loadOsmForView({ bbox: BBOX, themes: ['power'], fetch: fn, cache, useCache: false });
    const again = await loadOsmForView({ bbox: BBOX, themes: ['power'], fetch: fn, cache, useCache: false });
    expect(again.fromCache).toBe(false);
    expect(calls).toHaveLength(2);

    const off = await openOverpassCache({ indexedDB: null });
    const r = await loadOsmForView({ bbox: BBOX, themes: ['power'], fetch: fn, cache: off });
    expect(r).toMatchObject({ fromCache: false, cacheAvailable: false });
    expect(calls).toHaveLength(3);
  });

  it('refuses a too-large view, an empty theme list or a bad endpoint before sending anything', async () => {
    const { fn, calls } = fakeFetch();
    const cache = await openOverpassCache({ indexedDB: null });
    const big = await rejection(
      loadOsmForView({ bbox: [118.8, 38.7, 125.8, 43.5], themes: ['roads'], fetch: fn, cache }),
    );
    expect(big.code).toBe('bbox');
    expect(big.messages.zh).toContain('请放大地图');
    const none = await rejection(loadOsmForView({ bbox: BBOX, themes: [], fetch: fn, cache }));
    expect(none.code).toBe('bbox');
    const endpoint = await rejection(
      loadOsmForView({ bbox: BBOX, themes: ['water'], endpoint: 'file:///etc/passwd', fetch: fn, cache }),
    );
    expect(endpoint.code).toBe('endpoint');
    expect(calls).toHaveLength(0);
  });

  it('does not fetch when already cancelled', async () => {
    const { fn, calls } = fakeFetch();
    const cache = await openOverpassCache({ indexedDB: new IDBFactory() });
    const err = await rejection(
      loadOsmForView({ bbox: BBOX, themes: ['tourism'], fetch: fn, cache, signal: AbortSignal.abort() }),
    );
    expect(err.code).toBe('aborted');
    expect(calls).toHaveLength(0);
  });
});
