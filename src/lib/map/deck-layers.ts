import type { Layer } from '@deck.gl/core';
import type { AnyCollection, LayerDefinition, RenderContext } from '../layers/types';

/** deck.gl layers for the visible deck definitions whose data has loaded, bottom to top. */
export function buildDeckLayers(
  defs: readonly LayerDefinition[],
  dataFor: (def: LayerDefinition) => AnyCollection | undefined,
  ctxFor: (def: LayerDefinition) => RenderContext,
  visible: (def: LayerDefinition) => boolean,
): Layer[] {
  const out: Layer[] = [];
  for (const def of defs) {
    if (def.render.kind !== 'deck' || !visible(def)) continue;
    const data = dataFor(def);
    if (data) out.push(def.render.layer(data, ctxFor(def)));
  }
  return out;
}
