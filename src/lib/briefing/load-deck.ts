import type { z } from 'zod';
import { formatIssuePath } from '../data/validate';
import { checkDeck, duplicateSceneIds, type DeckCheckContext } from './check-deck';
import { deckSchema, type Deck } from './scene-schema';

/** A deck ready to play, or what is wrong with it, one line per problem, each naming its path. */
export type DeckResult = { ok: true; deck: Deck } | { ok: false; problems: string[] };

type Issue = z.core.$ZodIssue;

/** How badly a union branch missed: its issue count, plus a half for a wrong type at its root. */
const miss = (branch: readonly Issue[]) =>
  branch.length +
  branch.filter((i) => i.path.length === 0 && ['invalid_type', 'invalid_value', 'unrecognized_keys'].includes(i.code))
    .length /
    2;

/**
 * A union's issues reduced to the branch the input most nearly matches, so a camera with a bad
 * bbox reports the bbox, not "invalid input". Nested unions are reduced too.
 */
function flattenIssues(issues: readonly Issue[], prefix: readonly PropertyKey[] = []): Issue[] {
  return issues.flatMap((issue): Issue[] => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const branch = issue.errors.reduce((best, b) => (miss(b) < miss(best) ? b : best));
      if (branch.length > 0) return flattenIssues(branch, path);
    }
    return [{ ...issue, path } as Issue];
  });
}

/** One line per issue: `scenes[3].kpis[1].figure.id: expected a kebab-case id …`. */
function describe(issue: Issue): string {
  return `${formatIssuePath(issue.path) || 'deck'}: ${issue.message}`;
}

/**
 * Parse a deck from JSON text or a parsed object and validate its shape. Messages name the path
 * (`scenes[0].camera.pitch: pitch must be 0–60°`).
 */
export function parseDeck(input: unknown): DeckResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (e) {
      return { ok: false, problems: [`deck: not valid JSON (${(e as Error).message})`] };
    }
  }
  const result = deckSchema.safeParse(value);
  if (result.success) return { ok: true, deck: result.data };
  return { ok: false, problems: flattenIssues(result.error.issues).map(describe) };
}

/**
 * Parse and validate a deck, then check it: against the registry and the data when `ctx` is given
 * (see `checkDeck`; what the tests do, and the app once the plan and outcomes are loaded), else for
 * duplicate scene ids only.
 */
export function loadDeck(input: unknown, ctx?: DeckCheckContext): DeckResult {
  const parsed = parseDeck(input);
  if (!parsed.ok) return parsed;
  const problems = ctx ? checkDeck(parsed.deck, ctx) : duplicateSceneIds(parsed.deck);
  return problems.length ? { ok: false, problems } : parsed;
}
