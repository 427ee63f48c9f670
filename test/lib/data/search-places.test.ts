import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseQuery, searchPlaces } from '../../../src/lib/data/search-places';
import type { AnyCollection } from '../../../src/lib/layers/types';

const read = (p: string) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../data', p), 'utf8')) as AnyCollection;
const sources = [
  { layer: 'prefectures', data: read('boundaries/prefectures.geojson') },
  { layer: 'counties', data: read('boundaries/counties.geojson'), contextPrefix: 'prefecture' },
];

describe('searchPlaces', () => {
  it('finds a county by full name, short name, English name and code', () => {
    for (const q of ['庄河市', '庄河', 'Zhuanghe', 'zhuanghe city', '210283'])
      expect(searchPlaces(q, sources)[0]?.id, q).toBe('210283');
  });

  it('puts the prefecture first when a prefecture and its districts share a name', () => {
    const hits = searchPlaces('大连', sources);
    expect(hits[0]).toMatchObject({ layer: 'prefectures', id: '210200', name_zh: '大连市' });
  });

  it('tells same-named districts apart by prefecture', () => {
    const hits = searchPlaces('铁西区', sources);
    expect(hits.map((h) => `${h.context_zh}/${h.id}`).sort()).toEqual(['沈阳市/210106', '鞍山市/210303']);
  });

  it('returns a bbox that contains the county seat', () => {
    const hit = searchPlaces('210283', sources)[0];
    const [lon, lat] = hit.properties.seat as [number, number];
    expect(lon).toBeGreaterThan(hit.bbox[0]);
    expect(lon).toBeLessThan(hit.bbox[2]);
    expect(lat).toBeGreaterThan(hit.bbox[1]);
    expect(lat).toBeLessThan(hit.bbox[3]);
  });

  it('returns nothing for blank or unmatched queries and honours the limit', () => {
    expect(searchPlaces('  ', sources)).toEqual([]);
    expect(searchPlaces('北京', sources)).toEqual([]);
    expect(searchPlaces('区', sources, 5)).toHaveLength(5);
  });

  it('normalises accents, case, spaces and kind words', () => {
    expect(normaliseQuery('Lüshunkou  District')).toBe('lushunkou');
    expect(normaliseQuery('Kuandian Manchu Autonomous County')).toBe('kuandian');
  });
});
