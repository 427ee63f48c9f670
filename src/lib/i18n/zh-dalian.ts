/** Chinese strings of the Dalian villages panel, loader and layer (merged into zh.ts). */
export const zhDalian = {
  village_panel_title: '大连低收入村',
  village_field_matched: '区划名称',
  village_field_town: '乡镇（街道）',
  village_field_exit_year: '出列年份',
  village_field_income: '人均可支配收入',
  village_field_aid_unit: '帮扶单位',
  village_field_linkage: '利益联结模式',
} as const;
