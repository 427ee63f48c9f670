import type { MatchResult } from './match-types';

/**
 * What makes two rows the same village: the matched code; for rows not (yet) matched, the name's
 * core within the same town (as resolved or as written). Null for rows without a name.
 */
export function villageKey(r: MatchResult): string | null {
  if (r.status === 'matched') return `code:${r.candidate.code}`;
  return r.core ? `name:${r.core}|${r.town_key ?? ''}` : null;
}

/**
 * Flags rows that repeat a village: each occurrence gets flag `duplicate`, the other rows in
 * `duplicate_of` and a note naming them. Mutates and returns `results`.
 */
export function markDuplicates(results: MatchResult[]): MatchResult[] {
  const groups = new Map<string, MatchResult[]>();
  for (const r of results) {
    const key = villageKey(r);
    if (!key) continue;
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const r of group) {
      r.duplicate_of = group
        .filter((o) => o !== r)
        .map((o) => o.row)
        .sort((a, b) => a - b);
      if (!r.flags.includes('duplicate')) r.flags.push('duplicate');
      const rows = r.duplicate_of.join('、');
      r.notes.push({
        zh: `与第${rows}行是同一个村`,
        en: `same village as row${r.duplicate_of.length > 1 ? 's' : ''} ${r.duplicate_of.join(', ')}`,
      });
    }
  }
  return results;
}
