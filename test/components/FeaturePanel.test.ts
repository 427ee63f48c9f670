import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/lib/i18n/locale.svelte';
import type { Selection } from '../../src/lib/state/selection.svelte';
import FeaturePanel from '../../src/lib/ui/FeaturePanel.svelte';
import Harness from './Harness.svelte';
import { readDataset } from './fixtures';

const zhuanghe = readDataset('boundaries/counties.geojson').features.find((f) => f.id === '210283')!;

function setup() {
  let selection!: Selection;
  let locale!: Locale;
  render(Harness, {
    props: {
      component: FeaturePanel,
      expose: (s) => {
        selection = s.selection;
        locale = s.locale;
      },
    },
  });
  return { selection, locale };
}

describe('FeaturePanel', () => {
  it('shows every county field, formatted, in both languages', () => {
    const { selection, locale } = setup();
    selection.selected = { layer: 'counties', id: '210283', properties: zhuanghe.properties };
    flushSync();
    const panel = screen.getByTestId('feature-panel');
    expect(panel.querySelector('h2')?.textContent).toBe('庄河市');
    expect(panel.querySelector('[data-field="code"]')?.textContent).toBe('210283');
    expect(panel.querySelector('[data-field="kind"]')?.textContent).toBe('县级市');
    expect(panel.querySelector('[data-field="prefecture_zh"]')?.textContent).toBe('大连市');
    expect(panel.querySelector('[data-field="area_km2"]')?.textContent).toMatch(/^[\d,]+(\.\d)? 平方千米$/);
    expect(panel.querySelector('[data-field="seat"]')?.textContent).toMatch(/^39\.\d{3}°N, 122\.\d{3}°E$/);
    locale.lang = 'en';
    flushSync();
    expect(panel.querySelector('h2')?.textContent).toBe('Zhuanghe City');
    expect(panel.querySelector('[data-field="kind"]')?.textContent).toBe('County-level city');
    expect(panel.querySelector('[data-field="prefecture_zh"]')?.textContent).toBe('Dalian');
    expect(panel.querySelector('[data-field="area_km2"]')?.textContent).toMatch(/^[\d,]+(\.\d)? km²$/);
  });

  it('closes with Escape and clears the selection', async () => {
    const { selection } = setup();
    selection.selected = { layer: 'counties', id: '210283', properties: zhuanghe.properties };
    flushSync();
    await fireEvent.keyDown(window, { key: 'Escape' });
    expect(selection.selected).toBeNull();
    expect(screen.queryByTestId('feature-panel')).toBeNull();
  });
});
