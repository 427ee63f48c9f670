import { getContext, setContext } from 'svelte';
import type { UserLayers } from '../state/user-layers.svelte';
import { LAYERS } from './registry';
import type { LayerDefinition } from './types';

/**
 * Every layer the app draws: the registry's, then the user's imported layers on top. Views read
 * this rather than LAYERS so imported layers get the same map, legend, tooltip and panel.
 */
export class LayerCatalog {
  private readonly user: UserLayers;
  readonly all: readonly LayerDefinition[];

  constructor(user: UserLayers) {
    this.user = user;
    this.all = $derived([...LAYERS, ...this.user.definitions]);
  }

  /** The definition with this id, or undefined (e.g. an imported layer just removed). */
  get(id: string): LayerDefinition | undefined {
    return this.all.find((l) => l.id === id);
  }

  isUser(id: string): boolean {
    return this.user.definitions.some((d) => d.id === id);
  }
}

const KEY = Symbol('layer-catalog');
export const setLayerCatalog = (c: LayerCatalog): LayerCatalog => setContext(KEY, c);
export const getLayerCatalog = (): LayerCatalog => getContext<LayerCatalog>(KEY);
