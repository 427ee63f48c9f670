import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dalianOutcomesSchema, type DalianFigure } from '../../src/lib/data/schemas/dalian-outcomes';
import { countiesSchema } from '../../src/lib/data/schemas/boundaries';
import { manifestSchema } from '../../src/lib/data/schemas/manifest';
import { validateDataset } from '../../src/lib/data/validate';
import { assembleOutcomes } from '../../scripts/build-data/dalian-outcomes';
import { stableStringify } from '../../scripts/build-data/lib/geojson-utils';
import { numbersInText, qualifierBefore, quoteStates } from '../../scripts/build-data/dalian/outcomes-numbers';

/**
 * data/dalian/outcomes.json against its schema and its seeds (../shared/seeds, in CI as here):
 * quotes verbatim, each value (with its qualifier) stated in its own quote, the totals.
 */
const REPO = join(import.meta.dirname, '../..');
const SEEDS = join(REPO, '..', 'shared', 'seeds');
const text = readFileSync(join(REPO, 'data/dalian/outcomes.json'), 'utf8');
const checked = validateDataset('dalian-outcomes', dalianOutcomesSchema, JSON.parse(text), 10);
if (!checked.ok) throw new Error(checked.errors.join('\n'));
const data = checked.data;
const seed = (file: string) => {
  const p = join(SEEDS, file);
  return /^[\w.-]+$/.test(file) && existsSync(p) ? readFileSync(p, 'utf8') : '';
};
const byId = (id: string): DalianFigure => {
  const f = data.figures.find((x) => x.id === id);
  if (!f) throw new Error(`no figure ${id}`);
  return f;
};

/** Figures whose value is not stated (with its qualifier) in their quote, one line each. */
function unstated(figures: readonly DalianFigure[]): string[] {
  return figures
    .filter((f) =>
      // A counted figure: the text lists the names instead of printing the number.
      f.counted
        ? f.counted.length !== f.value || !f.counted.every((n) => f.citation.quote.includes(n))
        : !quoteStates(f.citation.quote, f.value, f.qualifier),
    )
    .map((f) => `${f.id}: ${f.qualifier} ${f.value}`);
}

describe('number normalisation helper', () => {
  it('reads scaled numbers, grouped thousands, decimals, percentages and small number words', () => {
    const values = (s: string) => numbersInText(s).map((n) => n.value);
    expect(values('2.8 billion')).toEqual([2.8e9]);
    expect(values('280 million yuan')).toEqual([280e6]);
    expect(values('28,000 mu')).toEqual([28_000]);
    expect(values('4.69 million square meters')).toEqual([4_690_000]);
    expect(values('more than 98%, 1-2 sites, No.162')).toEqual([98, 1, 2]);
    expect(values('three areas, one district')).toEqual([3, 1]);
  });

  it('compares numerically and reads the qualifier just before the number', () => {
    expect(quoteStates('a total of 280 million yuan', 2.8e8, 'exact')).toBe(true);
    expect(quoteStates('a total of 280 million yuan', 280, 'exact')).toBe(false);
    expect(quoteStates('nearly 20,000 mu', 20_000, 'nearly')).toBe(true);
    expect(quoteStates('nearly 20,000 mu', 20_000, 'about')).toBe(false);
    expect(qualifierBefore('will exceed 20 million', 12)).toBe('more_than');
    expect(qualifierBefore('at least 5', 9)).toBe('at_least');
    expect(qualifierBefore('about 2,476 km', 6)).toBe('about');
    expect(qualifierBefore('the 192 units', 4)).toBe('exact');
  });
});

