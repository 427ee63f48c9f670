/**
 * The benchmark's baseline: a bare MapLibre page that draws the same GeoJSON files as the atlas
 * (no framework, no deck.gl, no validation or hash checks), to judge the atlas as a ratio.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

maplibregl.setWorkerUrl(workerUrl);
const data = (p: string) => new URL(`../data/${p}`, location.href).href;

const map = new maplibregl.Map({
  container: 'map',
  bounds: [
    [118.8, 38.7],
    [125.8, 43.5],
  ],
  style: {
    version: 8,
    sources: {
      land: { type: 'geojson', data: data('basemap/land.geojson') },
      lakes: { type: 'geojson', data: data('basemap/lakes.geojson') },
      borders: { type: 'geojson', data: data('basemap/borders.geojson') },
      counties: { type: 'geojson', data: data('boundaries/counties.geojson') },
      prefectures: { type: 'geojson', data: data('boundaries/prefectures.geojson') },
      province: { type: 'geojson', data: data('boundaries/province.geojson') },
      seats: { type: 'geojson', data: data('boundaries/county-seats.geojson') },
    },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#cfe0ea' } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': '#f3f0e8' } },
      { id: 'lakes', type: 'fill', source: 'lakes', paint: { 'fill-color': '#b9d3e2' } },
      { id: 'counties', type: 'fill', source: 'counties', paint: { 'fill-color': '#e8c6a0', 'fill-opacity': 0.85 } },
      { id: 'counties-line', type: 'line', source: 'counties', paint: { 'line-color': '#fff' } },
      { id: 'borders', type: 'line', source: 'borders', paint: { 'line-color': '#8b6f8e' } },
      { id: 'prefectures', type: 'line', source: 'prefectures', paint: { 'line-color': '#5b6770' } },
      { id: 'province', type: 'line', source: 'province', paint: { 'line-color': '#37474f', 'line-width': 2 } },
      { id: 'seats', type: 'circle', source: 'seats', paint: { 'circle-radius': 3.5, 'circle-color': '#b23a48' } },
      {
        id: 'labels',
        type: 'symbol',
        source: 'seats',
        layout: { 'text-field': ['get', 'name_zh'], 'text-font': ['sans-serif'], 'text-size': 12 },
      },
    ],
  },
});
map.once('idle', () => {
  document.body.dataset.ready = String(performance.now());
});
