import type { Lang } from '../../i18n/locale.svelte';
import { translate } from '../../i18n/locale.svelte';
import { INFRA_THEME_LABELS, isInfraClassId, getInfraClass, type InfraTheme } from '../../infra/classes';
import type { FieldDefinition } from '../types';

const num = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v)
    ? v
    : v === null || v === undefined || v === ''
      ? null
      : Number.isFinite(Number(v))
        ? Number(v)
        : null;
const withUnit = (v: unknown, unit: string, lang: Lang): string => {
  const n = num(v);
  return n === null
    ? '—'
    : `${n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 1 })} ${unit}`;
};

/** The class as a planner names it, e.g. 省道 / Provincial road. */
export function formatInfraClass(value: unknown, lang: Lang): string {
  return isInfraClassId(value) ? getInfraClass(value).label[lang] : String(value ?? '—');
}

/** Feature title: its name, else its class and reference (G15), else the class alone. */
export function infraFeatureTitle(props: Record<string, unknown>, lang: Lang): string {
  const name = typeof props.name === 'string' && props.name ? props.name : null;
  if (name) return name;
  const cls = formatInfraClass(props.class, lang);
  const ref = typeof props.ref === 'string' && props.ref ? ` ${props.ref}` : '';
  return `${cls}${ref}${ref ? '' : ` (${translate(lang, 'infra_unnamed')})`}`;
}

export const INFRA_FIELDS: readonly FieldDefinition[] = [
  { key: 'name', label: 'field_name_zh', type: 'string' },
  { key: 'class', label: 'field_infra_class', type: 'enum', format: (v, lang) => formatInfraClass(v, lang) },
  {
    key: 'theme',
    label: 'field_infra_theme',
    type: 'enum',
    format: (v, lang) =>
      typeof v === 'string' && v in INFRA_THEME_LABELS ? INFRA_THEME_LABELS[v as InfraTheme][lang] : '—',
  },
  { key: 'ref', label: 'field_ref', type: 'code' },
  { key: 'voltage_kv', label: 'field_voltage', type: 'number', format: (v, lang) => withUnit(v, 'kV', lang) },
  { key: 'capacity_mw', label: 'field_capacity', type: 'number', format: (v, lang) => withUnit(v, 'MW', lang) },
  { key: 'grade', label: 'field_grade', type: 'number', format: (v) => (num(v) === null ? '—' : `${num(v)}A`) },
  {
    key: 'approximate',
    label: 'field_position_accuracy',
    type: 'enum',
    format: (v, lang) =>
      translate(lang, v === true || v === 'true' ? 'infra_position_approximate' : 'infra_position_source'),
  },
  { key: 'source', label: 'field_source', type: 'string' },
  { key: 'id', label: 'field_id', type: 'code', panel: false },
  // Shown by InfraAttributes as text, not as one row.
  { key: 'attributes', label: 'field_attributes', type: 'string', panel: false },
];
