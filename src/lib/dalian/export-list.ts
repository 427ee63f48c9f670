import Papa from 'papaparse';
import type { DesignatedVillageCollection } from '../data/schemas/designated-villages';

const COLUMNS = [
  'source_row',
  'name_zh',
  'matched_name',
  'code',
  'town_name',
  'town_code',
  'county_code',
  'designated_year',
  'exit_year',
  'lon',
  'lat',
  'position_accuracy',
  'match',
  'income_per_capita_yuan',
  'aid_unit',
  'linkage_model',
  'projects',
  'note',
] as const;

/** The loaded list as GeoJSON text (unlocated villages keep `geometry: null`), WGS84. */
export function villagesToGeoJson(c: DesignatedVillageCollection): string {
  return JSON.stringify(c, null, 1) + '\n';
}

/**
 * The loaded list as CSV (UTF-8 with BOM, so spreadsheet programs read the Chinese text right):
 * one row per village, lon/lat in WGS84 columns, projects joined with `；`.
 */
export function villagesToCsv(c: DesignatedVillageCollection): string {
  const rows = c.features.map((f) => {
    const p = f.properties;
    const cell = (k: (typeof COLUMNS)[number]): string | number => {
      if (k === 'lon') return p.position?.[0] ?? '';
      if (k === 'lat') return p.position?.[1] ?? '';
      if (k === 'projects') return (p.projects ?? []).join('；');
      const v = p[k as keyof typeof p];
      return v === null || v === undefined ? '' : (v as string | number);
    };
    return COLUMNS.map(cell);
  });
  return '\uFEFF' + Papa.unparse({ fields: [...COLUMNS], data: rows }, { newline: '\n' }) + '\n';
}
