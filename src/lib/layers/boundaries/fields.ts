import type { Lang } from '../../i18n/locale.svelte';
import { translate } from '../../i18n/locale.svelte';
import type { FieldDefinition } from '../types';

/** Area in km², grouped by the language's convention. */
export function formatArea(value: unknown, lang: Lang): string {
  const n = Number(value);
  if (!Number.isFinite(n)) return '—';
  return `${n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 1 })} ${translate(lang, 'unit_km2')}`;
}

/** `[lon, lat]` as `41.800°N, 123.430°E`. */
export function formatPosition(value: unknown): string {
  if (!Array.isArray(value) || value.length < 2) return '—';
  const [lon, lat] = value as number[];
  return `${Math.abs(lat).toFixed(3)}°${lat >= 0 ? 'N' : 'S'}, ${Math.abs(lon).toFixed(3)}°${lon >= 0 ? 'E' : 'W'}`;
}

/** Name in the interface language, with the other language as a fallback. */
export function pickName(props: Record<string, unknown>, lang: Lang, prefix = 'name'): string {
  const zh = String(props[`${prefix}_zh`] ?? '');
  const en = String(props[`${prefix}_en`] ?? '');
  return (lang === 'zh' ? zh : en) || zh || en;
}

export const nameZhField: FieldDefinition = { key: 'name_zh', label: 'field_name_zh', type: 'string' };
export const nameEnField: FieldDefinition = { key: 'name_en', label: 'field_name_en', type: 'string' };
export const codeField: FieldDefinition = { key: 'code', label: 'field_code', type: 'code' };
/** Listed in the catalogue's field dictionary, not in panels. */
export const prefectureCodeField: FieldDefinition = {
  key: 'prefecture_code',
  label: 'field_prefecture_code',
  type: 'code',
  panel: false,
};
export const idField: FieldDefinition = { key: 'id', label: 'field_id', type: 'code', panel: false };
export const labelPointField: FieldDefinition = {
  key: 'label_point',
  label: 'field_label_point',
  type: 'position',
  panel: false,
};
export const areaField: FieldDefinition = {
  key: 'area_km2',
  label: 'field_area',
  type: 'number',
  unit: 'km2',
  format: (v, lang) => formatArea(v, lang),
};
