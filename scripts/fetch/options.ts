/** Command-line options of data:fetch. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DATA_DIR } from '../build-data/lib/write-dataset';
import { FETCH_DATASET_IDS, NE_DEFAULT_BASE, WRI_DEFAULT_URL, type FetchDatasetId } from './fetch-datasets';

export const USAGE = `usage: npm run data:fetch -- [--out <data dir>] [--only ${FETCH_DATASET_IDS.join(',')}]
       [--base-url <Natural Earth mirror, default ${NE_DEFAULT_BASE}>] [--wri-url <zip URL>]
       [--date YYYY-MM-DD] [--timeout <seconds, default 120>] [--max-mb <default 300>]`;

export interface FetchOptions {
  out: string;
  only: FetchDatasetId[];
  baseUrl: string;
  wriUrl: string;
  /** Retrieval date to record instead of the day of download (for reproducible runs and tests). */
  date: string | null;
  timeoutMs: number;
  maxBytes: number;
  help: boolean;
}

function httpUrl(value: string, option: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${option}: not a URL: ${value}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`${option}: expected an http(s) URL, got ${value}`);
  return value;
}

function positive(value: string | undefined, fallback: number, option: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${option}: expected a positive number, got "${value}"`);
  return n;
}

/** Parse and check the arguments; throws with the option's name and the usage. */
export function parseFetchOptions(argv: string[]): FetchOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      only: { type: 'string' },
      'base-url': { type: 'string' },
      'wri-url': { type: 'string' },
      date: { type: 'string' },
      timeout: { type: 'string' },
      'max-mb': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (positionals.length > 0) throw new Error(`unexpected argument(s): ${positionals.join(' ')}\n${USAGE}`);
  const only = values.only ? values.only.split(',').map((s) => s.trim()) : [...FETCH_DATASET_IDS];
  const unknown = only.filter((id) => !(FETCH_DATASET_IDS as readonly string[]).includes(id));
  if (unknown.length > 0)
    throw new Error(`--only: unknown dataset(s) ${unknown.join(', ')}; choose from ${FETCH_DATASET_IDS.join(', ')}`);
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date))
    throw new Error(`--date: expected YYYY-MM-DD, got "${values.date}"`);
  return {
    out: resolve(values.out ?? DATA_DIR),
    only: FETCH_DATASET_IDS.filter((id) => only.includes(id)),
    baseUrl: httpUrl(values['base-url'] ?? NE_DEFAULT_BASE, '--base-url'),
    wriUrl: httpUrl(values['wri-url'] ?? WRI_DEFAULT_URL, '--wri-url'),
    date: values.date ?? null,
    timeoutMs: positive(values.timeout, 120, '--timeout') * 1000,
    maxBytes: positive(values['max-mb'], 300, '--max-mb') * 1e6,
    help: values.help ?? false,
  };
}
