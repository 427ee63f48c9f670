import { getContext, setContext } from 'svelte';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Plan } from '../data/schemas/plan';
import type { ExportSubset } from '../io/export/subset';
import type { AnyCollection } from '../layers/types';
import { focusedPlaces } from '../layers/plan/industry-focus';
import type { MessageKey } from '../i18n/zh';

/** Datasets whose features carry a county code (`code`, with `prefecture_code`). */
const COUNTY_DATASETS = new Set(['counties', 'county-seats']);

/**
 * The features "the current filter" means for one dataset. The filter is the industries picked in
 * the plan panel; the plan names counties and prefectures for each. Administrative datasets are
 * subset by code (a county is in if the plan names it or its prefecture); every other dataset by
 * position, against the outlines of those counties. Null if the filter names no place.
 */
export function industryFilterSubset(
  datasetId: string,
  plan: Plan,
  industries: readonly string[],
  counties: AnyCollection,
): { subset: ExportSubset; rule: MessageKey } | null {
  const places = focusedPlaces({ plan, industries, preview: null, keyCounties: [] });
  if (!places.counties.length && !places.prefectures.length) return null;
  const named = new Set(places.counties);
  const namedPrefectures = new Set(places.prefectures);
  const inFilter = counties.features.filter(
    (f) => named.has(String(f.properties.code)) || namedPrefectures.has(String(f.properties.prefecture_code)),
  );
  if (COUNTY_DATASETS.has(datasetId))
    return {
      subset: { kind: 'ids', property: 'code', ids: inFilter.map((f) => String(f.properties.code)) },
      rule: 'catalogue_subset_rule_codes',
    };
  if (datasetId === 'prefectures') {
    const codes = new Set([...namedPrefectures, ...inFilter.map((f) => String(f.properties.prefecture_code))]);
    return {
      subset: { kind: 'ids', property: 'code', ids: [...codes].sort() },
      rule: 'catalogue_subset_rule_prefectures',
    };
  }
  const polygons: MultiPolygon['coordinates'] = [];
  for (const f of inFilter) {
    const g = f.geometry as Polygon | MultiPolygon;
    if (g.type === 'Polygon') polygons.push(g.coordinates);
    else if (g.type === 'MultiPolygon') polygons.push(...g.coordinates);
  }
  return {
    subset: { kind: 'polygon', polygon: { type: 'MultiPolygon', coordinates: polygons } },
    rule: 'catalogue_subset_rule_space',
  };
}

/** One choice of extent in the catalogue's download controls. */
export interface SubsetChoice {
  key: string;
  label: string;
  /** How the subset is made for this dataset, or null if it cannot be (and why, as `unavailable`). */
  forDataset: (datasetId: string) => { subset: ExportSubset; rule: MessageKey } | { unavailable: MessageKey } | null;
}

const KEY = Symbol('export-subsets');
/** The catalogue page provides its choices (view, filter, drawn areas) to every download control. */
export const setSubsetChoices = (get: () => SubsetChoice[]): (() => SubsetChoice[]) => setContext(KEY, get);
export const getSubsetChoices = (): (() => SubsetChoice[]) => getContext<() => SubsetChoice[]>(KEY) ?? (() => []);
