import type { DatasetStore } from '../data/datasets.svelte';
import type { Locale } from '../i18n/locale.svelte';
import { LAYERS } from '../layers/registry';
import type { LayerState } from './layer-state.svelte';
import type { MapViewState } from './map-view.svelte';
import type { Selection } from './selection.svelte';
import type { FocusState } from './focus.svelte';
import type { Plan } from '../data/schemas/plan';
import { parseHash, serializeHash, type Route, type UrlState } from './url-hash';

interface Stores {
  locale: Locale;
  layers: LayerState;
  mapView: MapViewState;
  selection: Selection;
  datasets: DatasetStore;
  focus: FocusState;
}

const LAYER_IDS = LAYERS.map((l) => l.id);

/** Apply a parsed link to the stores (used at start and when the user pastes a link). */
export function applyUrlState(state: UrlState, s: Stores): void {
  if (state.lang) s.locale.lang = state.lang;
  s.layers.applyUrl(state.layers, state.opacity);
  if (state.view) s.mapView.request = { kind: 'view', view: state.view };
  if (state.selected) s.selection.pending = state.selected;
  if (state.industries) s.focus.industries = state.industries;
}

/**
 * Keep the URL hash in step with the view, visible layers, language and selection, so a copied
 * link opens the same map. Call once from a component's initialisation (it registers effects).
 */
export function syncUrl(s: Stores, route: () => Route): void {
  const initial = parseHash(location.hash, LAYER_IDS);
  applyUrlState(initial, s);
  if (!initial.view) {
    // No camera in the link: fit the province once the manifest (with its bbox) is known.
    $effect(() => {
      const bbox = s.datasets.entry('province')?.bbox;
      if (bbox && !s.mapView.view) s.mapView.request = { kind: 'bounds', bbox };
    });
  }

  // A selection from the link is resolved when its layer's data is in.
  $effect(() => {
    const p = s.selection.pending;
    if (!p) return;
    const def = LAYERS.find((l) => l.id === p.layer);
    const data = def && s.datasets.data(def.dataset);
    if (!data) return;
    const f = data.features.find((x) => String(x.id) === p.id);
    s.selection.pending = null;
    if (f) s.selection.selected = { layer: p.layer, id: p.id, properties: f.properties };
  });

  // Industries from a link that the plan does not know are dropped once the plan is in.
  $effect(() => {
    const plan = s.datasets.value<Plan>('plan');
    if (!plan) return;
    const known = s.focus.industries.filter((id) => plan.industries.some((i) => i.id === id));
    if (known.length !== s.focus.industries.length) s.focus.industries = known;
  });

  $effect(() => {
    const { layers, opacity } = s.layers.toUrl();
    const sel = s.selection.selected ?? s.selection.pending;
    const hash = serializeHash({
      route: route(),
      view: s.mapView.view ?? undefined,
      layers,
      opacity,
      lang: s.locale.lang,
      selected: sel ? { layer: sel.layer, id: sel.id } : undefined,
      industries: s.focus.industries,
    });
    if (hash !== location.hash) history.replaceState(history.state, '', hash);
  });

  const onHashChange = () => applyUrlState(parseHash(location.hash, LAYER_IDS), s);
  $effect(() => {
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  });
}
