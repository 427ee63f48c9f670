import type { FeatureCollection, Point } from 'geojson';
import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import type { AnyCollection, LayerDefinition, MapLibreRender, RenderContext } from '../layers/types';
import { SLOT_ORDER } from '../layers/types';

type Spec = ReturnType<MapLibreRender['layers']>[number];

/** Source id of a definition's label points. */
export const labelSourceId = (defId: string): string => `${defId}-labels`;

/** Every MapLibre layer spec of the given definitions, in stacking order (fills, lines, points, labels). */
export function orderedSpecs(
  defs: readonly LayerDefinition[],
  ctxFor: (def: LayerDefinition) => RenderContext,
): { def: LayerDefinition; spec: LayerSpecification }[] {
  const all: { def: LayerDefinition; spec: Spec; slot: number; order: number }[] = [];
  defs.forEach((def, order) => {
    if (def.render.kind !== 'maplibre') return;
    for (const spec of def.render.layers(ctxFor(def)))
      all.push({ def, spec, slot: SLOT_ORDER.indexOf(spec.slot), order });
  });
  all.sort((a, b) => a.slot - b.slot || a.order - b.order);
  return all.map(({ def, spec }) => {
    const { slot: _slot, labels, ...rest } = spec;
    const own = def.render.kind === 'maplibre' ? (def.render.sourceOf ?? def.id) : def.id;
    const source = labels ? labelSourceId(def.id) : own;
    return { def, spec: { ...rest, source } as LayerSpecification };
  });
}

/** Label points for a definition that declares `labelPoint`, carrying the features' properties. */
export function labelPointsOf(def: LayerDefinition, data: AnyCollection): FeatureCollection<Point> {
  const render = def.render as MapLibreRender;
  const features = [];
  for (const f of data.features) {
    const p = render.labelPoint?.(f);
    if (p)
      features.push({
        type: 'Feature' as const,
        id: f.id,
        properties: f.properties,
        geometry: { type: 'Point' as const, coordinates: p },
      });
  }
  return { type: 'FeatureCollection', features };
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * The definitions' part of the initial style: a GeoJSON source per definition (its verified data
 * URL if already known, so MapLibre's worker starts on it while the map is still being created;
 * empty otherwise), a label source where declared, and every layer, visible or not as `visible` says.
 */
export function buildDefinitionStyle(
  defs: readonly LayerDefinition[],
  ctxFor: (def: LayerDefinition) => RenderContext,
  visible: (def: LayerDefinition) => boolean,
  attributionFor: (def: LayerDefinition) => string | undefined,
  urlFor: (def: LayerDefinition) => string | undefined,
): Pick<StyleSpecification, 'sources' | 'layers'> {
  const sources: StyleSpecification['sources'] = {};
  for (const def of defs) {
    if (def.render.kind !== 'maplibre' || def.render.sourceOf) continue;
    const attribution = attributionFor(def);
    sources[def.id] = { type: 'geojson', data: urlFor(def) ?? EMPTY, promoteId: def.render.idProperty, attribution };
    if (def.render.labelPoint) sources[labelSourceId(def.id)] = { type: 'geojson', data: EMPTY };
  }
  const layers = orderedSpecs(defs, ctxFor).map(
    ({ def, spec }) =>
      ({
        ...spec,
        layout: {
          ...(spec as { layout?: object }).layout,
          visibility: visible(def) && (def.active?.(ctxFor(def)) ?? true) ? 'visible' : 'none',
        },
      }) as LayerSpecification,
  );
  return { sources, layers };
}

/**
 * Put a definition's data into its source: from `url` (the verified bytes, parsed in MapLibre's
 * worker) when given, else the object itself.
 */
export function setDefinitionData(map: MapLibreMap, def: LayerDefinition, data: AnyCollection, url?: string): void {
  if (def.render.kind === 'maplibre' && def.render.sourceOf) return;
  (map.getSource(def.id) as GeoJSONSource | undefined)?.setData(url ?? data);
}

/** Put a definition's label points into its label source (call once the label font is loaded). */
export function setDefinitionLabels(map: MapLibreMap, def: LayerDefinition, data: AnyCollection): void {
  if (def.render.kind === 'maplibre' && def.render.labelPoint)
    (map.getSource(labelSourceId(def.id)) as GeoJSONSource | undefined)?.setData(labelPointsOf(def, data));
}

/**
 * Bring the map's layers in line with the definitions' current render context and visibility:
 * paint and layout properties are recomputed from the definition and set where they differ.
 */
export function syncDefinitionLayers(
  map: MapLibreMap,
  defs: readonly LayerDefinition[],
  ctxFor: (def: LayerDefinition) => RenderContext,
  visible: (def: LayerDefinition) => boolean,
): void {
  for (const { def, spec } of orderedSpecs(defs, ctxFor)) {
    if (!map.getLayer(spec.id)) continue;
    const s = spec as { paint?: Record<string, unknown>; layout?: Record<string, unknown> };
    // The keys come from a valid layer spec; MapLibre's typings want literal property names.
    const m = map as unknown as {
      getPaintProperty(id: string, k: string): unknown;
      setPaintProperty(id: string, k: string, v: unknown): void;
      getLayoutProperty(id: string, k: string): unknown;
      setLayoutProperty(id: string, k: string, v: unknown): void;
    };
    for (const [k, v] of Object.entries(s.paint ?? {}))
      if (JSON.stringify(m.getPaintProperty(spec.id, k)) !== JSON.stringify(v)) m.setPaintProperty(spec.id, k, v);
    for (const [k, v] of Object.entries(s.layout ?? {}))
      if (JSON.stringify(m.getLayoutProperty(spec.id, k)) !== JSON.stringify(v)) m.setLayoutProperty(spec.id, k, v);
    const vis = visible(def) && (def.active?.(ctxFor(def)) ?? true) ? 'visible' : 'none';
    if (map.getLayoutProperty(spec.id, 'visibility') !== vis) map.setLayoutProperty(spec.id, 'visibility', vis);
  }
}

/** MapLibre layer ids that answer hover and click, with their definitions. */
export function interactiveLayers(defs: readonly LayerDefinition[]): { layerId: string; def: LayerDefinition }[] {
  return defs.flatMap((def) => {
    if (def.render.kind !== 'maplibre' || !def.render.interactiveLayer) return [];
    const ids = def.render.interactiveLayer;
    return (typeof ids === 'string' ? [ids] : ids).map((layerId) => ({ layerId, def }));
  });
}
