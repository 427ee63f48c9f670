/** An IndexedDB request as a promise. */
export function idbRequest<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

/** Resolves when a read-write transaction has committed (so a write is on disk before we say so). */
export function idbCommitted(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
  });
}

/** Records kept by id: IndexedDB in the browser, an in-memory map where there is none. */
export interface RecordStore<T extends { id: string }> {
  /** False when nothing persists across reloads (no IndexedDB, e.g. some private windows). */
  readonly persistent: boolean;
  /** Every stored row, unvalidated (the caller checks them with its schema). */
  all(): Promise<unknown[]>;
  /** Resolves once the write has committed. */
  put(record: T): Promise<void>;
  delete(id: string): Promise<void>;
}

/** Open (or create) a database with one object store keyed by `id`; falls back to memory if that fails. */
export async function openRecordStore<T extends { id: string }>(
  dbName: string,
  storeName: string,
  factory: IDBFactory | undefined = globalThis.indexedDB,
): Promise<RecordStore<T>> {
  if (!factory) return memoryRecordStore();
  let db: IDBDatabase;
  try {
    const open = factory.open(dbName, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(storeName, { keyPath: 'id' });
    db = await idbRequest(open);
  } catch {
    return memoryRecordStore();
  }
  return {
    persistent: true,
    all: () => idbRequest(db.transaction(storeName).objectStore(storeName).getAll()),
    async put(record) {
      const tx = db.transaction(storeName, 'readwrite');
      // Records are plain objects (held in raw state), so structured clone takes them as they are.
      tx.objectStore(storeName).put(record);
      await idbCommitted(tx);
    },
    async delete(id) {
      const tx = db.transaction(storeName, 'readwrite');
      tx.objectStore(storeName).delete(id);
      await idbCommitted(tx);
    },
  };
}

function memoryRecordStore<T extends { id: string }>(): RecordStore<T> {
  const rows = new Map<string, T>();
  return {
    persistent: false,
    all: async () => [...rows.values()],
    put: async (r) => void rows.set(r.id, r),
    delete: async (id) => void rows.delete(id),
  };
}
