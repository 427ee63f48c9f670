import type { DatasetDate } from '../data/schemas/manifest';
import { translate, type Lang } from '../i18n/locale.svelte';
import type { MessageKey } from '../i18n/zh';

const KIND_KEY: Record<DatasetDate['kind'], MessageKey> = {
  issued: 'catalogue_date_issued',
  edition: 'catalogue_date_edition',
  'as-of': 'catalogue_date_as_of',
  published: 'catalogue_date_published',
  retrieved: 'catalogue_date_retrieved',
  unknown: 'catalogue_date_unknown',
};

/** A dataset's date with its kind in words, e.g. `2016-08-27 (issued)`, `2016-08-27（印发日期）`, `unknown`. */
export function formatDatasetDate(date: DatasetDate, lang: Lang): string {
  const kind = translate(lang, KIND_KEY[date.kind]);
  return date.value === null ? kind : translate(lang, 'catalogue_date_value', { date: date.value, kind });
}
