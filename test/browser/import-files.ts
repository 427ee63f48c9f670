import type { Page } from 'playwright-core';
import type { InputFile } from '../../src/lib/io/formats/types';

/**
 * Drop files onto the map as a user would: dragenter, dragover and drop events carrying a
 * DataTransfer with real File objects (bytes passed in as base64).
 */
export async function dropFiles(page: Page, files: InputFile[]): Promise<void> {
  const payload = files.map((f) => ({ name: f.name, b64: Buffer.from(f.bytes).toString('base64') }));
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const f of list) {
      const bin = atob(f.b64);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      dt.items.add(new File([bytes], f.name));
    }
    const target = document.querySelector('.maplibregl-canvas') ?? document.body;
    for (const type of ['dragenter', 'dragover', 'drop'])
      target.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, payload);
}

/** Every row of one IndexedDB object store of the page (what a reload will find). */
export async function storeRows<T>(page: Page, dbName: string, storeName: string): Promise<T[]> {
  return page.evaluate(
    ([db, store]) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open(db, 1);
        open.onupgradeneeded = () => open.result.createObjectStore(store, { keyPath: 'id' });
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result as T[]);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    [dbName, storeName] as const,
  );
}

/** The imported layers stored in the page's IndexedDB. */
export function storedLayers(page: Page) {
  return storeRows<{
    id: string;
    name: string;
    theme: string;
    collection: { features: { geometry: { coordinates: unknown }; properties: Record<string, unknown> }[] };
  }>(page, 'atlas-user-layers', 'layers');
}
