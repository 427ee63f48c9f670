import type { z } from 'zod';

/** Render a zod issue path like `features[12].properties.kv`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/**
 * Validate `value` against `schema`. On failure, returns messages that name the dataset, the path and
 * what was wrong, e.g. `counties.features[12].properties.code: a 6-digit county code 21xxxx`.
 * At most `limit` issues are listed, with a count of the rest.
 */
export function validateDataset<T>(
  datasetId: string,
  schema: z.ZodType<T>,
  value: unknown,
  limit = 5,
): { ok: true; data: T } | { ok: false; errors: string[] } {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  const issues = result.error.issues;
  const errors = issues.slice(0, limit).map((issue) => {
    const path = formatIssuePath(issue.path);
    return `${datasetId}${path ? '.' + path : ''}: ${issue.message}`;
  });
  if (issues.length > limit) errors.push(`… and ${issues.length - limit} more`);
  return { ok: false, errors };
}
