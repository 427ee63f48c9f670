import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  clearCache,
  getCached,
  openOverpassCache,
  overpassCacheKey,
  putCached,
  type OverpassCacheOptions,
} from '../../../../src/lib/infra/overpass/cache';
import type { OverpassResult } from '../../../../src/lib/infra/overpass/fetch-overpass';

const EP = 'https://overpass.example/api/interpreter';
const DAY = 24 * 60 * 60 * 1000;

function result(id: number, bytes: number, endpoint = EP): OverpassResult {
  return {
    json: { elements: [{ type: 'node', id, lat: 41, lon: 123, tags: { name: `n${id}` } }] },
    bytes,
    endpoint,
    fetchedAt: new Date(Date.UTC(2025, 0, 1)).toISOString(),
  };
}

/** A fresh in-memory IndexedDB and a clock the test moves by hand. */
async function setup(options: OverpassCacheOptions = {}) {
  const clock = { t: Date.UTC(2025, 0, 1) };
  const cache = await openOverpassCache({ indexedDB: new IDBFactory(), now: () => clock.t, ...options });
  return { cache, clock };
}

describe('overpassCacheKey', () => {
  it('depends on endpoint and query, not on surrounding spaces of the endpoint', () => {
    expect(overpassCacheKey(` ${EP} `, 'q')).toBe(overpassCacheKey(EP, 'q'));
    expect(overpassCacheKey(EP, 'q1')).not.toBe(overpassCacheKey(EP, 'q2'));
    expect(overpassCacheKey(EP, 'q')).not.toBe(overpassCacheKey('https://other.example/api/interpreter', 'q'));
  });
});

describe('Overpass cache', () => {
  it('stores and returns an answer, keyed by endpoint and query', async () => {
    const { cache, clock } = await setup();
    expect(cache.available).toBe(true);
    expect(await getCached(cache, EP, 'q1')).toBeNull();
    expect(await putCached(cache, 'q1', result(1, 1000))).toBe(true);
    const hit = await getCached(cache, EP, 'q1');
    expect(hit).toEqual({ ...result(1, 1000), query: 'q1', storedAt: clock.t });
    expect(await getCached(cache, EP, 'q2')).toBeNull();
    expect(await getCached(cache, 'https://other.example/api/interpreter', 'q1')).toBeNull();
  });

  it('expires entries after maxAgeMs (default 7 days)', async () => {
    const { cache, clock } = await setup();
    await putCached(cache, 'q', result(1, 10));
    clock.t += 7 * DAY;
    expect((await getCached(cache, EP, 'q'))?.json.elements[0].id).toBe(1);
    clock.t += 1;
    expect(await getCached(cache, EP, 'q')).toBeNull();
    // The expired entry was deleted, not just hidden.
    clock.t -= 1;
    expect(await getCached(cache, EP, 'q')).toBeNull();
  });

  it('evicts the oldest entries once the total size passes the limit', async () => {
    const { cache, clock } = await setup({ maxTotalBytes: 1000 });
    for (const id of [1, 2, 3]) {
      await putCached(cache, `q${id}`, result(id, 400));
      clock.t += 1000;
    }
    // 1200 bytes > 1000: q1, the oldest, goes.
    expect(await getCached(cache, EP, 'q1')).toBeNull();
    expect((await getCached(cache, EP, 'q2'))?.bytes).toBe(400);
    expect((await getCached(cache, EP, 'q3'))?.bytes).toBe(400);
    await putCached(cache, 'q4', result(4, 900));
    // 400 + 400 + 900: both older ones must go for the new one to fit.
    expect(await getCached(cache, EP, 'q2')).toBeNull();
    expect(await getCached(cache, EP, 'q3')).toBeNull();
    expect((await getCached(cache, EP, 'q4'))?.json.elements[0].id).toBe(4);
  });

  it('drops expired entries when storing, and refuses an answer bigger than the whole cache', async () => {
    const { cache, clock } = await setup({ maxTotalBytes: 1000, maxAgeMs: DAY });
    await putCached(cache, 'old', result(1, 10));
    clock.t += 2 * DAY;
    await putCached(cache, 'new', result(2, 10));
    clock.t -= 2 * DAY; // even back in time, the old one is gone
    expect(await getCached(cache, EP, 'old')).toBeNull();
    expect(await putCached(cache, 'huge', result(3, 1001))).toBe(false);
    clock.t += 2 * DAY;
    expect(await getCached(cache, EP, 'huge')).toBeNull();
    expect(await getCached(cache, EP, 'new')).not.toBeNull();
  });

  it('replaces an entry stored again under the same key', async () => {
    const { cache, clock } = await setup({ maxTotalBytes: 1000 });
    await putCached(cache, 'q', result(1, 600));
    clock.t += 1;
    await putCached(cache, 'q', result(2, 600));
    expect((await getCached(cache, EP, 'q'))?.json.elements[0].id).toBe(2);
  });

  it('clears everything', async () => {
    const { cache } = await setup();
    await putCached(cache, 'a', result(1, 10));
    await putCached(cache, 'b', result(2, 10));
    await clearCache(cache);
    expect(await getCached(cache, EP, 'a')).toBeNull();
    expect(await getCached(cache, EP, 'b')).toBeNull();
  });

  it('persists across openings of the same database', async () => {
    const factory = new IDBFactory();
    const first = await openOverpassCache({ indexedDB: factory });
    await putCached(first, 'q', result(7, 10));
    first.db?.close();
    const second = await openOverpassCache({ indexedDB: factory });
    expect((await getCached(second, EP, 'q'))?.json.elements[0].id).toBe(7);
  });

  it('becomes a no-op that says so when IndexedDB is missing or refuses', async () => {
    const missing = await openOverpassCache({ indexedDB: null });
    expect(missing.available).toBe(false);
    expect(missing.unavailableReason).toMatch(/not available/);
    expect(await putCached(missing, 'q', result(1, 10))).toBe(false);
    expect(await getCached(missing, EP, 'q')).toBeNull();
    await expect(clearCache(missing)).resolves.toBeUndefined();

    const refusing = {
      open() {
        throw new DOMException(
          'A mutation operation was attempted on a database that did not allow mutations.',
          'InvalidStateError',
        );
      },
    } as unknown as IDBFactory;
    const privateMode = await openOverpassCache({ indexedDB: refusing });
    expect(privateMode.available).toBe(false);
    expect(privateMode.unavailableReason).toMatch(/did not allow mutations/);
  });
});
