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
    setup('zh');
    for (const def of LAYERS) expect(screen.getByLabelText(def.title.zh)).toBeTruthy();
    expect(document.querySelectorAll('li.layer')).toHaveLength(LAYERS.length);
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
