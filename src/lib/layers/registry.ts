import { bordersLayer } from './basemap/borders';
import { lakesLayer } from './basemap/lakes';
import { landLayer } from './basemap/land';
import { countiesLayer } from './boundaries/counties';
import { countySeatsLayer } from './boundaries/county-seats';
import { prefecturesLayer } from './boundaries/prefectures';
import { provinceLayer } from './boundaries/province';
import { GENERATED_INFRA_LAYERS, infraAirportsLayer, infraWaterLayer } from './infrastructure/infra-layers';
import { dalianCitiesLayer } from './dalian/three-cities';
import { dalianVillagesLayer } from './dalian/villages';
import { drawnAreasLayer } from './draw/drawn-areas';
import { industryFocusLayer } from './plan/industry-focus';
import { keyCountiesLayer } from './plan/key-counties';
import { pairingsLayer } from './plan/pairings';
import { zonesLayer } from './plan/zones';
import type { LayerDefinition } from './types';

/**
 * Every layer of the atlas, bottom to top. This is the one list: the map, the legend, the layer
 * panel, tooltips, the briefing and the catalogue all read it.
 */
export const LAYERS: readonly LayerDefinition[] = [
  landLayer,
  lakesLayer,
  bordersLayer,
  countiesLayer,
  zonesLayer,
  infraWaterLayer,
  ...GENERATED_INFRA_LAYERS,
  industryFocusLayer,
  prefecturesLayer,
  keyCountiesLayer,
  dalianCitiesLayer,
  provinceLayer,
  infraAirportsLayer,
  drawnAreasLayer,
  dalianVillagesLayer,
  countySeatsLayer,
  pairingsLayer,
];

/** Look a layer up by id; throws for an unknown id so typos surface at once. */
export function getLayer(id: string): LayerDefinition {
  const def = LAYERS.find((l) => l.id === id);
  if (!def) throw new Error(`unknown layer "${id}"; known: ${LAYERS.map((l) => l.id).join(', ')}`);
  return def;
}

/** Layer ids are unique and every MapLibre layer id is prefixed by its definition's id. */
export function checkRegistry(layers: readonly LayerDefinition[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const l of layers) {
    if (ids.has(l.id)) problems.push(`duplicate layer id "${l.id}"`);
    ids.add(l.id);
  }
  return problems;
}
