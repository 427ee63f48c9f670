import { getContext, setContext } from 'svelte';
import type { DatasetStore } from '../data/datasets.svelte';
import { openRecordStore, type RecordStore } from '../io/idb';
import { drawnAreaSchema, drawnAreasCollection, type DrawnArea } from '../draw/drawn-area-record';
import type { AnyCollection } from '../layers/types';

/** The dataset id of the drawn areas (local: it lives in this browser, never in data/). */
export const DRAWN_AREAS_DATASET = 'drawn-areas';

export type DrawnAreaDb = RecordStore<DrawnArea>;

/** Open the drawn-area database; memory only (persistent: false) where IndexedDB fails. */
export function openDrawnAreaDb(factory: IDBFactory | undefined = globalThis.indexedDB): Promise<DrawnAreaDb> {
  return openRecordStore<DrawnArea>('atlas-drawn-areas', 'areas', factory);
}

/**
 * The areas the user drew, kept in IndexedDB. Every change is written first and applied after, so
 * a failed write leaves the map and the list as they were.
 */
export class DrawnAreas {
  areas = $state.raw<DrawnArea[]>([]);
  /** Stored rows that failed validation (kept in the database, reported). */
  unreadable = $state<string[]>([]);
  loaded = $state(false);
  persistent = $state(true);

  constructor(
    private readonly db: Promise<DrawnAreaDb>,
    private readonly datasets: DatasetStore,
  ) {}

  async load(): Promise<void> {
    const db = await this.db;
    this.persistent = db.persistent;
    const ok: DrawnArea[] = [];
    for (const row of await db.all().catch(() => [])) {
      const parsed = drawnAreaSchema.safeParse(row);
      if (parsed.success) ok.push(parsed.data);
      else this.unreadable.push(String((row as { name?: unknown })?.name ?? (row as { id?: unknown })?.id ?? '?'));
    }
    ok.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    this.apply(ok);
    this.loaded = true;
  }

  get(id: string): DrawnArea | undefined {
    return this.areas.find((a) => a.id === id);
  }

  /** A name not yet used: 区域 1, 区域 2 … (or Area 1 …). */
  nextName(prefix: string): string {
    for (let i = 1; ; i++) if (!this.areas.some((a) => a.name === `${prefix} ${i}`)) return `${prefix} ${i}`;
  }

  /** Store a new area, then show it. Throws (and changes nothing) if it is invalid or cannot be stored. */
  async add(area: DrawnArea): Promise<void> {
    const checked = drawnAreaSchema.parse(area);
    await (await this.db).put(checked);
    this.apply([...this.areas, checked]);
  }

  async update(id: string, patch: Partial<Pick<DrawnArea, 'name' | 'note'>>): Promise<void> {
    const current = this.get(id);
    if (!current) throw new Error(`no drawn area "${id}"`);
    const next = drawnAreaSchema.parse({ ...current, ...patch });
    await (await this.db).put(next);
    this.apply(this.areas.map((a) => (a.id === id ? next : a)));
  }

  async remove(id: string): Promise<void> {
    await (await this.db).delete(id);
    this.apply(this.areas.filter((a) => a.id !== id));
  }

  private apply(areas: DrawnArea[]): void {
    this.areas = areas;
    if (areas.length)
      this.datasets.putLocal(DRAWN_AREAS_DATASET, drawnAreasCollection(areas) as unknown as AnyCollection);
    else this.datasets.removeLocal(DRAWN_AREAS_DATASET);
  }
}

const KEY = Symbol('drawn-areas');
export const setDrawnAreas = (s: DrawnAreas): DrawnAreas => setContext(KEY, s);
export const getDrawnAreas = (): DrawnAreas => getContext<DrawnAreas>(KEY);
