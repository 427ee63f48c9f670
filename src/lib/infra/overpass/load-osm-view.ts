import type { InfraTheme } from '../classes';
import { getCached, getDefaultOverpassCache, putCached, type OverpassCache } from './cache';
import { fetchOverpass, OverpassError, type OverpassJson, type OverpassProgress } from './fetch-overpass';
import { buildOverpassQuery, checkBbox, DEFAULT_OVERPASS_ENDPOINT, validateEndpoint, type Bbox } from './query';

/** Options of {@link loadOsmForView}. */
export interface LoadOsmViewOptions {
  /** The map view, [west, south, east, north]. */
  bbox: Bbox;
  themes: readonly InfraTheme[];
  /** Any http(s) Overpass interpreter URL; defaults to {@link DEFAULT_OVERPASS_ENDPOINT}. */
  endpoint?: string;
  signal?: AbortSignal;
  onProgress?: (p: OverpassProgress) => void;
  /** Look in and store to the cache. Default true. */
  useCache?: boolean;
  /** Byte limit of one answer (default 50 MB) and the server-side timeout (default 90 s). */
  maxBytes?: number;
  timeoutSeconds?: number;
  /** Injected in tests. */
  fetch?: typeof fetch;
  /** Injected in tests; defaults to the app's shared IndexedDB cache. */
  cache?: OverpassCache;
}

/** What {@link loadOsmForView} returns; `json` goes to osmToFeatures. */
export interface LoadOsmViewResult {
  json: OverpassJson;
  fromCache: boolean;
  /** False when caching was asked for but IndexedDB is unavailable (e.g. private browsing). */
  cacheAvailable: boolean;
  bytes: number;
  fetchedAt: string;
  endpoint: string;
  query: string;
}

/**
 * Loads OpenStreetMap infrastructure for the current view: checks the view and the server
 * address, builds the query, answers from the cache when it can, else downloads and caches.
 * Only this function, called on the user's explicit request, talks to the network.
 * Throws {@link OverpassError} (codes 'bbox' and 'endpoint' before anything is sent).
 */
export async function loadOsmForView(options: LoadOsmViewOptions): Promise<LoadOsmViewResult> {
  const { bbox, themes, signal, onProgress, useCache = true } = options;
  const endpointCheck = validateEndpoint(options.endpoint ?? DEFAULT_OVERPASS_ENDPOINT);
  if (!endpointCheck.ok) throw new OverpassError('endpoint', endpointCheck.message);
  if (themes.length === 0) {
    throw new OverpassError('bbox', { zh: '请至少选择一个主题。', en: 'Choose at least one theme.' });
  }
  const bboxCheck = checkBbox(bbox, themes);
  if (!bboxCheck.ok) throw new OverpassError('bbox', bboxCheck.message, bboxCheck.reason);
  const endpoint = endpointCheck.url;
  const query = buildOverpassQuery(bbox, themes, { timeoutSeconds: options.timeoutSeconds });

  const cache = useCache ? (options.cache ?? (await getDefaultOverpassCache())) : null;
  const cacheAvailable = cache?.available ?? false;
  if (cache) {
    const hit = await getCached(cache, endpoint, query);
    if (hit) {
      return {
        json: hit.json,
        fromCache: true,
        cacheAvailable,
        bytes: hit.bytes,
        fetchedAt: hit.fetchedAt,
        endpoint,
        query,
      };
    }
  }
  if (signal?.aborted) throw new OverpassError('aborted', { zh: '已取消加载。', en: 'Loading was cancelled.' });

  const result = await fetchOverpass(endpoint, query, {
    signal,
    onProgress,
    maxBytes: options.maxBytes,
    fetch: options.fetch,
  });
  if (cache) await putCached(cache, query, result);
  return { ...result, fromCache: false, cacheAvailable, query };
}
