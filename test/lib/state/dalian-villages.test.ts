import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openVillageListDb, type VillageListDb } from '../../../src/lib/dalian/village-list-db';
import { DatasetStore } from '../../../src/lib/data/datasets.svelte';
import type {
  DesignatedVillage,
  DesignatedVillageCollection,
  VillageListMeta,
} from '../../../src/lib/data/schemas/designated-villages';
import { DalianVillages, VILLAGES_DATASET } from '../../../src/lib/state/dalian-villages.svelte';

function village(code: string | null, row: number, position: [number, number] | null): DesignatedVillage {
  return {
    code,
    name_zh: code ? `村${row}` : '<b>村</b>',
    matched_name: code ? `村${row}村委会` : null,
    town_code: code ? code.slice(0, 9) : null,
    town_name: code ? '青堆镇' : '某某镇',
    county_code: code ? '210283' : null,
    designated_year: null,
    exit_year: 2018,
    position,
    position_accuracy: position ? 'from file' : 'none',
    match: code ? 'name' : 'unmatched',
    source_row: row,
  };
}

const feature = (p: DesignatedVillage): DesignatedVillageCollection['features'][number] => ({
  type: 'Feature',
  id: p.code ?? `row-${p.source_row}`,
  properties: p,
  geometry: p.position ? { type: 'Point', coordinates: p.position } : null,
});

/** Two located villages and one unmatched, unlocated row. */
const LIST: DesignatedVillageCollection = {
  type: 'FeatureCollection',
  features: [
    feature(village('210283101215', 2, [122.983912, 39.687601])),
    feature(village('210283101208', 3, [122.95, 39.7])),
    feature(village(null, 4, null)),
  ],
};

const META: VillageListMeta = {
  file: '大连低收入村名单.xlsx',
  loaded_at: '2026-11-27T02:00:00.000Z',
  rows: 3,
  matched: 2,
  ambiguous_resolved: 0,
  unmatched_kept: 1,
  duplicates_dropped: 0,
};

const page = (db: Promise<VillageListDb>) => {
  const datasets = new DatasetStore('/data/');
  return { datasets, villages: new DalianVillages(db, datasets) };
};
const drawnIds = (datasets: DatasetStore) => datasets.data(VILLAGES_DATASET)?.features.map((f) => f.id);

