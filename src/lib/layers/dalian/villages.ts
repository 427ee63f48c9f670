import type { ExpressionSpecification } from 'maplibre-gl';
import { designatedVillageCollectionSchema } from '../../data/schemas/designated-villages';
import { translate, type Lang } from '../../i18n/locale.svelte';
import { ACCURACY_LABEL } from '../../dalian/accuracy';
import type { PositionAccuracy } from '../../data/schemas/designated-villages';
import type { FieldDefinition, LayerDefinition, LegendEntry, RenderContext } from '../types';

/** Towns present in the loaded list, in code order, each with its colour from the theme's town palette. */
export function townColours(ctx: RenderContext): { code: string; name: string; color: string }[] {
  const towns = new Map<string, string>();
  for (const f of ctx.data?.features ?? []) {
    const code = f.properties.town_code;
    if (typeof code === 'string') towns.set(code, String(f.properties.town_name ?? code));
  }
  const palette = ctx.theme.village_towns;
  return [...towns]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, name], i) => ({ code, name, color: palette[i % palette.length] }));
}

/** The incomes in the list, for the colour ramp; null when the list has none. */
function incomeRange(ctx: RenderContext): [number, number] | null {
  const xs = (ctx.data?.features ?? [])
    .map((f) => f.properties.income_per_capita_yuan)
    .filter((v): v is number => typeof v === 'number');
  return xs.length ? [Math.min(...xs), Math.max(...xs)] : null;
}

const yuan = (v: unknown, lang: Lang) =>
  typeof v === 'number'
    ? `${v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB')} ${lang === 'zh' ? '元' : 'yuan'}`
    : '—';

const FIELDS: readonly FieldDefinition[] = [
  { key: 'matched_name', label: 'village_field_matched', type: 'string' },
  { key: 'town_name', label: 'village_field_town', type: 'string' },
  { key: 'code', label: 'field_code', type: 'code' },
  {
    key: 'position_accuracy',
    label: 'field_position_accuracy',
    type: 'enum',
    format: (v, lang) =>
      typeof v === 'string' && v in ACCURACY_LABEL ? translate(lang, ACCURACY_LABEL[v as PositionAccuracy]) : '—',
  },
  { key: 'exit_year', label: 'village_field_exit_year', type: 'number' },
  { key: 'income_per_capita_yuan', label: 'village_field_income', type: 'number', format: yuan },
  { key: 'aid_unit', label: 'village_field_aid_unit', type: 'string' },
  { key: 'linkage_model', label: 'village_field_linkage', type: 'string' },
];

/**
 * Dalian's designated villages from the list the user loaded (nothing is bundled): located ones as
 * dots, coloured by town or by per-capita income.
 */
export const dalianVillagesLayer: LayerDefinition = {
  id: 'dalian-villages',
  dataset: 'dalian-villages',
  group: 'plan',
  title: { zh: '大连低收入村（用户载入）', en: "Dalian's low-income villages (loaded by you)" },
  description: {
    zh: '2014 年认定的低收入村名单未公开；此图层只显示用户载入的名单中有位置的村。',
    en: 'The 2014 list is not public; this layer shows the located villages of a list you load.',
  },
  schema: designatedVillageCollectionSchema,
  local: true,
  defaultVisible: true,
  defaultOpacity: 1,
  fields: FIELDS,
  tooltipFields: ['town_name', 'position_accuracy'],
  featureTitle: (p) => String(p.name_zh ?? ''),
  panelTitle: 'village_panel_title',
  variants: [
    { id: 'town', label: { zh: '按乡镇着色', en: 'Colour by town' } },
    { id: 'income', label: { zh: '按人均收入着色', en: 'Colour by income' } },
  ],
  legend: (ctx): LegendEntry[] => {
    const range = incomeRange(ctx);
    if (ctx.variant === 'income' && range)
      return [
        {
          label: { zh: `${range[0]} 元`, en: `${range[0]} yuan` },
          shape: 'circle',
          color: ctx.theme.village_income[0],
        },
        {
          label: { zh: `${range[1]} 元`, en: `${range[1]} yuan` },
          shape: 'circle',
          color: ctx.theme.village_income[1],
        },
      ];
    return townColours(ctx).map((t) => ({ label: { zh: t.name, en: t.name }, shape: 'circle', color: t.color }));
  },
  render: {
    kind: 'maplibre',
    idProperty: 'source_row',
    interactiveLayer: 'dalian-villages-dot',
    layers: (ctx) => {
      const towns = townColours(ctx);
      const range = incomeRange(ctx);
      const byTown: ExpressionSpecification | string = towns.length
        ? ([
            'match',
            ['get', 'town_code'],
            ...towns.flatMap((t) => [t.code, t.color]),
            '#888888',
          ] as unknown as ExpressionSpecification)
        : '#888888';
      const byIncome: ExpressionSpecification | string =
        range && range[1] > range[0]
          ? [
              'case',
              ['==', ['typeof', ['get', 'income_per_capita_yuan']], 'number'],
              [
                'interpolate',
                ['linear'],
                ['get', 'income_per_capita_yuan'],
                range[0],
                ctx.theme.village_income[0],
                range[1],
                ctx.theme.village_income[1],
              ],
              '#bbbbbb',
            ]
          : ctx.theme.village_income[1];
      return [
        {
          id: 'dalian-villages-dot',
          slot: 'point',
          type: 'circle',
          paint: {
            'circle-color': ctx.variant === 'income' ? byIncome : byTown,
            'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, 4, 11, 7, 14, 10],
            'circle-stroke-color': [
              'case',
              ['boolean', ['feature-state', 'selected'], false],
              ctx.theme.selection,
              ctx.theme.village_outline,
            ],
            'circle-stroke-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3, 1.5],
            'circle-opacity': ctx.opacity,
          },
        },
      ];
    },
  },
};
