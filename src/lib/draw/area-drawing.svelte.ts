import { getContext, setContext } from 'svelte';
import type { Polygon } from 'geojson';
import type { MapViewState } from '../state/map-view.svelte';
import {
  areaKm2,
  clickSketch,
  sketchFeatures,
  sketchPolygon,
  sketchProblem,
  type LonLat,
  type SketchProblem,
} from './polygon-sketch';

/**
 * Drawing an area on the map: each click adds a corner; a click on the first corner, a double click,
 * Enter or "Finish" closes it; Backspace takes the last corner back; Escape cancels. While drawing,
 * map clicks go here (not to feature selection) and the map shows the sketch.
 */
export class AreaDrawing {
  /** 'drawing' while corners are being added; 'naming' once closed, until saved or discarded. */
  phase = $state<'idle' | 'drawing' | 'naming'>('idle');
  corners = $state.raw<LonLat[]>([]);
  pointer = $state.raw<LonLat | null>(null);
  /** Why the last attempt to close did not work (shown until the sketch changes). */
  refused = $state<SketchProblem | null>(null);

  readonly problem = $derived(sketchProblem(this.corners));
  readonly areaKm2 = $derived(this.corners.length >= 3 ? areaKm2(sketchPolygon(this.corners)) : 0);

  constructor(
    private readonly mapView: MapViewState,
    private readonly prompt: () => string,
  ) {}

  start(): void {
    this.corners = [];
    this.pointer = null;
    this.refused = null;
    this.phase = 'drawing';
    this.mapView.pickPoint = {
      prompt: this.prompt(),
      pick: (at) => this.click(at),
      move: (at) => {
        this.pointer = at;
        this.show();
      },
      finish: () => this.close(),
    };
    this.show();
  }

  click(at: LonLat): void {
    if (this.phase !== 'drawing') return;
    const next = clickSketch(this.corners, at, this.mapView.view?.zoom ?? 8);
    this.corners = next.corners;
    this.refused = null;
    if (next.close) this.close();
    else this.show();
  }

  undo(): void {
    if (this.phase !== 'drawing' || !this.corners.length) return;
    this.corners = this.corners.slice(0, -1);
    this.refused = null;
    this.show();
  }

  /** Close the sketch if it makes an area; otherwise say why and keep drawing. */
  close(): boolean {
    if (this.phase !== 'drawing') return false;
    if (this.problem) {
      this.refused = this.problem;
      return false;
    }
    this.phase = 'naming';
    this.pointer = null;
    this.mapView.pickPoint = null;
    this.show();
    return true;
  }

  /** The finished polygon (while naming), WGS84. */
  polygon(): Polygon | null {
    return this.phase === 'naming' ? sketchPolygon(this.corners) : null;
  }

  /** Back to drawing from naming, with the corners kept. */
  resume(): void {
    if (this.phase !== 'naming') return;
    const corners = this.corners;
    this.start();
    this.corners = corners;
    this.show();
  }

  cancel(): void {
    this.phase = 'idle';
    this.corners = [];
    this.pointer = null;
    this.refused = null;
    this.mapView.pickPoint = null;
    this.mapView.sketch = null;
  }

  private show(): void {
    this.mapView.sketch = sketchFeatures(this.corners, this.phase === 'drawing' ? this.pointer : null);
  }
}

const KEY = Symbol('area-drawing');
export const setAreaDrawing = (d: AreaDrawing): AreaDrawing => setContext(KEY, d);
export const getAreaDrawing = (): AreaDrawing => getContext<AreaDrawing>(KEY);
