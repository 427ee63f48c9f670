import type { FeatureCollection, Geometry } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { ThemeTokens } from './theme';

const SOURCE = 'atlas-sketch';
const EMPTY: FeatureCollection<Geometry> = { type: 'FeatureCollection', features: [] };

/**
 * What a map tool draws while it works (an area being drawn), above every layer. The source and
 * its three layers are added on first use and emptied, not removed, afterwards.
 */
export function applySketch(map: MapLibreMap, sketch: FeatureCollection<Geometry> | null, theme: ThemeTokens): void {
  const source = map.getSource(SOURCE) as GeoJSONSource | undefined;
  if (!source) {
    if (!sketch) return;
    map.addSource(SOURCE, { type: 'geojson', data: sketch });
    map.addLayer({
      id: `${SOURCE}-area`,
      type: 'fill',
      source: SOURCE,
      filter: ['==', ['get', 'part'], 'area'],
      paint: { 'fill-color': theme.sketch, 'fill-opacity': 0.15 },
    });
    map.addLayer({
      id: `${SOURCE}-outline`,
      type: 'line',
      source: SOURCE,
      filter: ['==', ['get', 'part'], 'outline'],
      paint: { 'line-color': theme.sketch, 'line-width': 2, 'line-dasharray': [2, 1.5] },
    });
    map.addLayer({
      id: `${SOURCE}-corners`,
      type: 'circle',
      source: SOURCE,
      filter: ['in', ['get', 'part'], ['literal', ['first', 'corner']]],
      paint: {
        'circle-radius': ['case', ['==', ['get', 'part'], 'first'], 7, 4.5],
        'circle-color': '#ffffff',
        'circle-stroke-color': theme.sketch,
        'circle-stroke-width': 2,
      },
    });
    return;
  }
  source.setData(sketch ?? EMPTY);
}
