import type { zhDalian } from './zh-dalian';

/** English strings of the Dalian villages panel, loader and layer (merged into en.ts). */
export const enDalian: Record<keyof typeof zhDalian, string> = {
  village_panel_title: "Dalian's low-income villages",
  village_field_matched: 'Gazetteer name',
  village_field_town: 'Town',
  village_field_exit_year: 'Exit year',
  village_field_income: 'Per-capita disposable income',
  village_field_aid_unit: 'Aid unit',
  village_field_linkage: 'Interest-linkage model',
};
