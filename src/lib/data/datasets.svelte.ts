import { getContext, setContext } from 'svelte';
import type { z } from 'zod';
import type { AnyCollection } from '../layers/types';

/** A dataset to load and the schema that validates it (a layer definition is one). */
export interface DatasetRequest {
  dataset: string;
  schema: z.ZodType<unknown>;
}
import { fetchVerified, loadManifest, parseDataset, type LoadError } from './load-dataset';
import type { Manifest, ManifestEntry } from './schemas/manifest';

export type DatasetStatus =
  | { state: 'loading' }
  /** Hash checked against the manifest; being parsed and validated. */
  | { state: 'verified'; entry: ManifestEntry; url?: string }
  | {
      state: 'ready';
      data: AnyCollection;
      /** Absent for local data (a layer the user imported), which has no manifest entry. */
      entry?: ManifestEntry;
      /** An object URL of the verified bytes: MapLibre's worker parses them itself, sparing the main thread. */
      url?: string;
      /** The validated value, for datasets that are not feature collections (e.g. the plan). */
      value?: unknown;
    }
  | { state: 'error'; error: LoadError };

/**
 * The loaded datasets, keyed by manifest id. Each layer's data is fetched, hash-checked and
 * validated on its own, so one bad file leaves every other layer working.
 */
export class DatasetStore {
  manifest = $state<Manifest | null>(null);
  manifestError = $state<string | null>(null);
  /** Raw (not deeply reactive): collections of 10⁵ features must not be wrapped in proxies. */
  status = $state.raw<Record<string, DatasetStatus>>({});

  private setStatus(id: string, next: DatasetStatus | undefined): void {
    const copy = { ...this.status };
    if (next) copy[id] = next;
    else delete copy[id];
    this.status = copy;
  }

  constructor(private readonly baseUrl: string) {}

  private manifestPromise: Promise<Manifest | null> | null = null;

  /** The manifest, fetched once; null (with `manifestError` set) if it cannot be read. */
  private loadManifestOnce(): Promise<Manifest | null> {
    this.manifestPromise ??= loadManifest(this.baseUrl).then(
      (m) => {
        this.manifest = m;
        performance.mark('atlas:manifest');
        return m;
      },
      (e: Error) => {
        this.manifestError = e.message;
        return null;
      },
    );
    return this.manifestPromise;
  }

  /**
   * Load the manifest, then every listed dataset in parallel (each once, however many layers share
   * it, and never twice across calls). Layer definitions qualify, as does any `{ dataset, schema }`.
   */
  async loadAll(wanted: readonly DatasetRequest[]): Promise<void> {
    const seen = new Set<string>();
    const todo = wanted.filter((w) => !this.status[w.dataset] && !seen.has(w.dataset) && seen.add(w.dataset));
    for (const l of todo) this.setStatus(l.dataset, { state: 'loading' });
    const manifest = await this.loadManifestOnce();
    if (!manifest) {
      for (const l of todo)
        this.setStatus(l.dataset, { state: 'error', error: { kind: 'fetch', file: `data/${l.dataset}`, detail: 'manifest' } });
      return;
    }
    await Promise.all(todo.map((l) => this.loadOne(manifest, l)));
  }

  private async loadOne(manifest: Manifest, l: DatasetRequest): Promise<void> {
    const verified = await fetchVerified(manifest, l.dataset, this.baseUrl);
    if (!verified.ok) {
      this.setStatus(l.dataset, { state: 'error', error: verified.error });
      return;
    }
    const url = objectUrl(verified.bytes);
    this.setStatus(l.dataset, { state: 'verified', entry: verified.entry, url });
    // Let the map start on the verified bytes before the main thread parses and validates them.
    await new Promise((r) => setTimeout(r, 0));
    const parsed = parseDataset(verified.entry, verified.bytes, l.schema);
    this.setStatus(l.dataset, parsed.ok
      ? { state: 'ready', data: parsed.data as AnyCollection, entry: verified.entry, url, value: parsed.data }
      : { state: 'error', error: parsed.error });
  }

  /**
   * Data that lives in the browser (an imported layer): ready at once, no manifest entry, no URL
   * (MapLibre gets the object). Replaces what was under the id.
   */
  putLocal(datasetId: string, data: AnyCollection): void {
    this.setStatus(datasetId, { state: 'ready', data, value: data });
  }

  removeLocal(datasetId: string): void {
    this.setStatus(datasetId, undefined);
  }

  data(datasetId: string): AnyCollection | undefined {
    const s = this.status[datasetId];
    return s?.state === 'ready' ? s.data : undefined;
  }

  /** A validated dataset of any shape; the caller names the type its schema guarantees. */
  value<T>(datasetId: string): T | undefined {
    const s = this.status[datasetId];
    return s?.state === 'ready' ? ((s.value ?? s.data) as T) : undefined;
  }

  /** An object URL of the dataset's verified bytes, if the platform has object URLs. */
  url(datasetId: string): string | undefined {
    const s = this.status[datasetId];
    return s?.state === 'ready' || s?.state === 'verified' ? s.url : undefined;
  }

  entry(datasetId: string): ManifestEntry | undefined {
    return this.manifest?.datasets.find((d) => d.id === datasetId);
  }

  get errors(): LoadError[] {
    return Object.values(this.status).flatMap((s) => (s.state === 'error' ? [s.error] : []));
  }

  /** The dataset's bytes are verified (and may still be being validated) or it is ready. */
  available(datasetId: string): boolean {
    const s = this.status[datasetId];
    return s?.state === 'verified' || s?.state === 'ready';
  }

  get loading(): boolean {
    return Object.values(this.status).some((s) => s.state === 'loading' || s.state === 'verified');
  }
}

function objectUrl(bytes: Uint8Array<ArrayBuffer>): string | undefined {
  if (typeof URL.createObjectURL !== 'function' || typeof Blob === 'undefined') return undefined;
  return URL.createObjectURL(new Blob([bytes], { type: 'application/geo+json' }));
}

const KEY = Symbol('datasets');
export function setDatasets(store: DatasetStore): DatasetStore {
  return setContext(KEY, store);
}
export function getDatasets(): DatasetStore {
  return getContext<DatasetStore>(KEY);
}
