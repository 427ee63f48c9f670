import { render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import type { DatasetStore } from '../../src/lib/data/datasets.svelte';
import ErrorBanner from '../../src/lib/ui/ErrorBanner.svelte';
import Harness from './Harness.svelte';

function setup(lang: 'zh' | 'en') {
  let datasets!: DatasetStore;
  render(Harness, { props: { component: ErrorBanner, lang, expose: (s) => (datasets = s.datasets) } });
  return datasets;
}

describe('ErrorBanner', () => {
  it('is absent when everything loaded', () => {
    setup('zh');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('names the file and the problem, in Chinese and in English', () => {
    const datasets = setup('en');
    datasets.status = {
      ...datasets.status,
      counties: {
        state: 'error',
        error: {
          kind: 'schema',
          file: 'data/boundaries/counties.geojson',
          detail: 'counties.features[12].properties.code: a 6-digit county code 21xxxx',
        },
      },
    };
    datasets.status = {
      ...datasets.status,
      land: {
        state: 'error',
        error: { kind: 'fetch', file: 'data/basemap/land.geojson', detail: 'HTTP 404' },
      },
    };
    flushSync();
    const text = screen.getByRole('alert').textContent ?? '';
    expect(text).toContain('data/boundaries/counties.geojson: invalid data — counties.features[12].properties.code');
    expect(text).toContain('data/basemap/land.geojson: could not be read (HTTP 404)');
    expect(text).toContain('All other layers are shown as usual.');
  });

  it('reports an unreadable manifest once instead of every layer', () => {
    const datasets = setup('zh');
    datasets.manifestError = 'HTTP 500';
    flushSync();
    const items = screen.getByRole('alert').querySelectorAll('li');
    expect(items).toHaveLength(1);
    expect(items[0].textContent).toBe('数据清单 manifest.json 无法读取：HTTP 500');
  });
});
