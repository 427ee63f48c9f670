import type { Lang } from '../i18n/locale.svelte';

export type Route = 'explore' | 'briefing' | 'data';
export const ROUTES: readonly Route[] = ['explore', 'briefing', 'data'];

export interface ViewParams {
  zoom: number;
  lon: number;
  lat: number;
  bearing: number;
  pitch: number;
}

/** What a shared link carries: the view, the visible layers and their opacity, the language, the selection. */
export interface UrlState {
  route: Route;
  view?: ViewParams;
  layers?: string[];
  opacity?: Record<string, number>;
  lang?: Lang;
  selected?: { layer: string; id: string };
  /** Industries picked in the plan panel. */
  industries?: string[];
}

const num = (s: string | undefined): number | undefined => {
  if (s === undefined || s.trim() === '') return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
};

/**
 * Parse `#/explore?map=7.20/41.1000/122.6000[/bearing/pitch]&layers=a,b&opacity=a:0.5&lang=en&sel=counties:210214`.
 * Unknown layer ids and malformed parts are dropped, never thrown: a bad link still opens the atlas.
 */
export function parseHash(hash: string, knownLayers: readonly string[]): UrlState {
  const raw = hash.replace(/^#\/?/, '');
  const [path, query = ''] = raw.split('?', 2);
  const route = (ROUTES as readonly string[]).includes(path) ? (path as Route) : 'explore';
  const params = new URLSearchParams(query);
  const state: UrlState = { route };

  const map = params.get('map')?.split('/');
  if (map) {
    const [zoom, lat, lon, bearing, pitch] = map.map(num);
    if (zoom !== undefined && lat !== undefined && lon !== undefined && Math.abs(lat) <= 85 && Math.abs(lon) <= 180)
      state.view = { zoom: clamp(zoom, 0, 22), lat, lon, bearing: bearing ?? 0, pitch: clamp(pitch ?? 0, 0, 85) };
  }
  const layers = params.get('layers');
  if (layers !== null) state.layers = layers.split(',').filter((id) => knownLayers.includes(id));
  const opacity = params.get('opacity');
  if (opacity) {
    state.opacity = {};
    for (const part of opacity.split(',')) {
      const [id, value] = part.split(':');
      const v = num(value);
      if (knownLayers.includes(id) && v !== undefined) state.opacity[id] = clamp(v, 0, 1);
    }
  }
  const lang = params.get('lang');
  if (lang === 'zh' || lang === 'en') state.lang = lang;
  const ind = params.get('ind');
  if (ind) state.industries = ind.split(',').filter((id) => /^[a-z0-9-]+$/.test(id));
  const sel = params.get('sel')?.split(':');
  if (sel && sel.length === 2 && knownLayers.includes(sel[0]) && /^[\w-]+$/.test(sel[1]))
    state.selected = { layer: sel[0], id: sel[1] };
  return state;
}

/** The inverse of parseHash, with fixed precision so links are short and stable. */
export function serializeHash(state: UrlState): string {
  const parts: string[] = [];
  if (state.view) {
    const v = state.view;
    let map = `${v.zoom.toFixed(2)}/${v.lat.toFixed(4)}/${v.lon.toFixed(4)}`;
    if (Math.abs(v.bearing) > 0.05 || Math.abs(v.pitch) > 0.05) map += `/${v.bearing.toFixed(1)}/${v.pitch.toFixed(1)}`;
    parts.push(`map=${map}`);
  }
  if (state.layers) parts.push(`layers=${state.layers.join(',')}`);
  if (state.opacity && Object.keys(state.opacity).length)
    parts.push(
      `opacity=${Object.entries(state.opacity)
        .map(([id, v]) => `${id}:${Number(v.toFixed(2))}`)
        .join(',')}`,
    );
  if (state.lang) parts.push(`lang=${state.lang}`);
  if (state.industries?.length) parts.push(`ind=${state.industries.join(',')}`);
  if (state.selected) parts.push(`sel=${state.selected.layer}:${state.selected.id}`);
  return `#/${state.route}${parts.length ? '?' + parts.join('&') : ''}`;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