describe('the stored Dalian village list', () => {
  it('starts empty, and is found again by a new page (a reload) once saved', async () => {
    const factory = new IDBFactory();
    const a = page(openVillageListDb(factory));
    await a.villages.load();
    expect([a.villages.loaded, a.villages.persistent, a.villages.collection, a.villages.meta]).toEqual([
      true,
      true,
      null,
      null,
    ]);
    expect(a.datasets.data(VILLAGES_DATASET)).toBeUndefined();

    await a.villages.save(LIST, META);
    expect(a.villages.collection).toEqual(LIST);
    expect(a.villages.meta).toEqual(META);

    const b = page(openVillageListDb(factory));
    expect(b.villages.loaded).toBe(false);
    await b.villages.load();
    expect(b.villages.loaded).toBe(true);
    expect(b.villages.unreadable).toBeNull();
    expect(b.villages.collection).toEqual(LIST);
    expect(b.villages.meta).toEqual(META);
    expect(b.villages.collection!.features[2].properties.name_zh).toBe('<b>村</b>');
  });

  it('draws only the located villages as the local dataset', async () => {
    const s = page(openVillageListDb(new IDBFactory()));
    await s.villages.load();
    await s.villages.save(LIST, META);
    expect(drawnIds(s.datasets)).toEqual(['210283101215', '210283101208']);
    expect(s.datasets.status[VILLAGES_DATASET]).toMatchObject({ state: 'ready' });
    expect(s.datasets.data(VILLAGES_DATASET)?.features.every((f) => f.geometry !== null)).toBe(true);
    // The stored list keeps the unlocated row.
    expect(s.villages.collection!.features).toHaveLength(3);
  });

  it('places a village by hand, rounded to 6 decimals, and keeps it after a reload', async () => {
    const factory = new IDBFactory();
    const a = page(openVillageListDb(factory));
    await a.villages.load();
    await a.villages.save(LIST, META);
    a.villages.placing = 'row-4';
    await a.villages.place('row-4', [122.12345678, 39.76543219]);

    const placed = a.villages.collection!.features.find((f) => f.id === 'row-4')!;
    expect(placed.properties.position).toEqual([122.123457, 39.765432]);
    expect(placed.properties.position_accuracy).toBe('placed by hand');
    expect(placed.geometry).toEqual({ type: 'Point', coordinates: [122.123457, 39.765432] });
    expect(a.villages.placing).toBeNull();
    expect(drawnIds(a.datasets)).toEqual(['210283101215', '210283101208', 'row-4']);
    // The others are untouched.
    expect(a.villages.collection!.features[0]).toEqual(LIST.features[0]);

    const b = page(openVillageListDb(factory));
    await b.villages.load();
    const reloaded = b.villages.collection!.features.find((f) => f.id === 'row-4')!;
    expect(reloaded.properties.position).toEqual([122.123457, 39.765432]);
    expect(reloaded.properties.position_accuracy).toBe('placed by hand');
    expect(drawnIds(b.datasets)).toEqual(['210283101215', '210283101208', 'row-4']);
  });

  it('moves an already located village, and refuses unknown ids or a missing list', async () => {
    const s = page(openVillageListDb(new IDBFactory()));
    await s.villages.load();
    await expect(s.villages.place('row-4', [122, 39])).rejects.toThrow('no village list is loaded');
    await s.villages.save(LIST, META);
    await s.villages.place('210283101215', [122.9, 39.6]);
    expect(s.villages.collection!.features[0].properties).toMatchObject({
      position: [122.9, 39.6],
      position_accuracy: 'placed by hand',
    });
    const before = s.villages.collection;
    await expect(s.villages.place('row-99', [122, 39])).rejects.toThrow('no village "row-99" in the list');
    expect(s.villages.collection).toBe(before);
  });

  it('changes nothing when the database refuses a write', async () => {
    let stored: unknown = { collection: LIST, meta: META };
    const refusing: VillageListDb = {
      persistent: true,
      get: async () => stored,
      put: async () => {
        throw new Error('QuotaExceededError');
      },
      clear: async () => void (stored = undefined),
    };
    const s = page(Promise.resolve(refusing));
    await s.villages.load();
    const collection = s.villages.collection;
    const meta = s.villages.meta;
    const drawn = s.datasets.data(VILLAGES_DATASET);
    expect(collection).toEqual(LIST);

    const other = { type: 'FeatureCollection' as const, features: [feature(village('210283101201', 9, null))] };
    await expect(s.villages.save(other, { ...META, rows: 1, matched: 1, unmatched_kept: 0 })).rejects.toThrow(
      'QuotaExceededError',
    );
    s.villages.placing = 'row-4';
    await expect(s.villages.place('row-4', [122.5, 39.5])).rejects.toThrow('QuotaExceededError');

    expect(s.villages.collection).toBe(collection);
    expect(s.villages.meta).toBe(meta);
    expect(s.datasets.data(VILLAGES_DATASET)).toBe(drawn);
    expect(drawnIds(s.datasets)).toEqual(['210283101215', '210283101208']);
    expect(s.villages.collection!.features[2].properties.position).toBeNull();
    // Still waiting for the click: the village was not placed.
    expect(s.villages.placing).toBe('row-4');
  });

  it('rejects an invalid list or meta before storing anything', async () => {
    const puts: unknown[] = [];
    const recording: VillageListDb = {
      persistent: true,
      get: async () => undefined,
      put: async (list) => void puts.push(list),
      clear: async () => {},
    };
    const s = page(Promise.resolve(recording));
    await s.villages.load();

    const moved = {
      ...LIST,
      features: [
        { ...LIST.features[0], geometry: { type: 'Point' as const, coordinates: [121, 39] as [number, number] } },
      ],
    };
    await expect(s.villages.save(moved, META)).rejects.toThrow('does not agree with properties.position');
    const twice = { ...LIST, features: [LIST.features[0], LIST.features[0]] };
    await expect(s.villages.save(twice, META)).rejects.toThrow(/repeats features\[0\]\.id/);
    await expect(s.villages.save(LIST, { ...META, loaded_at: 'yesterday' })).rejects.toThrow(/loaded_at/);

    expect(puts).toEqual([]);
    expect(s.villages.collection).toBeNull();
    expect(s.villages.meta).toBeNull();
    expect(s.datasets.data(VILLAGES_DATASET)).toBeUndefined();

    await s.villages.save(LIST, META);
    expect(puts).toHaveLength(1);
  });

  it('reports a stored list that no longer validates, and does not use it', async () => {
    const factory = new IDBFactory();
    const db = await openVillageListDb(factory);
    const bad = {
      ...LIST,
      features: [
        { ...LIST.features[0], properties: { ...LIST.features[0].properties, position_accuracy: 'gps' } },
        ...LIST.features.slice(1),
      ],
    };
    await db.put({ collection: bad, meta: META } as never);

    const s = page(Promise.resolve(db));
    await s.villages.load();
    expect(s.villages.loaded).toBe(true);
    expect(s.villages.collection).toBeNull();
    expect(s.villages.meta).toBeNull();
    expect(s.villages.unreadable).toMatch(/surveyed/);
    expect(s.datasets.data(VILLAGES_DATASET)).toBeUndefined();

    // A stored meta that no longer reads is reported too.
    await db.put({ collection: LIST, meta: { ...META, rows: -1 } } as never);
    const t = page(Promise.resolve(db));
    await t.villages.load();
    expect(t.villages.collection).toBeNull();
    expect(t.villages.unreadable).toMatch(/>=0/);

    // Loading the list again replaces the unreadable one, and the warning goes.
    await t.villages.save(LIST, META);
    expect(t.villages.collection).toEqual(LIST);
    expect(t.villages.unreadable).toBeNull();
  });

  it('clears the stored list and the local dataset', async () => {
    const factory = new IDBFactory();
    const a = page(openVillageListDb(factory));
    await a.villages.load();
    await a.villages.save(LIST, META);
    a.villages.selected = '210283101215';
    a.villages.placing = 'row-4';
    await a.villages.clear();
    expect([a.villages.collection, a.villages.meta, a.villages.selected, a.villages.placing]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(a.datasets.data(VILLAGES_DATASET)).toBeUndefined();
    expect(a.datasets.status[VILLAGES_DATASET]).toBeUndefined();

    const b = page(openVillageListDb(factory));
    await b.villages.load();
    expect(b.villages.collection).toBeNull();
    expect(b.villages.unreadable).toBeNull();
    expect(b.datasets.data(VILLAGES_DATASET)).toBeUndefined();
  });

  it('clearing an unreadable stored list removes the warning with it', async () => {
    const db = await openVillageListDb(new IDBFactory());
    await db.put({ collection: { type: 'FeatureCollection', features: 'damaged' }, meta: META } as never);
    const s = page(Promise.resolve(db));
    await s.villages.load();
    expect(s.villages.unreadable).not.toBeNull();
    await s.villages.clear();
    expect(s.villages.unreadable).toBeNull();
    expect(await db.get()).toBeUndefined();
  });

  it('keeps the list in memory, and says so, where there is no IndexedDB', async () => {
    const s = page(openVillageListDb(undefined));
    await s.villages.load();
    expect(s.villages.persistent).toBe(false);
    await s.villages.save(LIST, META);
    expect(s.villages.collection).toEqual(LIST);
    expect(drawnIds(s.datasets)).toEqual(['210283101215', '210283101208']);
  });
});
