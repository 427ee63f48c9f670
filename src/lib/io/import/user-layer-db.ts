import { idbCommitted as committed, idbRequest as request } from '../idb';
import type { UserLayerRecord } from './user-layer-record';

const DB_NAME = 'atlas-user-layers';
const STORE = 'layers';

/** Storage of imported layers; IndexedDB in the browser, an in-memory map where there is none. */
export interface UserLayerDb {
  /** False when nothing persists across reloads (no IndexedDB, e.g. some private windows). */
  readonly persistent: boolean;
  all(): Promise<unknown[]>;
  put(record: UserLayerRecord): Promise<void>;
  delete(id: string): Promise<void>;
}

/** Open the user-layer database; falls back to memory (persistent: false) if IndexedDB fails. */
export async function openUserLayerDb(factory: IDBFactory | undefined = globalThis.indexedDB): Promise<UserLayerDb> {
  if (!factory) return memoryDb();
  let db: IDBDatabase;
  try {
    const open = factory.open(DB_NAME, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: 'id' });
    db = await request(open);
  } catch {
    return memoryDb();
  }
  return {
    persistent: true,
    all: () => request(db.transaction(STORE).objectStore(STORE).getAll()),
    async put(record) {
      const tx = db.transaction(STORE, 'readwrite');
      // Records are plain objects (held in raw state), so structured clone takes them as they are.
      tx.objectStore(STORE).put(record);
      await committed(tx);
    },
    async delete(id) {
      const tx = db.transaction(STORE, 'readwrite');
      tx.objectStore(STORE).delete(id);
      await committed(tx);
    },
  };
}

function memoryDb(): UserLayerDb {
  const rows = new Map<string, UserLayerRecord>();
  return {
    persistent: false,
    all: async () => [...rows.values()],
    put: async (r) => void rows.set(r.id, r),
    delete: async (id) => void rows.delete(id),
  };
}
