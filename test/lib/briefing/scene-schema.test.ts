import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import defaultDeck from '../../../src/lib/briefing/default-deck.json';
import { checkDeck, type DeckCheckContext } from '../../../src/lib/briefing/check-deck';
import { loadDeck, parseDeck } from '../../../src/lib/briefing/load-deck';
import { countPlanData, FigureError, resolveFigure } from '../../../src/lib/briefing/resolve-figure';
import { deckSchema, type Deck, type FigureRef } from '../../../src/lib/briefing/scene-schema';
import { dalianOutcomesSchema } from '../../../src/lib/data/schemas/dalian-outcomes';
import { planSchema, SEED_FILES } from '../../../src/lib/data/schemas/plan';
import { LAYERS } from '../../../src/lib/layers/registry';

/** The seeds live beside the repository (../shared/seeds), as for test/data/plan-citations.test.ts. */
const REPO = join(import.meta.dirname, '../../..');
const SEEDS = join(REPO, '..', 'shared', 'seeds');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(REPO, path), 'utf8'));

const rawPlan = readJson('data/plan/plan.json') as {
  targets: { exit_total: { people: number }; exit_by_year: { year: number; people: number | null }[] };
  zones: unknown[];
  zone_assignments: unknown[];
  pairings: { status: string }[];
  industries: { id: string }[];
};
const rawOutcomes = readJson('data/dalian/outcomes.json') as { figures: { id: string; value: number }[] };
const plan = planSchema.parse(rawPlan);
const outcomes = dalianOutcomesSchema.parse(rawOutcomes);
const seeds = Object.fromEntries(SEED_FILES.map((f) => [f, readFileSync(join(SEEDS, f), 'utf8')]));
const ctx: DeckCheckContext = {
  layerIds: LAYERS.map((l) => l.id),
  industryIds: plan.industries.map((i) => i.id),
  plan,
  outcomes,
  seeds,
};
const figureCtx = { plan, outcomes, counts: countPlanData(plan) };
const dalianValue = (id: string) => rawOutcomes.figures.find((f) => f.id === id)!.value;

/** A copy of the default deck, changed by `edit`, as the raw JSON a member of staff would write. */
function editedDeck(edit: (deck: Deck) => void): unknown {
  const copy = structuredClone(deckSchema.parse(defaultDeck));
  edit(copy);
  return copy;
}
/** Set a key to a value its type does not allow (what a typo in the JSON does). */
const set = (target: object, key: string, value: unknown) => ((target as Record<string, unknown>)[key] = value);
/** The cited figure of the last scene's KPI `k`. */
function citedFigure(deck: Deck, k: number) {
  const f = deck.scenes[6].kpis[k].figure;
  if (f.source !== 'cited') throw new Error(`scenes[6].kpis[${k}] is not cited`);
  return f;
}
/** The errors of a deck that should not load. */
function problemsOf(deck: unknown): string[] {
  const result = loadDeck(deck, ctx);
  if (result.ok) throw new Error('expected the deck to be refused');
  return result.problems;
}

