import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DatasetStore } from '../../../src/lib/data/datasets.svelte';
import { openUserLayerDb, type UserLayerDb } from '../../../src/lib/io/import/user-layer-db';
import type { UserLayerRecord } from '../../../src/lib/io/import/user-layer-record';
import { UserLayers } from '../../../src/lib/state/user-layers.svelte';

function record(id: string, name = '县道'): UserLayerRecord {
  return {
    id,
    name,
    theme: 'roads',
    color: null,
    provenance: {
      kind: 'file',
      files: ['roads.geojson'],
      format: 'geojson',
      crs: 'WGS 84',
      conversion: 'none',
      rows: 1,
      imported: 1,
      rejected: [],
      rejectedCount: 0,
      skipped: 0,
      mapping: ['道路等级 → class'],
      importedAt: '2026-11-27T02:00:00.000Z',
    },
    collection: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'r-1',
          properties: {
            id: 'r-1',
            theme: 'roads',
            class: 'county_road',
            name: '<b>X033</b>',
            ref: 'X033',
            voltage_kv: null,
            capacity_mw: null,
            grade: null,
            approximate: false,
            source: 'roads.geojson',
            attributes: { 道路等级: '县道' },
          },
          geometry: {
            type: 'LineString',
            coordinates: [
              [122.3, 39.8],
              [122.6, 39.9],
            ],
          },
        },
      ],
    },
  };
}

const store = (db: Promise<UserLayerDb>) => {
  const datasets = new DatasetStore('/data/');
  return { datasets, layers: new UserLayers(db, datasets) };
};

describe('imported layers', () => {
  it('are stored in IndexedDB and found again by a new page (a reload)', async () => {
    const factory = new IDBFactory();
    const a = store(openUserLayerDb(factory));
    await a.layers.load();
    await a.layers.add(record('user-a'));
    await a.layers.update('user-a', { name: '庄河县道', color: '#aa3300' });
    expect(a.datasets.data('user-a')?.features).toHaveLength(1);

    const b = store(openUserLayerDb(factory));
    await b.layers.load();
    expect(b.layers.records.map((r) => [r.id, r.name, r.color])).toEqual([['user-a', '庄河县道', '#aa3300']]);
    expect(b.layers.definitions[0].title.zh).toBe('庄河县道');
    expect(b.datasets.data('user-a')?.features[0].properties.name).toBe('<b>X033</b>');

    await b.layers.remove('user-a');
    const c = store(openUserLayerDb(factory));
    await c.layers.load();
    expect(c.layers.records).toEqual([]);
  });

  it('change nothing when the database refuses a write', async () => {
    const failing: UserLayerDb = {
      persistent: true,
      all: async () => [],
      put: async () => {
        throw new Error('QuotaExceededError');
      },
      delete: async () => {},
    };
    const s = store(Promise.resolve(failing));
    await s.layers.load();
    await expect(s.layers.add(record('user-b'))).rejects.toThrow('QuotaExceededError');
    expect(s.layers.records).toEqual([]);
    expect(s.datasets.data('user-b')).toBeUndefined();
  });

  it('reject an invalid record before storing it, and report stored records that no longer read', async () => {
    const factory = new IDBFactory();
    const db = await openUserLayerDb(factory);
    const bad = { ...record('user-c', '坏图层'), theme: 'railways' };
    await db.put(bad as unknown as UserLayerRecord);
    const s = store(Promise.resolve(db));
    await s.layers.load();
    expect(s.layers.records).toEqual([]);
    expect(s.layers.unreadable).toEqual(['坏图层']);
    await expect(s.layers.add({ ...record('user-d'), color: 'red' })).rejects.toThrow(/color/);
  });

  it('fall back to memory, and say so, where there is no IndexedDB', async () => {
    const s = store(openUserLayerDb(undefined));
    await s.layers.load();
    expect(s.layers.persistent).toBe(false);
    await s.layers.add(record('user-e'));
    expect(s.layers.records).toHaveLength(1);
  });
});
