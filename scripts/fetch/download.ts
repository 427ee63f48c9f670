/**
 * One HTTP(S) download into memory, for data:fetch: progress on the console, a time limit, one
 * retry on network errors and 5xx answers, a size limit, and the SHA-256 of what arrived.
 */
import { createHash } from 'node:crypto';

/** Options of {@link downloadFile}. */
export interface DownloadOptions {
  /** Per attempt, whole transfer. */
  timeoutMs: number;
  maxBytes: number;
  /** Further attempts after a network error or a 5xx answer (not after 4xx). */
  retries: number;
  log: (message: string) => void;
}

/** What {@link downloadFile} returns. */
export interface Downloaded {
  url: string;
  bytes: Uint8Array;
  sha256: string;
  /** The Last-Modified header as YYYY-MM-DD, or null if absent. */
  lastModified: string | null;
}

class HttpError extends Error {
  constructor(
    message: string,
    readonly retry: boolean,
  ) {
    super(message);
  }
}

const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;

/** Download `url`; throws an error naming the URL and what went wrong (HTTP status, timeout, size). */
export async function downloadFile(url: string, options: DownloadOptions): Promise<Downloaded> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await attemptDownload(url, options);
    } catch (err) {
      const retry = err instanceof HttpError ? err.retry : true;
      if (!retry || attempt >= options.retries)
        throw new Error(`download of ${url} failed: ${(err as Error).message}`, { cause: err });
      options.log(`  ${(err as Error).message}; retrying`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

async function attemptDownload(url: string, { timeoutMs, maxBytes, log }: DownloadOptions): Promise<Downloaded> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let res: Response;
    try {
      res = await fetch(url, { signal: controller.signal, redirect: 'follow' });
    } catch (err) {
      throw new HttpError(controller.signal.aborted ? `no answer within ${timeoutMs / 1000} s` : describe(err), true);
    }
    if (!res.ok) throw new HttpError(`HTTP ${res.status} ${res.statusText}`.trim(), res.status >= 500);
    const total = Number(res.headers.get('content-length')) || null;
    if (total !== null && total > maxBytes)
      throw new HttpError(`${mb(total)} is more than the limit of ${mb(maxBytes)}`, false);
    const chunks: Uint8Array[] = [];
    let received = 0;
    let shown = 0;
    const reader = res.body!.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        received += value.length;
        if (received > maxBytes) {
          controller.abort();
          throw new HttpError(`more than the limit of ${mb(maxBytes)}`, false);
        }
        chunks.push(value);
        // A line per 10 % (or per 5 MB when the size is unknown), so logs stay short.
        const step = total ? Math.floor((received / total) * 10) : Math.floor(received / 5e6);
        if (step > shown) {
          shown = step;
          log(`  ${mb(received)}${total ? ` / ${mb(total)} (${step * 10} %)` : ''}`);
        }
      }
    } catch (err) {
      if (err instanceof HttpError) throw err;
      throw new HttpError(
        controller.signal.aborted ? `transfer not finished within ${timeoutMs / 1000} s` : describe(err),
        true,
      );
    }
    if (total !== null && received !== total)
      throw new HttpError(`truncated: received ${received} of ${total} bytes`, true);
    const bytes = new Uint8Array(received);
    let offset = 0;
    for (const c of chunks) {
      bytes.set(c, offset);
      offset += c.length;
    }
    const modified = res.headers.get('last-modified');
    const date = modified ? new Date(modified) : null;
    return {
      url,
      bytes,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      lastModified: date && !Number.isNaN(date.getTime()) ? date.toISOString().slice(0, 10) : null,
    };
  } finally {
    clearTimeout(timer);
  }
}

function describe(err: unknown): string {
  const e = err as Error & { cause?: { code?: string; message?: string } };
  return e.cause?.code ? `${e.cause.code} ${e.cause.message ?? ''}`.trim() : e.message;
}
