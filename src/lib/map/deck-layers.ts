import type { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer } from '@deck.gl/core';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AnyCollection, DeckLayerFactory, LayerDefinition, RenderContext } from '../layers/types';

/**
 * Load deck.gl (the overlay and every deck definition's layer factory) after the first view is up,
 * and add the overlay to the map, interleaved so deck.gl shares MapLibre's WebGL context.
 */
export async function loadDeckOverlay(
  map: MapLibreMap,
  defs: readonly LayerDefinition[],
): Promise<{ overlay: MapLibreOverlay; factories: Map<string, DeckLayerFactory> }> {
  const [{ MapLibreOverlay }, ...loaded] = await Promise.all([
    import('@deck.gl/maplibre'),
    ...defs.map((d) => (d.render.kind === 'deck' ? d.render.load() : Promise.resolve(null))),
  ]);
  const factories = new Map<string, DeckLayerFactory>();
  defs.forEach((d, i) => {
    const f = loaded[i];
    if (f) factories.set(d.id, f);
  });
  const overlay = new MapLibreOverlay({ layers: [], interleaved: true });
  map.addControl(overlay);
  return { overlay, factories };
}

/** deck.gl layers for the visible deck definitions whose data has loaded, bottom to top. */
export function buildDeckLayers(
  defs: readonly LayerDefinition[],
  factories: Map<string, DeckLayerFactory>,
  dataFor: (def: LayerDefinition) => AnyCollection | undefined,
  ctxFor: (def: LayerDefinition) => RenderContext,
  visible: (def: LayerDefinition) => boolean,
  beforeId?: string,
): Layer[] {
  const out: Layer[] = [];
  for (const def of defs) {
    const factory = factories.get(def.id);
    const data = dataFor(def);
    if (!factory || !data || !visible(def)) continue;
    // In interleaved mode `beforeId` keeps map labels above deck.gl symbols.
    out.push(factory(data, ctxFor(def)).clone({ beforeId } as Record<string, unknown>));
  }
  return out;
}