describe('data/dalian/outcomes.json', () => {
  it('quotes its seeds verbatim, section markers included', () => {
    const cited = [...data.figures, ...data.agglomeration_areas].map((r) => ({ id: r.id, c: r.citation }));
    expect(cited.length).toBeGreaterThan(60);
    const missing = cited.flatMap(({ id, c }) => [
      ...(seed(c.file).includes(c.quote) ? [] : [`${id}: quote`]),
      ...c.section.split(' › ').flatMap((part) => (seed(c.file).includes(part) ? [] : [`${id}: section "${part}"`])),
    ]);
    expect(missing).toEqual([]);
    for (const d of data.documents) expect(seed(d.file).startsWith(d.title_as_written), d.file).toBe(true);
  });

  it('states every value, with its qualifier, in its own quote', () => {
    expect(unstated(data.figures)).toEqual([]);
    // And would say so: a changed value or a dropped "more than" is caught.
    const sheds = byId('facility-sheds');
    expect(unstated([{ ...sheds, value: 6_000 }, { ...sheds, qualifier: 'exact' }])).toEqual([
      'facility-sheds: more_than 6000',
      'facility-sheds: exact 5000',
    ]);
  });

  it('has unique ids and the totals of the issue: 128 villages, 37 towns, 3 county-level units', () => {
    const ids = data.figures.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(byId('villages-identified').value).toBe(128);
    expect(byId('villages-exited')).toMatchObject({ value: 128, period: { from: 2020, to: 2020 } });
    expect(byId('towns').value).toBe(37);
    expect(byId('county-units')).toMatchObject({ value: 3, counted: ['Pulandian', 'Wafangdian', 'Zhuanghe'] });
    expect(byId('income-per-capita')).toMatchObject({ value: 14_000, qualifier: 'more_than' });
  });

  it('follows the seed where the issue list differs', () => {
    expect(byId('fruit-trees')).toMatchObject({ value: 20_000, qualifier: 'nearly' });
    for (const id of ['safe-water-share', 'safe-housing-share'])
      expect(byId(id)).toMatchObject({ value: 98, qualifier: 'more_than', unit: { en: '%' } });
    expect(byId('tourism-visitors')).toMatchObject({ value: 20e6, qualifier: 'more_than', kind: 'target' });
    expect(byId('dibao-standard-three-units').citation.quote).toContain('rural residents');
    expect(byId('dibao-standard-other').citation.quote).toContain('rural residents in other areas');
    expect(
      ['special-funds', 'project-investment', 'industrial-benefit'].map((id) => byId(id).value),
    ).toEqual([280e6, 760e6, 1.04e9]);
  });

  it('names the three agglomeration areas, with codes only for NBS counties', () => {
    expect(
      data.agglomeration_areas.map((a) => [a.town.zh, a.town.en, a.county.as_written, a.county.code]),
    ).toEqual([
      ['炮台街道', 'Paotai Street', 'Jinpu New Town', null],
      ['黑岛镇', 'Heidao Town', 'Zhuanghe City', '210283'],
      ['长城街道', 'Changcheng Street', 'Lyushunkou District', '210212'],
    ]);
    expect(byId('processing-areas').value).toBe(data.agglomeration_areas.length);
  });

  it('is what the pipeline builds now, and the manifest entry matches the file', () => {
    const counties = validateDataset(
      'counties',
      countiesSchema,
      JSON.parse(readFileSync(join(REPO, 'data/boundaries/counties.geojson'), 'utf8')),
    );
    if (!counties.ok) throw new Error(counties.errors.join('\n'));
    expect(stableStringify(assembleOutcomes(counties.data.features)) + '\n').toBe(text);
    const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(REPO, 'data/manifest.json'), 'utf8')));
    const entry = manifest.datasets.find((d) => d.id === 'dalian-outcomes')!;
    expect(entry.path).toBe('dalian/outcomes.json');
    expect(entry.sha256).toBe(createHash('sha256').update(text).digest('hex'));
    expect(entry.sources.map((s) => [s.kind, s.files])).toEqual([
      ['seed', ['004_9b14d3b26f805d22.txt']],
      ['seed', ['000_caf38b5fb39de743.txt']],
    ]);
  });
});
