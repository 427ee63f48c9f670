import type { Lang } from '../i18n/locale.svelte';
import type { MessageKey } from '../i18n/zh';
import type { LayerDefinition } from '../layers/types';

/** Label/value rows for a feature, in the order of `keys` (default: all the layer's fields). */
export function fieldRows(
  def: LayerDefinition,
  props: Record<string, unknown>,
  lang: Lang,
  keys?: readonly string[],
): { key: string; label: MessageKey; value: string }[] {
  const fields = keys
    ? keys.flatMap((k) => def.fields.filter((f) => f.key === k))
    : def.fields.filter((f) => f.panel !== false);
  return fields.map((f) => {
    let raw = props[f.key];
    // MapLibre hands back nested properties as JSON strings.
    if (typeof raw === 'string' && (f.type === 'position' || raw.startsWith('['))) {
      try {
        raw = JSON.parse(raw);
      } catch {
        /* keep the string */
      }
    }
    const value = f.format ? f.format(raw, lang, props) : raw === undefined || raw === null ? '—' : String(raw);
    return { key: f.key, label: f.label, value };
  });
}
