import type { IndexedVillage, PreparedGazetteer } from './gazetteer-index';
import type { MatchVia, VillageCandidate, VillageSuggestion } from './match-types';
import { nameSimilarity } from './similarity';

/** Suggestions below this similarity are noise (two-character names differing in both). */
const MIN_SCORE = 0.5;
/** Villages outside the row's town or county still appear, ranked below those inside. */
const OUT_OF_SCOPE = 0.85;
const MAX_SUGGESTIONS = 5;

/**
 * Up to 5 villages an unmatched core may mean, best first: the same name in another town (score 1),
 * then by similarity of characters or pronunciation (similarity.ts) to current and former names.
 * Villages outside the row's town/county (`inScope` false) are discounted, not excluded, because
 * the town in a list is itself often mistyped.
 */
export function suggestVillages(
  core: string,
  g: PreparedGazetteer,
  inScope: (v: IndexedVillage) => boolean,
  toCandidate: (v: IndexedVillage, via: MatchVia, former?: string) => VillageCandidate,
): VillageSuggestion[] {
  const best = new Map<string, VillageSuggestion>();
  const offer = (v: IndexedVillage, score: number, why: VillageSuggestion['why'], former?: string) => {
    const old = best.get(v.code);
    if (old && old.score >= score) return;
    const { via: _via, ...rest } = toCandidate(v, 'name', former);
    best.set(v.code, { ...rest, score: Math.round(score * 100) / 100, why });
  };
  for (const v of g.villagesByCore.get(core) ?? []) if (!inScope(v)) offer(v, 1, 'same name in another town');
  for (const v of g.villages) {
    const { score, kind } = nameSimilarity(core, v.core);
    const scaled = inScope(v) ? score : score * OUT_OF_SCOPE;
    if (scaled >= MIN_SCORE && score < 1) offer(v, scaled, kind);
  }
  for (const entries of g.formerVillagesByCore.values())
    for (const f of entries) {
      const { score } = nameSimilarity(core, f.core);
      const scaled = inScope(f.successor) ? score : score * OUT_OF_SCOPE;
      if (scaled >= MIN_SCORE) offer(f.successor, scaled, 'former name', f.name_zh);
    }
  return [...best.values()].sort((a, b) => b.score - a.score || a.code.localeCompare(b.code)).slice(0, MAX_SUGGESTIONS);
}
