import type { DataSource } from '../data/schemas/manifest';

const KIND = {
  npm: { zh: 'npm 包', en: 'npm package' },
  debian: { zh: 'Debian 软件包', en: 'Debian package' },
  seed: { zh: '文献', en: 'document' },
  download: { zh: '下载', en: 'download' },
} as const;

/** One source as a credit line: `name@version (kind, licence)`; a document by its file and its number or date. */
function credit(s: DataSource, lang: 'zh' | 'en'): string {
  const kind = KIND[s.kind][lang];
  if (s.kind === 'seed')
    return lang === 'zh' ? `${kind} ${s.name}（${s.version}）` : `${kind} ${s.name} (${s.version})`;
  const at = s.kind === 'download' && s.url ? ` ${s.url}` : '';
  return lang === 'zh'
    ? `${s.name}@${s.version}（${kind}，${s.licence}）${at}`
    : `${s.name}@${s.version} (${kind}, ${s.licence})${at}`;
}

/**
 * The attribution to copy under a map or into a paper that uses a dataset: every source with its
 * version and licence (OpenStreetMap's own credit first when a source is under the ODbL), then
 * this atlas as the compiler. Each source once, in the manifest's order.
 */
export function attributionText(sources: readonly DataSource[], lang: 'zh' | 'en'): string {
  const seen = new Set<string>();
  const unique = sources.filter((s) => {
    const key = `${s.kind}:${s.name}@${s.version}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const osm = unique.some((s) => /ODbL/i.test(s.licence)) ? '© OpenStreetMap contributors; ' : '';
  const list = unique.map((s) => credit(s, lang)).join(lang === 'zh' ? '；' : '; ');
  return lang === 'zh'
    ? `${osm}数据来源：${list}。经“辽宁乡村产业规划图”整理，WGS84（EPSG:4326）。`
    : `${osm}Sources: ${list}. Compiled by the Liaoning Rural Industry Atlas; WGS84 (EPSG:4326).`;
}
