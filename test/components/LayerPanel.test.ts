import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../src/lib/layers/registry';
import type { LayerState } from '../../src/lib/state/layer-state.svelte';
import type { DatasetStore } from '../../src/lib/data/datasets.svelte';
import LayerPanel from '../../src/lib/ui/LayerPanel.svelte';
import Harness from './Harness.svelte';
import { readDataset, readManifest } from './fixtures';
import { flushSync } from 'svelte';

function setup(lang: 'zh' | 'en' = 'zh') {
  let layers!: LayerState;
  let datasets!: DatasetStore;
  render(Harness, {
    props: {
      component: LayerPanel,
      lang,
      expose: (s) => {
        layers = s.layers;
        datasets = s.datasets;
      },
    },
  });
  return { layers, datasets };
}

describe('LayerPanel', () => {
  it('lists every registry layer once, with its title in the interface language', () => {
    const { datasets } = setup('zh');
    datasets.manifest = readManifest();
    flushSync();
    // Infrastructure layers are listed only when their dataset is in the data (not those of data:osm/fetch).
    const shipped = new Set(datasets.manifest.datasets.map((d) => d.id));
    const listed = LAYERS.filter((l) => !l.local && (!l.infraTheme || shipped.has(l.dataset)));
    expect(listed.map((l) => l.id)).toContain('infra-water');
    expect(listed.map((l) => l.id)).not.toContain('osm-roads');
    for (const def of listed) expect(screen.getByLabelText(def.title.zh)).toBeTruthy();
    expect(document.querySelectorAll('li.layer')).toHaveLength(listed.length);
  });

  it('says plainly where a theme has nothing bundled, and offers the ways to load it', () => {
    const { datasets } = setup('en');
    datasets.manifest = readManifest();
    flushSync();
    for (const theme of ['roads', 'power'])
      expect(screen.getByTestId(`infra-empty-${theme}`).textContent).toContain('Nothing is bundled for this theme');
    expect(screen.queryByTestId('infra-empty-water')).toBeNull();
    expect(screen.getByTestId('import-button').textContent).toBe('Import a file…');
    expect(screen.getByTestId('osm-button').textContent).toBe('Load OpenStreetMap data for this view…');
  });

  it('toggles a layer in the shared state', async () => {
    const { layers } = setup('en');
    const box = screen.getByLabelText('County-level units') as HTMLInputElement;
    expect(box.checked).toBe(true);
    await fireEvent.click(box);
    expect(layers.visible('counties')).toBe(false);
    expect(layers.toUrl().layers).not.toContain('counties');
  });

  it('derives the counties legend from the data: one entry per prefecture', () => {
    const { datasets } = setup('zh');
    const manifest = readManifest();
    datasets.manifest = manifest;
    datasets.status = {
      ...datasets.status,
      counties: {
        state: 'ready',
        data: readDataset('boundaries/counties.geojson'),
        entry: manifest.datasets.find((d) => d.id === 'counties')!,
      },
    };
    flushSync();
    const legend = document.querySelector('[data-layer="counties"] .legend')!;
    const items = [...legend.querySelectorAll('li')].map((li) => li.textContent?.trim());
    expect(items).toHaveLength(14);
    expect(items[0]).toBe('沈阳市');
    expect(items).toContain('大连市');
    expect(document.querySelector('[data-layer="counties"] .count')?.textContent).toBe('100');
  });

  it('marks a layer whose data failed as unavailable and disables its toggle', () => {
    const { datasets } = setup('en');
    datasets.status = {
      ...datasets.status,
      prefectures: {
        state: 'error',
        error: {
          kind: 'hash',
          file: 'data/boundaries/prefectures.geojson',
          expected: 'a'.repeat(64),
          actual: 'b'.repeat(64),
        },
      },
    };
    flushSync();
    const row = document.querySelector('[data-layer="prefectures"]')!;
    expect(row.querySelector('.badge.error')?.textContent).toContain('unavailable');
    expect((row.querySelector('input[type=checkbox]') as HTMLInputElement).disabled).toBe(true);
  });
});
