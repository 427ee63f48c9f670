import type { InfraTheme } from '../../infra/classes';
import type { CrsShiftReference } from '../../infra/crs-hint';
import type { MappingGuess } from '../../infra/mapping-types';
import type { InputFile, ReadOptions } from '../formats/types';
import type { WorkerRequest, WorkerResponse } from './import-protocol';
import type { ImportChoice, ImportResult, LayerSummary } from './import-steps';

/** A request without its id (distributes over the union). */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

export type ImportProgress = { phase: 'read' | 'summarise' | 'apply'; fraction: number };

/** Thrown when the user cancels: the worker was stopped, nothing was changed. */
export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
    this.name = 'AbortError';
  }
}

/**
 * One import, in a worker of its own. `cancel()` terminates the worker at once, whatever it is
 * doing (a 40 MB parse included); the pending call rejects with ImportCancelled.
 */
export class ImportSession {
  private worker: Worker;
  private nextId = 1;
  private pending = new Map<number, { resolve: (r: WorkerResponse) => void; reject: (e: Error) => void }>();

  constructor(
    private readonly onProgress: (p: ImportProgress) => void,
    createWorker: () => Worker = () => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' }),
  ) {
    this.worker = createWorker();
    this.worker.onmessage = (e: MessageEvent<WorkerResponse>) => this.receive(e.data);
    this.worker.onerror = (e) => {
      e.preventDefault();
      this.failAll(new Error(e.message || 'the import worker failed'));
    };
  }

  private receive(msg: WorkerResponse): void {
    if (msg.type === 'progress') return this.onProgress({ phase: msg.phase, fraction: msg.fraction });
    const p = this.pending.get(msg.id);
    if (!p) return;
    this.pending.delete(msg.id);
    if (msg.type === 'error') {
      const e = new Error(msg.message);
      e.name = msg.name;
      p.reject(e);
    } else p.resolve(msg);
  }

  private failAll(e: Error): void {
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }

  private call(req: WithoutId<WorkerRequest>, transfer: Transferable[] = []): Promise<WorkerResponse> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...req, id } as WorkerRequest, transfer);
    });
  }

  async read(
    files: InputFile[],
    options: Pick<ReadOptions, 'csv' | 'encoding'>,
    seats: CrsShiftReference['seats'],
  ): Promise<LayerSummary[]> {
    // The files' bytes move to the worker rather than being copied.
    const r = await this.call(
      { type: 'read', files, options, seats },
      files.map((f) => f.bytes.buffer as ArrayBuffer),
    );
    return (r as Extract<WorkerResponse, { type: 'read-done' }>).layers;
  }

  async guess(layer: number, theme: InfraTheme, classField?: string | null): Promise<MappingGuess> {
    const r = await this.call({ type: 'guess', layer, theme, classField });
    return (r as Extract<WorkerResponse, { type: 'guess-done' }>).guess;
  }

  async apply(layer: number, choice: ImportChoice): Promise<ImportResult> {
    const r = await this.call({ type: 'apply', layer, choice });
    return (r as Extract<WorkerResponse, { type: 'apply-done' }>).result;
  }

  cancel(): void {
    this.worker.terminate();
    this.failAll(new ImportCancelled());
  }

  dispose(): void {
    this.worker.terminate();
    this.pending.clear();
  }
}

/** Read browser File objects into the reader's input shape. */
export async function toInputFiles(files: Iterable<File>): Promise<InputFile[]> {
  return Promise.all([...files].map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}
