import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * A small, read-only hook for browser tests and the benchmark: project lon/lat to page pixels.
 * It exposes nothing that changes state.
 */
export function installTestHook(map: MapLibreMap): void {
  (window as unknown as { __atlas: unknown }).__atlas = {
    project: (lon: number, lat: number) => {
      const p = map.project([lon, lat]);
      const r = map.getContainer().getBoundingClientRect();
      return { x: p.x + r.left, y: p.y + r.top };
    },
    zoom: () => map.getZoom(),
    /** Resolves when the map has no tiles or transitions pending (e.g. after a layer was added). */
    idle: () =>
      new Promise<void>((resolve) => {
        if (map.loaded() && map.areTilesLoaded() && !map.isMoving()) resolve();
        else map.once('idle', () => resolve());
      }),
  };
}
