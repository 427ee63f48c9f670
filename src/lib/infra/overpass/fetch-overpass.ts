import type { Bilingual } from '../../data/schemas/geojson';

/** One element of Overpass JSON. Only `type` and `id` are checked here; osmToFeatures reads the rest. */
export interface OverpassElement {
  type: 'node' | 'way' | 'relation';
  id: number;
  [key: string]: unknown;
}

/** The body of an `[out:json]` answer. */
export interface OverpassJson {
  version?: number;
  generator?: string;
  osm3s?: { timestamp_osm_base?: string; copyright?: string };
  /** Set by the server when the query ran into a limit; the elements may then be incomplete. */
  remark?: string;
  elements: OverpassElement[];
}

/** What {@link fetchOverpass} returns. */
export interface OverpassResult {
  json: OverpassJson;
  /** Bytes of the body as received (after any transfer decompression). */
  bytes: number;
  endpoint: string;
  /** ISO 8601 time the answer arrived. */
  fetchedAt: string;
}

/** Progress of one download; `totalBytes` is null when the server does not say, or says it compressed. */
export interface OverpassProgress {
  receivedBytes: number;
  totalBytes: number | null;
  phase: 'waiting' | 'downloading' | 'parsing';
}

export type OverpassErrorCode =
  'busy' | 'too-large' | 'http' | 'network' | 'bad-response' | 'remark' | 'aborted' | 'bbox' | 'endpoint';

/** Any failure of the Overpass client, with a message for the user in both languages. */
export class OverpassError extends Error {
  constructor(
    readonly code: OverpassErrorCode,
    readonly messages: Bilingual,
    /** Extra detail for the console: HTTP status, server text, the remark. */
    readonly detail?: string,
  ) {
    super(messages.en);
    this.name = 'OverpassError';
  }
}

/** Options of {@link fetchOverpass}. */
export interface FetchOverpassOptions {
  signal?: AbortSignal;
  /** Stop and fail past this many bytes of body. Default 50 MB. */
  maxBytes?: number;
  onProgress?: (p: OverpassProgress) => void;
  /** Injected in tests; defaults to the global fetch. */
  fetch?: typeof fetch;
}

const MB = 1024 * 1024;

/**
 * POSTs an Overpass QL query and returns the parsed JSON. The body is streamed and counted so an
 * oversized answer is cut off instead of filling memory. Throws {@link OverpassError} for every failure.
 */
export async function fetchOverpass(
  endpoint: string,
  query: string,
  options: FetchOverpassOptions = {},
): Promise<OverpassResult> {
  const { signal, maxBytes = 50 * MB, onProgress, fetch: fetchFn = globalThis.fetch } = options;
  if (!(maxBytes > 0)) throw new Error(`fetchOverpass: maxBytes must be a positive number, got ${maxBytes}`);
  const host = hostOf(endpoint);
  // Our own controller, so exceeding maxBytes can stop the transfer without touching the caller's signal.
  const controller = new AbortController();
  const forward = () => controller.abort(signal?.reason);
  if (signal?.aborted) throw abortedError();
  signal?.addEventListener('abort', forward, { once: true });
  try {
    onProgress?.({ receivedBytes: 0, totalBytes: null, phase: 'waiting' });
    let response: Response;
    try {
      response = await fetchFn(endpoint, {
        method: 'POST',
        // A form body and no custom headers keep this a CORS "simple request": no preflight.
        headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8' },
        body: `data=${encodeURIComponent(query)}`,
        signal: controller.signal,
      });
    } catch (err) {
      if (signal?.aborted) throw abortedError();
      throw new OverpassError(
        'network',
        {
          zh: `无法连接 ${host}：网络不通或服务器拒绝连接。请检查网络，或换一个 Overpass 服务器。`,
          en: `Could not reach ${host}: no network or the server refused the connection. Check the connection or pick another Overpass server.`,
        },
        String((err as Error)?.cause ?? err),
      );
    }
    if (!response.ok) throw await httpError(response, host);
    const text = await readBody(response, controller, maxBytes, onProgress, signal, host);
    onProgress?.({ receivedBytes: text.bytes, totalBytes: text.bytes, phase: 'parsing' });
    const json = parseOverpassJson(text.body, host);
    return { json, bytes: text.bytes, endpoint, fetchedAt: new Date().toISOString() };
  } finally {
    signal?.removeEventListener('abort', forward);
  }
}

