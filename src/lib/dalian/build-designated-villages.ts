import {
  designatedCountyCodeSchema,
  designatedVillageCollectionSchema,
  villageListMetaSchema,
  type DesignatedVillage,
  type DesignatedVillageCollection,
  type MatchMethod,
  type VillageListMeta,
} from '../data/schemas/designated-villages';
import { prepareGazetteer, type GazetteerLike, type PreparedGazetteer } from './gazetteer-index';
import { villageKey } from './match-duplicates';
import type { MatchResult, VillageCandidate } from './match-types';
import type { VillageList, VillageListRow } from './village-list-types';

/** The user's decision for an ambiguous or unmatched row: a gazetteer code, or null to keep it unmatched. */
export interface VillageChoice {
  row: number;
  code: string | null;
}

export interface BuildOptions {
  gazetteer: GazetteerLike | PreparedGazetteer;
  /** Decisions by row; a choice on an automatically matched row overrides the match. */
  choices?: readonly VillageChoice[];
  /** ISO 8601 time the list was loaded (passed in, so the result is deterministic). */
  loadedAt: string;
}

/**
 * The designated-village collection and its meta from a read list, its match results and the
 * user's choices. Rows and results are joined by row number. Rows repeating a village already
 * kept are dropped (and counted); ambiguous rows without a choice are kept unmatched, as are
 * unmatched rows. Positions come only from the file. Throws when a result names a row the list
 * does not have, or a choice names a code that is not in the gazetteer.
 */
export function buildDesignatedVillages(
  list: VillageList,
  results: readonly MatchResult[],
  options: BuildOptions,
): { collection: DesignatedVillageCollection; meta: VillageListMeta } {
  const g = prepareGazetteer(options.gazetteer);
  const rows = new Map(list.rows.map((r) => [r.row, r]));
  const choices = new Map((options.choices ?? []).map((c) => [c.row, c.code]));
  const kept = new Set<string>();
  const meta = { matched: 0, ambiguous_resolved: 0, unmatched_kept: 0, duplicates_dropped: 0 };
  const features: DesignatedVillageCollection['features'] = [];
  for (const result of results) {
    const row = rows.get(result.row);
    if (!row) throw new Error(`buildDesignatedVillages: result for row ${result.row}, which the list does not have`);
    const { village, method } = decide(result, choices, g);
    const key = village ? `code:${village.code}` : villageKey(result);
    if (key && kept.has(key)) {
      meta.duplicates_dropped++;
      continue;
    }
    if (key) kept.add(key);
    if (method === 'chosen') meta.ambiguous_resolved++;
    else if (method === 'unmatched') meta.unmatched_kept++;
    else meta.matched++;
    const properties = toProperties(row, result, village, method);
    features.push({
      type: 'Feature',
      id: properties.code ?? `row-${row.row}`,
      properties,
      geometry: properties.position ? { type: 'Point', coordinates: properties.position } : null,
    });
  }
  const collection = designatedVillageCollectionSchema.parse({ type: 'FeatureCollection', features });
  return {
    collection,
    meta: villageListMetaSchema.parse({
      file: list.file,
      loaded_at: options.loadedAt,
      rows: list.rows.length,
      ...meta,
    }),
  };
}

type Village = Pick<VillageCandidate, 'code' | 'name_zh' | 'town_code' | 'town_name' | 'county_code'>;

function decide(
  result: MatchResult,
  choices: Map<number, string | null>,
  g: PreparedGazetteer,
): { village: Village | null; method: MatchMethod } {
  if (choices.has(result.row)) {
    const code = choices.get(result.row);
    if (code === null || code === undefined) return { village: null, method: 'unmatched' };
    const v = g.villageByCode.get(code);
    if (!v) throw new Error(`buildDesignatedVillages: row ${result.row}: ${code} is not a village of the gazetteer`);
    const town_name = g.townByCode.get(v.town_code)?.name_zh ?? v.town_code;
    return { village: { ...v, town_name }, method: 'chosen' };
  }
  if (result.status !== 'matched') return { village: null, method: 'unmatched' };
  return { village: result.candidate, method: result.candidate.via };
}

function toProperties(
  row: VillageListRow,
  result: MatchResult,
  village: Village | null,
  match: MatchMethod,
): DesignatedVillage {
  const town = /^\d{9}$/.test(result.town_key ?? '') ? result.town_key : null;
  const county = designatedCountyCodeSchema.safeParse(village?.county_code ?? result.county_code);
  const p: DesignatedVillage = {
    code: village?.code ?? null,
    name_zh: row.name,
    matched_name: village?.name_zh ?? null,
    town_code: village?.town_code ?? town,
    town_name: village?.town_name ?? row.town ?? null,
    county_code: county.success ? county.data : null,
    designated_year: row.designated_year,
    exit_year: row.exit_year,
    position: row.position,
    position_accuracy: row.position ? 'from file' : 'none',
    match,
    source_row: row.row,
  };
  // Outcome fields only when the list has them, so "not in the list" is distinguishable from 0.
  if (row.income_per_capita_yuan !== null) p.income_per_capita_yuan = row.income_per_capita_yuan;
  if (row.projects) p.projects = row.projects;
  if (row.aid_unit) p.aid_unit = row.aid_unit;
  if (row.linkage_model) p.linkage_model = row.linkage_model;
  if (row.note) p.note = row.note;
  return p;
}
