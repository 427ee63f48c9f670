import { openRecordStore, type RecordStore } from '../idb';
import type { UserLayerRecord } from './user-layer-record';

/** Storage of imported layers; IndexedDB in the browser, an in-memory map where there is none. */
export type UserLayerDb = RecordStore<UserLayerRecord>;

/** Open the user-layer database; falls back to memory (persistent: false) if IndexedDB fails. */
export function openUserLayerDb(factory: IDBFactory | undefined = globalThis.indexedDB): Promise<UserLayerDb> {
  return openRecordStore<UserLayerRecord>('atlas-user-layers', 'layers', factory);
}