async function readBody(
  response: Response,
  controller: AbortController,
  maxBytes: number,
  onProgress: FetchOverpassOptions['onProgress'],
  signal: AbortSignal | undefined,
  host: string,
) {
  const announced = Number(response.headers.get('content-length'));
  let totalBytes = Number.isFinite(announced) && announced > 0 ? announced : null;
  // A compressed length smaller than the limit proves nothing, but one larger proves too much.
  if (totalBytes !== null && totalBytes > maxBytes) {
    controller.abort();
    throw tooLargeError(totalBytes, maxBytes, host);
  }
  if (!response.body) throw badResponse(host, 'empty body');
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let receivedBytes = 0;
  onProgress?.({ receivedBytes, totalBytes, phase: 'downloading' });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      receivedBytes += value.byteLength;
      if (receivedBytes > maxBytes) {
        controller.abort();
        void reader.cancel().catch(() => {});
        throw tooLargeError(receivedBytes, maxBytes, host);
      }
      parts.push(decoder.decode(value, { stream: true }));
      // Content-Length counts compressed bytes when the browser decompresses; stop trusting it then.
      if (totalBytes !== null && receivedBytes > totalBytes) totalBytes = null;
      onProgress?.({ receivedBytes, totalBytes, phase: 'downloading' });
    }
  } catch (err) {
    if (err instanceof OverpassError) throw err;
    if (signal?.aborted) throw abortedError();
    throw new OverpassError(
      'network',
      {
        zh: `从 ${host} 下载时连接中断。请重试，或换一个 Overpass 服务器。`,
        en: `The connection to ${host} broke during the download. Try again or pick another Overpass server.`,
      },
      String((err as Error)?.cause ?? err),
    );
  }
  parts.push(decoder.decode());
  return { body: parts.join(''), bytes: receivedBytes };
}

function parseOverpassJson(body: string, host: string): OverpassJson {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw badResponse(host, `not JSON: ${htmlToText(body).slice(0, 200)}`);
  }
  if (typeof json !== 'object' || json === null || !Array.isArray((json as OverpassJson).elements)) {
    throw badResponse(host, 'JSON without an "elements" array');
  }
  const { elements, remark } = json as OverpassJson;
  elements.forEach((el, i) => {
    if (
      typeof el !== 'object' ||
      el === null ||
      !['node', 'way', 'relation'].includes(el.type) ||
      typeof el.id !== 'number'
    ) {
      throw badResponse(host, `elements[${i}]: expected {type: node|way|relation, id: number}`);
    }
  });
  // "runtime remark" lines are informational; "runtime error" means the answer is cut short.
  if (typeof remark === 'string' && /error/i.test(remark)) {
    const memory = /memory/i.test(remark);
    throw new OverpassError(
      'remark',
      {
        zh: `${host} 未能完成查询（${memory ? '内存不足' : '超时'}）。请放大地图、少选几个主题，或稍后再试。`,
        en: `${host} could not finish the query (${memory ? 'out of memory' : 'timed out'}). Zoom in, choose fewer themes, or try later.`,
      },
      remark,
    );
  }
  return json as OverpassJson;
}

async function httpError(response: Response, host: string): Promise<OverpassError> {
  const status = response.status;
  const text = htmlToText(await response.text().catch(() => ''));
  if (status === 429 || status === 503 || status === 504) {
    return new OverpassError(
      'busy',
      {
        zh: `${host} 正忙（HTTP ${status}）。请稍等一两分钟再试，或换一个 Overpass 服务器。`,
        en: `${host} is busy (HTTP ${status}). Wait a minute or two and try again, or pick another Overpass server.`,
      },
      text,
    );
  }
  const excerpt = firstErrorLines(text);
  const what =
    status === 400 ? { zh: '拒绝了查询', en: 'rejected the query' } : { zh: '返回错误', en: 'returned an error' };
  return new OverpassError(
    'http',
    {
      zh: `${host} ${what.zh}（HTTP ${status}）${excerpt ? `：${excerpt}` : '。'}`,
      en: `${host} ${what.en} (HTTP ${status})${excerpt ? `: ${excerpt}` : '.'}`,
    },
    text,
  );
}

/** Plain text of an HTML (or plain) error page: no tags, entities decoded, one line per block. */
export function htmlToText(html: string): string {
  return html
    .replace(/<\?xml[^>]*>|<!DOCTYPE[^>]*>/gi, '')
    .replace(/<(head|script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/(p|div|li|h\d|pre)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(
      /&(lt|gt|quot|apos|amp|#39);/g,
      (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", amp: '&' })[e] ?? '',
    )
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

// Overpass puts its licence line first; the useful lines start with "Error".
function firstErrorLines(text: string): string {
  const lines = text.split('\n');
  const errors = lines.filter((l) => /error/i.test(l));
  return (errors.length > 0 ? errors : lines).slice(0, 3).join(' ').slice(0, 500);
}

const formatBytes = (b: number) => (b >= MB ? `${+(b / MB).toFixed(1)} MB` : `${+(b / 1024).toFixed(1)} KB`);

function hostOf(endpoint: string): string {
  try {
    return new URL(endpoint).host;
  } catch {
    return endpoint;
  }
}

const abortedError = () => new OverpassError('aborted', { zh: '已取消加载。', en: 'Loading was cancelled.' });

const badResponse = (host: string, detail: string) =>
  new OverpassError(
    'bad-response',
    {
      zh: `${host} 返回的内容不是有效的 Overpass JSON。请换一个 Overpass 服务器再试。`,
      en: `${host} did not return valid Overpass JSON. Try another Overpass server.`,
    },
    detail,
  );

const tooLargeError = (bytes: number, maxBytes: number, host: string) =>
  new OverpassError(
    'too-large',
    {
      zh: `${host} 的结果超过 ${formatBytes(maxBytes)} 上限，已停止下载。请放大地图或少选几个主题。`,
      en: `The answer from ${host} exceeds the ${formatBytes(maxBytes)} limit; the download was stopped. Zoom in or choose fewer themes.`,
    },
    `${bytes} bytes received or announced`,
  );
