import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every citation in data/plan/plan.json quotes its seed verbatim. The seeds live beside the
 * repository (../shared/seeds), in CI as here. Walks the whole object, so a citation added
 * anywhere is checked without changing this test.
 */
const REPO = join(import.meta.dirname, '../..');
const SEEDS = join(REPO, '..', 'shared', 'seeds');
const plan: unknown = JSON.parse(readFileSync(join(REPO, 'data/plan/plan.json'), 'utf8'));

interface Found {
  path: string;
  file: string;
  quote: string;
}

/** Every `citation` (or `*_citation`) object in `value`, with its record path. */
function citations(value: unknown, path: string): Found[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => citations(v, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, v]) => {
    const here = `${path}.${key}`;
    if (key === 'citation' || key.endsWith('_citation')) {
      const c = v as { file?: unknown; quote?: unknown };
      return [{ path: here, file: String(c?.file), quote: String(c?.quote) }];
    }
    return citations(v, here);
  });
}

const seedCache = new Map<string, string | null>();
function seed(file: string): string | null {
  if (!seedCache.has(file)) {
    const p = join(SEEDS, file);
    seedCache.set(file, /^[\w.-]+$/.test(file) && existsSync(p) ? readFileSync(p, 'utf8') : null);
  }
  return seedCache.get(file)!;
}

/** Problems, one line per citation: the record path and the first 30 characters of the quote. */
function problems(found: readonly Found[]): string[] {
  return found.flatMap(({ path, file, quote }) => {
    const text = seed(file);
    if (text === null) return [`${path}: seed file "${file}" not found in ${SEEDS}`];
    return text.includes(quote) ? [] : [`${path}: "${quote.slice(0, 30)}" does not occur in ${file}`];
  });
}

describe('plan citations', () => {
  const found = citations(plan, 'plan');

  it('finds the citations of every part of the plan', () => {
    expect(found.length).toBeGreaterThan(80);
    const parts = new Set(found.map((f) => f.path.split(/[.[]/)[1]));
    for (const part of ['document', 'industries', 'zones', 'targets', 'key_projects', 'pairings', 'linkage_models'])
      expect(parts.has(part), part).toBe(true);
    expect(found.some((f) => f.path === 'plan.key_counties.count_citation')).toBe(true);
  });

  it('quote their seed files verbatim', () => {
    expect(problems(found)).toEqual([]);
  });

  it('would name a record whose quote is not in its seed', () => {
    const altered = found.slice(0, 1).map((f) => ({ ...f, quote: f.quote.replace(/,/g, '，') + '（改）' }));
    expect(problems(altered)).toEqual([
      `${altered[0].path}: "${altered[0].quote.slice(0, 30)}" does not occur in ${altered[0].file}`,
    ]);
    expect(problems([{ path: 'x', file: 'missing.txt', quote: 'ab' }])[0]).toMatch(/^x: seed file "missing.txt" not found/);
  });
});
