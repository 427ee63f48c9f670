import { getContext, setContext } from 'svelte';
import type { OnlineBasemap } from './online-basemaps';

/**
 * The online basemap choice. Not put in the link (a key is private); the Tianditu key is kept
 * in this browser's localStorage only when the user applies it.
 */
export class BasemapState {
  online = $state<OnlineBasemap>({ kind: 'none' });
  /** Why the chosen online basemap could not be shown (e.g. a style URL that failed). */
  error = $state<string | null>(null);
}

const KEY = Symbol('basemap');
export const setBasemap = (s: BasemapState): BasemapState => setContext(KEY, s);
export const getBasemap = (): BasemapState => getContext<BasemapState>(KEY);
