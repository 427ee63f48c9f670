import type { OverpassResult } from './fetch-overpass';

/** Options of {@link openOverpassCache}; all have defaults, tests inject the factory and the clock. */
export interface OverpassCacheOptions {
  /** IndexedDB factory; defaults to `globalThis.indexedDB`. `null` forces the no-op cache. */
  indexedDB?: IDBFactory | null;
  dbName?: string;
  /** Entries are evicted, oldest first, once their total size passes this. Default 100 MB. */
  maxTotalBytes?: number;
  /** Entries older than this are not returned. Default 7 days. */
  maxAgeMs?: number;
  /** Milliseconds since the epoch. */
  now?: () => number;
}

/** An open cache, or a no-op one that says why (private browsing, no IndexedDB). */
export interface OverpassCache {
  readonly available: boolean;
  readonly unavailableReason: string | null;
  readonly db: IDBDatabase | null;
  readonly maxTotalBytes: number;
  readonly maxAgeMs: number;
  readonly now: () => number;
}

/** A cached answer: the fetch result plus when it was stored. */
export interface CachedOverpassResult extends OverpassResult {
  query: string;
  storedAt: number;
}

interface CacheRecord extends CachedOverpassResult {
  key: string;
}

export const OVERPASS_CACHE_DB = 'atlas-overpass-cache';
const STORE = 'results';
// [storedAt, bytes]: a key cursor on this index yields age and size without loading the JSON.
const AGE_INDEX = 'age';
const DAY = 24 * 60 * 60 * 1000;

/** The cache key of a request: the same query to another server is another entry. */
export function overpassCacheKey(endpoint: string, query: string): string {
  return `${endpoint.trim()}\n${query}`;
}

/** Opens (creating if needed) the cache database. Never throws: failure gives `available: false`. */
export async function openOverpassCache(options: OverpassCacheOptions = {}): Promise<OverpassCache> {
  const base = {
    maxTotalBytes: options.maxTotalBytes ?? 100 * 1024 * 1024,
    maxAgeMs: options.maxAgeMs ?? 7 * DAY,
    now: options.now ?? Date.now,
  };
  const off = (reason: string): OverpassCache => ({ ...base, available: false, unavailableReason: reason, db: null });
  const factory = options.indexedDB === undefined ? globalThis.indexedDB : options.indexedDB;
  if (!factory) return off('IndexedDB is not available in this browser');
  return new Promise((resolve) => {
    try {
      const request = factory.open(options.dbName ?? OVERPASS_CACHE_DB, 1);
      request.onupgradeneeded = () => {
        const store = request.result.createObjectStore(STORE, { keyPath: 'key' });
        store.createIndex(AGE_INDEX, ['storedAt', 'bytes']);
      };
      request.onsuccess = () => {
        const db = request.result;
        // Let another tab upgrade the schema instead of blocking it.
        db.onversionchange = () => db.close();
        resolve({ ...base, available: true, unavailableReason: null, db });
      };
      // Firefox private windows (before 115) and some locked-down profiles refuse here.
      request.onerror = () => resolve(off(`IndexedDB refused to open: ${request.error?.message ?? 'unknown error'}`));
    } catch (err) {
      resolve(off(`IndexedDB threw on open: ${(err as Error).message}`));
    }
  });
}

let defaultCache: Promise<OverpassCache> | null = null;

/** The app's shared cache, opened once. */
export function getDefaultOverpassCache(): Promise<OverpassCache> {
  defaultCache ??= openOverpassCache();
  return defaultCache;
}

/** The stored answer for (endpoint, query), or null when missing, expired, or the cache is off. */
export async function getCached(
  cache: OverpassCache,
  endpoint: string,
  query: string,
): Promise<CachedOverpassResult | null> {
  const { db } = cache;
  if (!db) return null;
  const key = overpassCacheKey(endpoint, query);
  try {
    const record = await run<CacheRecord | undefined>(db, 'readonly', (store) => store.get(key));
    if (!record) return null;
    if (cache.now() - record.storedAt > cache.maxAgeMs) {
      await run(db, 'readwrite', (store) => store.delete(key));
      return null;
    }
    const { key: _key, ...result } = record;
    return result as CachedOverpassResult;
  } catch {
    return null; // a broken cache must not stop a load
  }
}

/**
 * Stores an answer, then drops expired entries and the oldest ones until the total fits. Returns
 * false (without throwing) when the cache is off, the answer alone is over the limit, or the write failed.
 */
export async function putCached(cache: OverpassCache, query: string, result: OverpassResult): Promise<boolean> {
  const { db } = cache;
  if (!db || result.bytes > cache.maxTotalBytes) return false;
  const now = cache.now();
  const key = overpassCacheKey(result.endpoint, query);
  const record: CacheRecord = { ...result, key, query, storedAt: now };
  try {
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(STORE, 'readwrite');
      const store = tx.objectStore(STORE);
      store.put(record);
      // Same transaction: the cursor runs after the put and sees the new entry.
      const entries: { key: IDBValidKey; storedAt: number; bytes: number }[] = [];
      const cursorRequest = store.index(AGE_INDEX).openKeyCursor();
      cursorRequest.onsuccess = () => {
        const cursor = cursorRequest.result;
        if (cursor) {
          const [storedAt, bytes] = cursor.key as [number, number];
          entries.push({ key: cursor.primaryKey, storedAt, bytes });
          cursor.continue();
          return;
        }
        // Oldest first (the index order); expired ones go regardless of size.
        let total = entries.reduce((sum, e) => sum + e.bytes, 0);
        for (const e of entries) {
          if (e.key === key) continue;
          if (now - e.storedAt <= cache.maxAgeMs && total <= cache.maxTotalBytes) continue;
          store.delete(e.key);
          total -= e.bytes;
        }
      };
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    return true;
  } catch {
    return false; // quota exceeded or a closed database: the answer is still shown, just not kept
  }
}

/** Removes every cached answer. */
export async function clearCache(cache: OverpassCache): Promise<void> {
  if (cache.db) await run(cache.db, 'readwrite', (store) => store.clear());
}

/** Runs one request in its own transaction and resolves with its result once committed. */
function run<T>(db: IDBDatabase, mode: IDBTransactionMode, op: (store: IDBObjectStore) => IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const request = op(tx.objectStore(STORE));
    tx.oncomplete = () => resolve(request.result as T);
    tx.onerror = () => reject(tx.error ?? request.error);
    tx.onabort = () => reject(tx.error);
  });
}
