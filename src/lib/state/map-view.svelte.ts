import { getContext, setContext } from 'svelte';
import type { FeatureCollection, Geometry } from 'geojson';
import type { ViewParams } from './url-hash';

/** A map click taken by a tool (placing a village, drawing an area) instead of selecting a feature. */
export interface MapPick {
  prompt: string;
  pick: (lonLat: [number, number]) => void;
  /** The pointer moved over the map (null: it left the map). */
  move?: (lonLat: [number, number] | null) => void;
  /** A double click: the tool finishes (and the map does not zoom). */
  finish?: () => void;
}

/** The camera, mirrored from MapLibre (MapLibre is the source of truth while the user pans). */
export class MapViewState {
  view = $state<ViewParams | null>(null);
  /** The visible area [west, south, east, north], for "load data for this view". */
  bounds = $state<[number, number, number, number] | null>(null);
  /** The map has drawn all its start-up data once; panels that can wait render after this. */
  ready = $state(false);
  /**
   * While set, the next click on the map gives its position here instead of selecting a feature
   * (placing a village by hand); the prompt is shown on the map.
   */
  pickPoint = $state<MapPick | null>(null);
  /** What a map tool draws on top of everything while it works (the corners of an area being drawn). */
  sketch = $state.raw<FeatureCollection<Geometry> | null>(null);
  /** A camera the app asks for (from a link or a button); the map flies there and clears it. */
  request = $state<
    | { kind: 'view'; view: ViewParams; duration?: number }
    | {
        kind: 'bounds';
        bbox: [number, number, number, number];
        duration?: number;
        pitch?: number;
        bearing?: number;
      }
    | null
  >(null);
}

const KEY = Symbol('map-view');
export const setMapView = (s: MapViewState): MapViewState => setContext(KEY, s);
export const getMapView = (): MapViewState => getContext<MapViewState>(KEY);
