import { getContext, setContext } from 'svelte';
import type { LayerDefinition } from '../layers/types';

/** Visibility and opacity of each layer, keyed by layer id (one record per layer, no parallel arrays). */
export class LayerState {
  settings = $state<Record<string, { visible: boolean; opacity: number; variant?: string }>>({});

  constructor(private readonly layers: readonly LayerDefinition[]) {
    this.reset();
  }

  reset(): void {
    const next: Record<string, { visible: boolean; opacity: number }> = {};
    for (const l of this.layers) next[l.id] = { visible: l.defaultVisible, opacity: l.defaultOpacity };
    this.settings = next;
  }

  /** Apply the `layers=` and `opacity=` parts of a link; layers not listed become hidden. */
  applyUrl(visible: string[] | undefined, opacity: Record<string, number> | undefined): void {
    for (const l of this.layers) {
      const s = this.settings[l.id];
      if (visible) s.visible = visible.includes(l.id);
      if (opacity && opacity[l.id] !== undefined) s.opacity = opacity[l.id];
    }
  }

  /** Give a layer added at run time (an imported layer) its settings, once. */
  ensure(def: LayerDefinition): void {
    if (!this.settings[def.id]) this.settings[def.id] = { visible: def.defaultVisible, opacity: def.defaultOpacity };
  }

  forget(id: string): void {
    delete this.settings[id];
  }

  visible(id: string): boolean {
    return this.settings[id]?.visible ?? false;
  }
  opacity(id: string): number {
    return this.settings[id]?.opacity ?? 1;
  }
  variant(id: string): string | undefined {
    return this.settings[id]?.variant;
  }

  /** For the link: visible layer ids, and opacities that differ from the default. */
  toUrl(): { layers: string[]; opacity: Record<string, number> } {
    const opacity: Record<string, number> = {};
    for (const l of this.layers)
      if (Math.abs(this.settings[l.id].opacity - l.defaultOpacity) > 0.001) opacity[l.id] = this.settings[l.id].opacity;
    return { layers: this.layers.filter((l) => this.settings[l.id].visible).map((l) => l.id), opacity };
  }
}

const KEY = Symbol('layer-state');
export const setLayerState = (s: LayerState): LayerState => setContext(KEY, s);
export const getLayerState = (): LayerState => getContext<LayerState>(KEY);
