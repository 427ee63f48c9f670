import type { zhCatalogue } from './zh-catalogue';

/** English strings of the data catalogue's dates and schema field dictionaries (merged into en.ts). */
export const enCatalogue: Record<keyof typeof zhCatalogue, string> = {
  catalogue_date: 'Date',
  catalogue_user_licence_osm: 'ODbL 1.0; credit "© OpenStreetMap contributors" (data from OpenStreetMap)',
  catalogue_user_licence_file: 'not recorded: the terms of whoever supplied the file apply',
  catalogue_bundle_own: 'Include your imported and drawn layers ({n}, under user/)',
  catalogue_attribution: 'Attribution',
  catalogue_copy: 'Copy',
  catalogue_copied: 'Copied',
  catalogue_date_value: '{date} ({kind})',
  catalogue_date_issued: 'issued',
  catalogue_date_edition: 'edition',
  catalogue_date_as_of: 'as of',
  catalogue_date_published: 'published',
  catalogue_date_retrieved: 'retrieved',
  catalogue_date_unknown: 'unknown',
  catalogue_field_in_zh: 'In Chinese: {meaning}',
  catalogue_field_in_en: 'In English: {meaning}',
};
