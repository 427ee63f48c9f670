import type { LayerSpecification, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { checkOnlineBasemap, rasterSourceFor, type OnlineBasemap } from './online-basemaps';

const PREFIX = 'online-';

/** Remove every source and layer a previous online basemap added. */
function clearOnline(map: MapLibreMap): void {
  for (const layer of map.getStyle().layers) if (layer.id.startsWith(PREFIX)) map.removeLayer(layer.id);
  for (const id of Object.keys(map.getStyle().sources)) if (id.startsWith(PREFIX)) map.removeSource(id);
}

/**
 * Show the chosen online basemap beneath the atlas's own layers (below `beforeId`), or none.
 * For a style URL, its sources and non-symbol layers are merged in (its labels would need its glyph
 * server). Returns an error message for a style that cannot be fetched; nothing is left half-added.
 */
export async function applyOnlineBasemap(
  map: MapLibreMap,
  online: OnlineBasemap,
  beforeId: string,
): Promise<string | null> {
  clearOnline(map);
  if (online.kind === 'none' || checkOnlineBasemap(online)) return null;
  const before = map.getLayer(beforeId) ? beforeId : undefined;
  const raster = rasterSourceFor(online);
  if (raster) {
    map.addSource(`${PREFIX}raster`, raster);
    map.addLayer({ id: `${PREFIX}raster`, type: 'raster', source: `${PREFIX}raster` }, before);
    return null;
  }
  if (online.kind !== 'style') return null;
  let style: StyleSpecification;
  try {
    const res = await fetch(online.url.trim());
    if (!res.ok) return `HTTP ${res.status}`;
    style = (await res.json()) as StyleSpecification;
    if (!style || typeof style.sources !== 'object' || !Array.isArray(style.layers)) return 'not a MapLibre style';
  } catch (e) {
    return (e as Error).message;
  }
  clearOnline(map);
  for (const [id, src] of Object.entries(style.sources)) map.addSource(PREFIX + id, src);
  for (const layer of style.layers) {
    if (layer.type === 'symbol' || layer.type === 'background') continue;
    const l = { ...layer, id: PREFIX + layer.id } as LayerSpecification & { source?: string };
    if ('source' in layer && typeof layer.source === 'string') l.source = PREFIX + layer.source;
    map.addLayer(l as LayerSpecification, before);
  }
  return null;
}
