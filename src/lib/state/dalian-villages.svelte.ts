import { getContext, setContext } from 'svelte';
import type { DatasetStore } from '../data/datasets.svelte';
import {
  designatedVillageCollectionSchema,
  villageListMetaSchema,
  type DesignatedVillageCollection,
  type VillageListMeta,
} from '../data/schemas/designated-villages';
import type { StoredVillageList, VillageListDb } from '../dalian/village-list-db';

/** Dataset id under which the loaded list is drawn (a local dataset, like an imported layer). */
export const VILLAGES_DATASET = 'dalian-villages';

/**
 * The loaded list of Dalian's designated villages, persisted in IndexedDB. Nothing is bundled:
 * until a list is loaded, `collection` is null and the interface says so. Every change is stored
 * first and applied after, so a failed write leaves the list as it was.
 */
export class DalianVillages {
  collection = $state.raw<DesignatedVillageCollection | null>(null);
  meta = $state.raw<VillageListMeta | null>(null);
  loaded = $state(false);
  persistent = $state(true);
  /** A stored list that no longer reads (schema changed, storage damaged): reported, not used. */
  unreadable = $state<string | null>(null);
  /** The village (feature id) waiting for a click on the map to be placed, if any. */
  placing = $state<string | null>(null);
  /** The village picked in the table or on the map. */
  selected = $state<string | null>(null);

  constructor(
    private readonly db: Promise<VillageListDb>,
    private readonly datasets: DatasetStore,
  ) {}

  async load(): Promise<void> {
    const db = await this.db;
    this.persistent = db.persistent;
    const stored = await db.get().catch(() => undefined);
    if (stored) {
      const c = designatedVillageCollectionSchema.safeParse((stored as StoredVillageList).collection);
      const m = villageListMetaSchema.safeParse((stored as StoredVillageList).meta);
      if (c.success && m.success) this.apply({ collection: c.data, meta: m.data });
      else this.unreadable = (c.error ?? m.error)?.issues[0]?.message ?? 'invalid';
    }
    this.loaded = true;
  }

  /** Replace the list (validated, stored, then shown). Throws and changes nothing on failure. */
  async save(collection: DesignatedVillageCollection, meta: VillageListMeta): Promise<void> {
    const list = {
      collection: designatedVillageCollectionSchema.parse(collection),
      meta: villageListMetaSchema.parse(meta),
    };
    await (await this.db).put(list);
    this.apply(list);
  }

  /** Put a village where the user clicked: accuracy `placed by hand`. */
  async place(id: string, position: [number, number]): Promise<void> {
    if (!this.collection || !this.meta) throw new Error('no village list is loaded');
    const p: [number, number] = [Math.round(position[0] * 1e6) / 1e6, Math.round(position[1] * 1e6) / 1e6];
    const features = this.collection.features.map((f) =>
      f.id === id
        ? {
            ...f,
            properties: { ...f.properties, position: p, position_accuracy: 'placed by hand' as const },
            geometry: { type: 'Point' as const, coordinates: p },
          }
        : f,
    );
    if (!features.some((f) => f.id === id)) throw new Error(`no village "${id}" in the list`);
    await this.save({ ...this.collection, features }, this.meta);
    this.placing = null;
  }

  async clear(): Promise<void> {
    await (await this.db).clear();
    this.collection = null;
    this.meta = null;
    this.selected = null;
    this.placing = null;
    this.unreadable = null;
    this.datasets.removeLocal(VILLAGES_DATASET);
  }

  private apply(list: StoredVillageList): void {
    this.collection = list.collection;
    this.meta = list.meta;
    // A stored list that did not read has now been replaced: its warning no longer applies.
    this.unreadable = null;
    // The map draws the located villages only (GeoJSON sources want geometries).
    this.datasets.putLocal(VILLAGES_DATASET, {
      type: 'FeatureCollection',
      features: list.collection.features.filter((f) => f.geometry !== null),
    } as never);
  }
}

const KEY = Symbol('dalian-villages');
export const setDalianVillages = (s: DalianVillages): DalianVillages => setContext(KEY, s);
export const getDalianVillages = (): DalianVillages => getContext<DalianVillages>(KEY);