describe('default briefing deck', () => {
  const deck: Deck = deckSchema.parse(defaultDeck);

  it('validates and has no problems against the registry, plan.json, outcomes.json and the seeds', () => {
    expect(checkDeck(deck, ctx)).toEqual([]);
    expect(loadDeck(JSON.stringify(defaultDeck), ctx)).toEqual({ ok: true, deck });
    expect(loadDeck(defaultDeck)).toEqual({ ok: true, deck });
  });

  it('tells the story in the agreed order', () => {
    expect(deck.scenes.map((s) => s.id)).toEqual([
      'exit-targets',
      'five-zones',
      'industries',
      'pairing-assistance',
      'dalian-villages',
      'dalian-infrastructure',
      'next-milestones',
    ]);
    expect(deck.scenes.map((s) => s.chart.kind)).toEqual([
      'exit-targets',
      'none',
      'industry-targets',
      'none',
      'dalian-funds',
      'dalian-infrastructure',
      'none',
    ]);
    expect(deck.scenes[4].camera).toEqual({ fit: 'dalian' });
    expect(deck.scenes[4].layers).toEqual(expect.arrayContaining(['dalian-cities', 'dalian-villages']));
    expect(deck.scenes[5].layers).toEqual(expect.arrayContaining(['infra-water', 'infra-airports']));
    expect(deck.data_date).toBe('2021-01-06');
  });

  it('quotes every cited number verbatim from its seed file', () => {
    const cited = deck.scenes.flatMap((s) => s.kpis.map((k) => k.figure)).filter((f) => f.source === 'cited');
    expect(cited.map((f) => f.value)).toEqual([2022, 2035]);
    for (const f of cited) {
      expect(seeds[f.citation.file], f.citation.file).toContain(f.citation.quote);
      expect(f.citation.quote).toContain(String(f.value));
    }
  });

  it('resolves the KPIs to the numbers in the data files', () => {
    const value = (ref: FigureRef) => resolveFigure(ref, figureCtx).value;
    const people = rawPlan.targets.exit_total.people;
    expect(people).toBe(439731);
    expect(value({ source: 'plan', path: 'targets.exit_total.people' })).toBe(people);
    const y2019 = rawPlan.targets.exit_by_year.find((t) => t.year === 2019)!.people;
    expect(value({ source: 'plan', path: 'targets.exit_by_year[year=2019].people' })).toBe(y2019);
    expect(value({ source: 'plan', path: 'targets.exit_by_year[3].people' })).toBe(126700);
    expect(value({ source: 'count', dataset: 'plan-zones' })).toBe(rawPlan.zones.length);
    expect(value({ source: 'count', dataset: 'zone-counties' })).toBe(rawPlan.zone_assignments.length);
    expect(value({ source: 'count', dataset: 'plan-industries' })).toBe(16);
    expect(value({ source: 'count', dataset: 'plan-pairings' })).toBe(rawPlan.pairings.length);
    expect(value({ source: 'count', dataset: 'plan-pairings-new' })).toBe(
      rawPlan.pairings.filter((p) => p.status === 'new').length,
    );
    for (const id of ['villages-exited', 'towns', 'county-units'])
      expect(value({ source: 'dalian', id })).toBe(dalianValue(id));
    expect([128, 37, 3].map((v, i) => v === dalianValue(['villages-exited', 'towns', 'county-units'][i]))).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('gives units, qualifiers and a source naming the file and section', () => {
    const income = resolveFigure({ source: 'dalian', id: 'income-per-capita' }, figureCtx);
    expect(income).toMatchObject({ value: dalianValue('income-per-capita'), qualifier: 'more_than', format: 'number' });
    expect(income.value).toBe(14000);
    expect(income.source.en).toContain('004_9b14d3b26f805d22.txt');
    expect(income.source.en).toContain('data/dalian/outcomes.json');
    const total = resolveFigure({ source: 'plan', path: 'targets.exit_total.people' }, figureCtx);
    expect(total.unit).toEqual({ zh: '人', en: 'people' });
    expect(total.source.zh).toBe(
      '辽政发〔2016〕62号「一、(三)1.脱贫目标」（data/plan/plan.json：targets.exit_total.people）',
    );
    const projects = resolveFigure({ source: 'plan', path: 'targets.industry[id=income-projects].value' }, figureCtx);
    expect(projects).toMatchObject({ value: 1500, unit: { zh: '个', en: 'projects' } });
    expect(projects.source.zh).toContain('一、(三)2.产业目标');
    const year = resolveFigure(deck.scenes[6].kpis[1].figure, figureCtx);
    expect(year).toMatchObject({ value: 2035, format: 'year', unit: { zh: '年', en: 'year' } });
  });

  it('throws naming the scene and the ref when a figure does not resolve', () => {
    const at = { ...figureCtx, at: 'scenes[4].kpis[1].figure', scene: 'dalian-villages' };
    expect(() => resolveFigure({ source: 'dalian', id: 'foo' }, at)).toThrow(
      'scenes[4].kpis[1].figure.id: unknown Dalian figure "foo" (scene "dalian-villages")',
    );
    expect(() => resolveFigure({ source: 'plan', path: 'targets.exit_total.peopel' }, at)).toThrow(
      'scenes[4].kpis[1].figure.path: "targets.exit_total.peopel": no key "peopel" in targets.exit_total',
    );
    expect(() => resolveFigure({ source: 'plan', path: 'targets.exit_by_year[year=2020].people' }, at)).toThrow(
      '"targets.exit_by_year[year=2020].people" yields null, not a number',
    );
    expect(() => resolveFigure({ source: 'plan', path: 'targets.exit_by_year[year=2015].people' }, at)).toThrow(
      'no item [year=2015] in exit_by_year',
    );
    expect(() => resolveFigure({ source: 'plan', path: 'zones[0].name' }, at)).toThrow(FigureError);
  });
});

describe('broken decks', () => {
  it('names an unknown layer', () => {
    expect(problemsOf(editedDeck((d) => d.scenes[1].layers.push('zonez')))).toEqual([
      'scenes[1].layers[3]: unknown layer "zonez"',
    ]);
  });

  it('names a bad camera', () => {
    const pitched = editedDeck((d) => (d.scenes[2].camera.pitch = 75));
    expect(problemsOf(pitched)).toEqual(['scenes[2].camera.pitch: pitch must be 0–60°']);
    const fitCity = editedDeck((d) => set(d.scenes[0], 'camera', { fit: 'shenyang' }));
    expect(problemsOf(fitCity)).toEqual(['scenes[0].camera.fit: Invalid option: expected one of "province"|"dalian"']);
    const badBox = editedDeck((d) => (d.scenes[0].camera = { fit: [125, 38, 120, 43] }));
    expect(problemsOf(badBox)).toEqual([
      'scenes[0].camera.fit: expected [west, south, east, north] with west < east and south < north',
    ]);
    const noZoom = editedDeck((d) => set(d.scenes[2], 'camera', { center: [122.6, 41.2], pitch: 0, bearing: 0 }));
    expect(problemsOf(noZoom)).toEqual(['scenes[2].camera.zoom: Invalid input: expected number, received undefined']);
  });

  it('refuses empty and overfull KPI rows', () => {
    expect(problemsOf(editedDeck((d) => (d.scenes[2].kpis = [])))).toEqual(['scenes[2].kpis: at least 1 KPI tile']);
    const five = editedDeck((d) => d.scenes[4].kpis.push({ figure: { source: 'dalian', id: 'special-funds' } }));
    expect(problemsOf(five)).toEqual(['scenes[4].kpis: at most 4 KPI tiles']);
  });

  it('names an unknown figure, source or count', () => {
    const unknown = editedDeck((d) => set(d.scenes[4].kpis[1].figure, 'id', 'foo'));
    expect(problemsOf(unknown)).toEqual([
      'scenes[4].kpis[1].figure.id: unknown Dalian figure "foo" (scene "dalian-villages")',
    ]);
    const source = editedDeck((d) => set(d.scenes[4].kpis[1].figure, 'source', 'dalain'));
    expect(problemsOf(source)[0]).toMatch(/^scenes\[4\]\.kpis\[1\]\.figure\.source: Invalid discriminator value/);
    const count = editedDeck((d) => set(d.scenes[1].kpis[0].figure, 'dataset', 'plan-zonez'));
    expect(problemsOf(count)[0]).toMatch(/^scenes\[1\]\.kpis\[0\]\.figure\.dataset: Invalid option/);
  });

  it('names a misquoted citation and a value its quote does not print', () => {
    const misquoted = editedDeck((d) => {
      const c = citedFigure(d, 0).citation;
      c.quote = c.quote.replace('initially established', 'fully established');
    });
    expect(problemsOf(misquoted)).toEqual([
      'scenes[6].kpis[0].figure.citation.quote: "By 2022, the institutional mec…" does not occur in 001_89772ce1b764b33e.txt',
    ]);
    const wrongYear = editedDeck((d) => (citedFigure(d, 1).value = 2036));
    expect(problemsOf(wrongYear)).toEqual([
      'scenes[6].kpis[1].figure.value: 2036 is not printed in the quote',
      // The caption still says 2035, which no KPI backs any more.
      "scenes[6].caption.zh: 2035 is neither a KPI value nor a year of the scene's data",
      "scenes[6].caption.en: 2035 is neither a KPI value nor a year of the scene's data",
    ]);
  });

  it('names untraced numbers, unknown industries, missing labels, duplicates and a stale data date', () => {
    const caption = editedDeck((d) => (d.scenes[4].caption.zh = '128个村，人均收入超过15000元'));
    expect(problemsOf(caption)).toEqual([
      "scenes[4].caption.zh: 15000 is neither a KPI value nor a year of the scene's data",
    ]);
    const industry = editedDeck((d) => d.scenes[2].industries!.push('tobaco'));
    expect(problemsOf(industry)).toEqual(['scenes[2].industries[3]: unknown industry "tobaco"']);
    const noFocus = editedDeck((d) => (d.scenes[2].layers = ['province']));
    expect(problemsOf(noFocus)).toEqual(['scenes[2].industries: highlighted, but layer "industry-focus" is not shown']);
    const unlabelled = editedDeck((d) => delete d.scenes[0].kpis[1].label);
    expect(problemsOf(unlabelled)).toEqual(['scenes[0].kpis[1].label: a plan figure needs a label']);
    const twice = editedDeck((d) => (d.scenes[5].id = 'five-zones'));
    expect(problemsOf(twice)).toEqual(['scenes[5].id: duplicate scene id "five-zones" (also scenes[1])']);
    expect(loadDeck(twice)).toEqual({ ok: false, problems: problemsOf(twice) });
    const stale = editedDeck((d) => (d.data_date = '2020-12-31'));
    expect(problemsOf(stale)).toEqual([
      'data_date: 2020-12-31 is before 2021-01-06, the date of 004_9b14d3b26f805d22.txt (shown in scene "dalian-villages")',
    ]);
  });

  it('names shape errors: long titles, dwell, bad dates, unknown keys, bad JSON', () => {
    const long = editedDeck((d) => (d.scenes[3].title.zh = '对口帮扶对口帮扶对口帮扶对口帮扶对'));
    expect(problemsOf(long)).toEqual(['scenes[3].title.zh: at most 16 characters']);
    expect(problemsOf(editedDeck((d) => (d.scenes[0].dwell_seconds = 2)))).toEqual([
      'scenes[0].dwell_seconds: dwell must be 5–120 s',
    ]);
    expect(problemsOf(editedDeck((d) => (d.data_date = '2021-02-30')))).toEqual(['data_date: not a calendar date']);
    expect(problemsOf(editedDeck((d) => set(d.scenes[0], 'dwell', 10)))).toEqual([
      'scenes[0]: Unrecognized key: "dwell"',
    ]);
    expect(parseDeck('{"version": 1,')).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/^deck: not valid JSON/)],
    });
  });
});
