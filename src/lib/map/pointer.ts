import type { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { LayerDefinition } from '../layers/types';
import type { Selection } from '../state/selection.svelte';
import type { MapPick } from '../state/map-view.svelte';

interface Hit {
  layer: string;
  id: string;
  properties: Record<string, unknown>;
}

/**
 * Hover and click for both renderers: deck.gl objects (drawn on top) are picked first, then the
 * interactive MapLibre layers. Hover is mirrored into MapLibre feature-state for the highlight.
 * Returns a function that detaches the handlers.
 */
export function attachPointer(
  map: MapLibreMap,
  overlay: () => MapLibreOverlay | null,
  /** Called on each event: imported layers come and go. */
  interactive: () => { layerId: string; def: LayerDefinition }[],
  selection: Selection,
  /** A pending "click to place" request: the click goes there instead. */
  pickPoint: () => MapPick | null = () => null,
): () => void {
  let hoverState: { source: string; id: string } | null = null;

  const setHoverState = (next: { source: string; id: string } | null) => {
    if (hoverState && map.getSource(hoverState.source)) map.setFeatureState(hoverState, { hover: false });
    hoverState = next;
    if (next) map.setFeatureState(next, { hover: true });
  };

  const hitAt = (e: MapMouseEvent): Hit | null => {
    const picked = overlay()?.pickObject({ x: e.point.x, y: e.point.y, radius: 4 });
    if (picked?.object && picked.layer) {
      const obj = picked.object as { id?: string; properties?: Record<string, unknown> };
      return { layer: picked.layer.id, id: String(obj.id ?? ''), properties: obj.properties ?? {} };
    }
    const list = interactive();
    const layers = list
      .map((i) => i.layerId)
      .filter((id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none');
    if (!layers.length) return null;
    const f = map.queryRenderedFeatures(e.point, { layers })[0];
    if (!f) return null;
    const def = list.find((i) => i.layerId === f.layer.id)?.def;
    if (!def) return null;
    return { layer: def.id, id: String(f.id ?? ''), properties: f.properties as Record<string, unknown> };
  };

  const onMove = (e: MapMouseEvent) => {
    const picking = pickPoint();
    if (picking) {
      map.getCanvas().style.cursor = 'crosshair';
      picking.move?.([e.lngLat.lng, e.lngLat.lat]);
      return;
    }
    const hit = hitAt(e);
    map.getCanvas().style.cursor = hit ? 'pointer' : '';
    const isMapLibre = hit && map.getSource(hit.layer) && hit.id;
    setHoverState(isMapLibre ? { source: hit.layer, id: hit.id } : null);
    selection.hovered = hit ? { ...hit, x: e.point.x, y: e.point.y } : null;
  };
  const onLeave = () => {
    pickPoint()?.move?.(null);
    setHoverState(null);
    selection.hovered = null;
  };
  const onClick = (e: MapMouseEvent) => {
    const picking = pickPoint();
    if (picking) return picking.pick([e.lngLat.lng, e.lngLat.lat]);
    const hit = hitAt(e);
    selection.pending = null;
    selection.selected = hit;
  };

  const onDoubleClick = (e: MapMouseEvent) => {
    const finish = pickPoint()?.finish;
    if (!finish) return;
    e.preventDefault(); // no double-click zoom while a tool takes the clicks
    finish();
  };

  map.on('mousemove', onMove);
  map.on('mouseout', onLeave);
  map.on('click', onClick);
  map.on('dblclick', onDoubleClick);
  return () => {
    map.off('dblclick', onDoubleClick);
    map.off('mousemove', onMove);
    map.off('mouseout', onLeave);
    map.off('click', onClick);
  };
}
