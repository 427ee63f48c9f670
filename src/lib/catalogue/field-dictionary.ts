import type { Lang } from '../i18n/locale.svelte';
import { translate } from '../i18n/locale.svelte';
import type { LayerDefinition } from '../layers/types';

export interface FieldRow {
  name: string;
  type: string;
  meaning: string;
  unit: string;
}

const UNIT: Record<string, { zh: string; en: string }> = { km2: { zh: '平方千米', en: 'km²' } };

/**
 * The field dictionary of a dataset, from the layers drawn from it (declared once in the registry):
 * each field once, with its type, meaning in the interface language and unit.
 */
export function fieldDictionary(defs: readonly LayerDefinition[], lang: Lang): FieldRow[] {
  const seen = new Map<string, FieldRow>();
  for (const def of defs)
    for (const f of def.fields)
      if (!seen.has(f.key))
        seen.set(f.key, {
          name: f.key,
          type: f.type,
          meaning: translate(lang, f.label),
          unit: f.unit ? UNIT[f.unit][lang] : '',
        });
  return [...seen.values()];
}

/** The first rows of a collection's attribute table, nested values as JSON text. */
export function firstRows(
  features: readonly { properties: Record<string, unknown> | null }[],
  n = 6,
): { columns: string[]; rows: string[][] } {
  const columns = [...new Set(features.slice(0, 50).flatMap((f) => Object.keys(f.properties ?? {})))];
  const text = (v: unknown) =>
    v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return { columns, rows: features.slice(0, n).map((f) => columns.map((c) => text(f.properties?.[c]))) };
}
