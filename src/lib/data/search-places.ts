import type { AnyCollection } from '../layers/types';
import { computeBbox } from './bbox';
import { shortCountyName } from './county-names';

export interface PlaceHit {
  layer: string;
  id: string;
  name_zh: string;
  name_en: string;
  /** Prefecture name for a county, to tell same-named districts apart (e.g. two 铁西区). */
  context_zh?: string;
  context_en?: string;
  properties: Record<string, unknown>;
  bbox: [number, number, number, number];
}

/** Lower-case, without spaces, diacritics or the English kind words, for forgiving matches. */
export function normaliseQuery(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b(district|county|city|autonomous|manchu|mongol|new)\b/g, '')
    .replace(/[\s'’-]+/g, '');
}

/**
 * Places whose Chinese name, English name or code matches `query`, best first: exact names, then
 * prefixes, then substrings; prefectures before counties on ties. At most `limit` hits.
 */
export function searchPlaces(
  query: string,
  sources: { layer: string; data: AnyCollection; contextPrefix?: string }[],
  limit = 8,
): PlaceHit[] {
  const q = query.trim();
  if (!q) return [];
  const nq = normaliseQuery(q);
  const scored: { hit: PlaceHit; score: number }[] = [];
  sources.forEach(({ layer, data, contextPrefix }, order) => {
    for (const f of data.features) {
      const p = f.properties;
      const zh = String(p.name_zh ?? '');
      const en = String(p.name_en ?? '');
      const code = String(p.code ?? f.id ?? '');
      const zhShort = shortCountyName(zh);
      const enN = normaliseQuery(en);
      let score = -1;
      if (zh === q || zhShort === q || code === q || (nq && enN === nq)) score = 3;
      else if (zh.startsWith(q) || (nq && enN.startsWith(nq)) || code.startsWith(q)) score = 2;
      else if (zh.includes(q) || (nq.length > 1 && enN.includes(nq))) score = 1;
      if (score < 0) continue;
      scored.push({
        score: score * 10 - order,
        hit: {
          layer,
          id: String(f.id ?? code),
          name_zh: zh,
          name_en: en,
          context_zh: contextPrefix ? String(p[`${contextPrefix}_zh`] ?? '') : undefined,
          context_en: contextPrefix ? String(p[`${contextPrefix}_en`] ?? '') : undefined,
          properties: p,
          bbox: computeBbox(f.geometry),
        },
      });
    }
  });
  scored.sort((a, b) => b.score - a.score || a.hit.id.localeCompare(b.hit.id));
  return scored.slice(0, limit).map((s) => s.hit);
}
