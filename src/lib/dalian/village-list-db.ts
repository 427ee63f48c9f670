import { idbCommitted as committed, idbRequest as request } from '../io/idb';
import type { DesignatedVillageCollection, VillageListMeta } from '../data/schemas/designated-villages';

const DB_NAME = 'atlas-dalian-villages';
const STORE = 'list';
const KEY = 'current';

/** The loaded list as stored: the villages and where they came from. */
export interface StoredVillageList {
  collection: DesignatedVillageCollection;
  meta: VillageListMeta;
}

/** Storage of the one loaded village list; IndexedDB in the browser, memory where there is none. */
export interface VillageListDb {
  readonly persistent: boolean;
  get(): Promise<unknown>;
  put(list: StoredVillageList): Promise<void>;
  clear(): Promise<void>;
}

/** Open the village-list database; falls back to memory (persistent: false) if IndexedDB fails. */
export async function openVillageListDb(
  factory: IDBFactory | undefined = globalThis.indexedDB,
): Promise<VillageListDb> {
  let value: StoredVillageList | undefined;
  const memory: VillageListDb = {
    persistent: false,
    get: async () => value,
    put: async (list) => void (value = list),
    clear: async () => void (value = undefined),
  };
  if (!factory) return memory;
  let db: IDBDatabase;
  try {
    const open = factory.open(DB_NAME, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(STORE);
    db = await request(open);
  } catch {
    return memory;
  }
  const write = async (fn: (s: IDBObjectStore) => void) => {
    const tx = db.transaction(STORE, 'readwrite');
    fn(tx.objectStore(STORE));
    await committed(tx);
  };
  return {
    persistent: true,
    get: () => request(db.transaction(STORE).objectStore(STORE).get(KEY)),
    put: (list) => write((s) => s.put(list, KEY)),
    clear: () => write((s) => s.delete(KEY)),
  };
}
