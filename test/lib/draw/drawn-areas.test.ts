import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DatasetStore } from '../../../src/lib/data/datasets.svelte';
import type { DrawnArea } from '../../../src/lib/draw/drawn-area-record';
import { DrawnAreas, openDrawnAreaDb, type DrawnAreaDb } from '../../../src/lib/state/drawn-areas.svelte';

function area(id: string, name: string, createdAt = '2026-11-27T05:00:00.000Z'): DrawnArea {
  return {
    id,
    name,
    note: '',
    createdAt,
    polygon: {
      type: 'Polygon',
      coordinates: [
        [
          [122, 40],
          [122.1, 40],
          [122.1, 40.1],
          [122, 40],
        ],
      ],
    },
  };
}

function store(db: Promise<DrawnAreaDb>) {
  const datasets = new DatasetStore('/data/');
  return { areas: new DrawnAreas(db, datasets), datasets };
}

describe('DrawnAreas', () => {
  it('keeps areas across a reopen and shows them as the drawn-areas dataset', async () => {
    const factory = new IDBFactory();
    const a = store(openDrawnAreaDb(factory));
    await a.areas.load();
    await a.areas.add(area('drawn-b', '果园扩展区', '2026-11-27T06:00:00.000Z'));
    await a.areas.add(area('drawn-a', '示范基地', '2026-11-27T05:00:00.000Z'));
    const fc = a.datasets.data('drawn-areas');
    expect(fc?.features.map((f) => f.properties.name)).toEqual(['果园扩展区', '示范基地']);
    expect(fc?.features[0].properties.area_km2).toBeGreaterThan(40);
    expect(fc?.features[0].properties.area_km2).toBeLessThan(50);

    const b = store(openDrawnAreaDb(factory));
    await b.areas.load();
    // Loaded in the order drawn.
    expect(b.areas.areas.map((x) => x.name)).toEqual(['示范基地', '果园扩展区']);
    await b.areas.update('drawn-a', { name: '示范基地（二期）' });
    await b.areas.remove('drawn-b');

    const c = store(openDrawnAreaDb(factory));
    await c.areas.load();
    expect(c.areas.areas.map((x) => x.name)).toEqual(['示范基地（二期）']);
    await c.areas.remove('drawn-a');
    expect(c.datasets.data('drawn-areas')).toBeUndefined();
  });

  it('refuses an open ring or an empty name, and changes nothing', async () => {
    const { areas } = store(openDrawnAreaDb(undefined));
    await areas.load();
    const open = area('drawn-x', 'x');
    open.polygon.coordinates[0].pop();
    await expect(areas.add(open)).rejects.toThrow(/not closed|too_small|>=4/);
    await expect(areas.add(area('drawn-y', '   '))).rejects.toThrow();
    expect(areas.areas).toEqual([]);
  });

  it('keeps the list as it was when the write fails', async () => {
    const failing: DrawnAreaDb = {
      persistent: true,
      all: async () => [],
      put: async () => {
        throw new Error('QuotaExceededError');
      },
      delete: async () => {},
    };
    const { areas, datasets } = store(Promise.resolve(failing));
    await areas.load();
    await expect(areas.add(area('drawn-z', 'z'))).rejects.toThrow('QuotaExceededError');
    expect(areas.areas).toEqual([]);
    expect(datasets.data('drawn-areas')).toBeUndefined();
  });

  it('skips unreadable stored rows and names them', async () => {
    const db: DrawnAreaDb = {
      persistent: true,
      all: async () => [area('drawn-ok', '好的'), { id: 'drawn-bad', name: '坏的', polygon: null }],
      put: async () => {},
      delete: async () => {},
    };
    const { areas } = store(Promise.resolve(db));
    await areas.load();
    expect(areas.areas.map((a) => a.name)).toEqual(['好的']);
    expect(areas.unreadable).toEqual(['坏的']);
  });

  it('offers the next free default name', async () => {
    const { areas } = store(openDrawnAreaDb(undefined));
    await areas.load();
    expect(areas.nextName('区域')).toBe('区域 1');
    await areas.add(area('drawn-1', '区域 1'));
    await areas.add(area('drawn-3', '区域 3'));
    expect(areas.nextName('区域')).toBe('区域 2');
    expect(areas.persistent).toBe(false);
  });
});
