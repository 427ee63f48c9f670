import { getContext, setContext } from 'svelte';

export interface FeatureRef {
  layer: string;
  id: string;
  properties: Record<string, unknown>;
}

/** What is under the pointer and what was clicked. */
export class Selection {
  hovered = $state<(FeatureRef & { x: number; y: number }) | null>(null);
  selected = $state<FeatureRef | null>(null);
  /** A selection from a link, resolved to properties once the layer's data has loaded. */
  pending = $state<{ layer: string; id: string } | null>(null);

  clear(): void {
    this.selected = null;
    this.pending = null;
  }
}

const KEY = Symbol('selection');
export const setSelection = (s: Selection): Selection => setContext(KEY, s);
export const getSelection = (): Selection => getContext<Selection>(KEY);
