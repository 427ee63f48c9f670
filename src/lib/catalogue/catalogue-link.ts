/**
 * The link from the map to the data catalogue, carrying what the catalogue offers as download
 * subsets: the map view (`view=w,s,e,n`) and the picked industries (`ind=a,b`); and the language.
 */
export function catalogueHref(
  bounds: readonly number[] | null,
  industries: readonly string[],
  lang: 'zh' | 'en',
): string {
  const params: string[] = [];
  if (bounds?.length === 4 && bounds.every(Number.isFinite))
    params.push(`view=${bounds.map((v) => v.toFixed(4)).join(',')}`);
  if (industries.length) params.push(`ind=${industries.join(',')}`);
  if (lang === 'en') params.push('lang=en');
  return params.length ? `#/data?${params.join('&')}` : '#/data';
}

/** What the catalogue reads back from its link; malformed parts are dropped. */
export function parseCatalogueParams(hash: string): {
  view: [number, number, number, number] | null;
  industries: string[];
} {
  const params = new URLSearchParams(hash.split('?')[1] ?? '');
  const v = params.get('view')?.split(',').map(Number);
  const view =
    v?.length === 4 && v.every(Number.isFinite) && v[0] < v[2] && v[1] < v[3]
      ? (v as [number, number, number, number])
      : null;
  const industries = (params.get('ind') ?? '').split(',').filter((id) => /^[a-z0-9-]+$/.test(id));
  return { view, industries };
}
