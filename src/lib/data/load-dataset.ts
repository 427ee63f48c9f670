import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { z } from 'zod';
import { manifestSchema, type Manifest, type ManifestEntry } from './schemas/manifest';
import { validateDataset } from './validate';

/** Why a dataset could not be used; the interface turns this into a sentence in either language. */
export type LoadError =
  | { kind: 'fetch'; file: string; detail: string }
  | { kind: 'hash'; file: string; expected: string; actual: string }
  | { kind: 'json'; file: string; detail: string }
  | { kind: 'schema'; file: string; detail: string }
  | { kind: 'not_in_manifest'; file: string };

export type LoadResult<T> =
  | { ok: true; data: T; entry: ManifestEntry; bytes: Uint8Array<ArrayBuffer> }
  | { ok: false; error: LoadError };

type Fetch = (url: string) => Promise<Response>;

/** sha256 of bytes as lowercase hex, in JavaScript (works outside secure contexts). */
export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

/**
 * sha256 as lowercase hex: the browser's native digest where it has one (secure contexts such as
 * localhost or https; ~30× faster), else the JavaScript implementation (e.g. plain http on a LAN).
 */
export async function digestHex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle) {
    try {
      return bytesToHex(new Uint8Array(await subtle.digest('SHA-256', bytes)));
    } catch {
      // Fall through to the JavaScript implementation.
    }
  }
  return sha256Hex(bytes);
}

/** Fetch and validate data/manifest.json. Throws an Error whose message says what was wrong. */
export async function loadManifest(baseUrl: string, fetchFn: Fetch = fetch): Promise<Manifest> {
  const res = await fetchFn(`${baseUrl}manifest.json`);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const json: unknown = await res.json();
  const checked = validateDataset('manifest', manifestSchema, json);
  if (!checked.ok) throw new Error(checked.errors.join('; '));
  return checked.data;
}

export type VerifiedBytes =
  | { ok: true; entry: ManifestEntry; bytes: Uint8Array<ArrayBuffer> }
  | { ok: false; error: LoadError };

/**
 * Fetch one dataset listed in the manifest and check its sha256 against the manifest.
 * Verified bytes are exactly what the pipeline wrote (and validated). Never throws.
 */
export async function fetchVerified(
  manifest: Manifest,
  datasetId: string,
  baseUrl: string,
  fetchFn: Fetch = fetch,
): Promise<VerifiedBytes> {
  const entry = manifest.datasets.find((d) => d.id === datasetId);
  if (!entry) return { ok: false, error: { kind: 'not_in_manifest', file: datasetId } };
  const file = `data/${entry.path}`;
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    const res = await fetchFn(`${baseUrl}${entry.path}`);
    if (!res.ok) return { ok: false, error: { kind: 'fetch', file, detail: `HTTP ${res.status}` } };
    bytes = new Uint8Array(await res.arrayBuffer());
  } catch (e) {
    return { ok: false, error: { kind: 'fetch', file, detail: (e as Error).message } };
  }
  const actual = await digestHex(bytes);
  if (actual !== entry.sha256) return { ok: false, error: { kind: 'hash', file, expected: entry.sha256, actual } };
  return { ok: true, entry, bytes };
}

/** Parse verified bytes and validate them with the layer's schema. Never throws. */
export function parseDataset<T>(
  entry: ManifestEntry,
  bytes: Uint8Array,
  schema: z.ZodType<T>,
): { ok: true; data: T } | { ok: false; error: LoadError } {
  const file = `data/${entry.path}`;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    return { ok: false, error: { kind: 'json', file, detail: (e as Error).message } };
  }
  const checked = validateDataset(entry.id, schema, json, 3);
  if (!checked.ok) return { ok: false, error: { kind: 'schema', file, detail: checked.errors.join('; ') } };
  return { ok: true, data: checked.data };
}

/**
 * Fetch one dataset, check its sha256 against the manifest, parse it and validate it with the
 * layer's schema. Never throws: failures come back as a LoadError.
 */
export async function loadDataset<T>(
  manifest: Manifest,
  datasetId: string,
  schema: z.ZodType<T>,
  baseUrl: string,
  fetchFn: Fetch = fetch,
): Promise<LoadResult<T>> {
  const verified = await fetchVerified(manifest, datasetId, baseUrl, fetchFn);
  if (!verified.ok) return verified;
  const parsed = parseDataset(verified.entry, verified.bytes, schema);
  if (!parsed.ok) return parsed;
  return { ok: true, data: parsed.data, entry: verified.entry, bytes: verified.bytes };
}
