import type { Bilingual } from '../data/schemas/geojson';
import type { DalianOutcomes } from '../data/schemas/dalian-outcomes';
import type { Plan } from '../data/schemas/plan';
import { countPlanData, FigureError, resolveFigure, type ResolvedFigure } from './resolve-figure';
import type { Deck, FigureRef, Scene } from './scene-schema';

/** What a deck is checked against: the layer registry, the plan's industries, the data files. */
export interface DeckCheckContext {
  layerIds: readonly string[];
  industryIds: readonly string[];
  plan: Plan;
  outcomes: DalianOutcomes;
  /** Seed texts by file name. When given, every cited quote must occur in its seed verbatim. */
  seeds?: Readonly<Record<string, string>>;
}

const FOCUS_LAYER = 'industry-focus';

/** Numerals in a text (`439,731`, `43.97`), with how many decimals they are written with. */
function numeralsIn(text: string): { value: number; decimals: number; text: string }[] {
  return [...text.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?/g)].map(([t]) => ({
    value: Number(t.replaceAll(',', '')),
    decimals: t.includes('.') ? t.length - t.indexOf('.') - 1 : 0,
    text: t,
  }));
}

/** True if `n` (written with `decimals`) is `v` or `v` in 万/亿/million/billion, rounded as written. */
function writesValue(n: number, decimals: number, v: number): boolean {
  return [1, 1e4, 1e6, 1e8, 1e9].some((scale) => Math.abs(+(v / scale).toFixed(decimals) - n) < 1e-9);
}

/** Does the quote print `value` (2022, 14,000, 1.4万)? */
function quotePrints(quote: string, value: number): boolean {
  return numeralsIn(quote).some((q) => writesValue(q.value, q.decimals, value));
}

/** Years a scene may name: the plan's target years, document years, the years of its figures. */
function yearsOf(refs: readonly FigureRef[], resolved: readonly ResolvedFigure[], ctx: DeckCheckContext): Set<number> {
  const years = new Set<number>(ctx.plan.targets.exit_by_year.map((t) => t.year));
  years.add(Number(ctx.plan.document.date.slice(0, 4)));
  for (const d of ctx.outcomes.documents) years.add(Number(d.date.slice(0, 4)));
  refs.forEach((ref, i) => {
    if (ref.source === 'dalian') {
      const p = ctx.outcomes.figures.find((f) => f.id === ref.id)?.period;
      for (let y = p?.from ?? 0; p && y <= p.to; y++) years.add(y);
    }
    if (resolved[i]?.format === 'year') years.add(resolved[i].value);
  });
  return years;
}

/** The date of the document a figure comes from, if the data knows it. */
function documentDate(ref: FigureRef, ctx: DeckCheckContext): { date: string; file: string } | null {
  if (ref.source === 'plan' || ref.source === 'count')
    return { date: ctx.plan.document.date, file: 'data/plan/plan.json' };
  if (ref.source !== 'dalian') return null;
  const file = ctx.outcomes.figures.find((f) => f.id === ref.id)?.citation.file;
  const date = ctx.outcomes.documents.find((d) => d.file === file)?.date;
  return file && date ? { date, file } : null;
}

/**
 * Numbers on screen (title, caption, KPI labels) that are neither a KPI's value (as written or
 * scaled) nor a year of the scene's data: a caption cannot state a number no data backs.
 */
function untracedNumbers(scene: Scene, at: string, resolved: readonly ResolvedFigure[], years: Set<number>): string[] {
  const texts: [string, Bilingual][] = [
    [`${at}.title`, scene.title],
    [`${at}.caption`, scene.caption],
    ...scene.kpis.flatMap((k, i): [string, Bilingual][] => (k.label ? [[`${at}.kpis[${i}].label`, k.label]] : [])),
  ];
  const problems: string[] = [];
  for (const [path, text] of texts)
    for (const lang of ['zh', 'en'] as const)
      for (const n of numeralsIn(text[lang])) {
        const isYear = n.decimals === 0 && years.has(n.value);
        if (!isYear && !resolved.some((r) => r && writesValue(n.value, n.decimals, r.value)))
          problems.push(`${path}.${lang}: ${n.text} is neither a KPI value nor a year of the scene's data`);
      }
  return problems;
}

/** Problems of one scene, each naming its path in the deck. */
function checkScene(scene: Scene, at: string, ctx: DeckCheckContext, counts: ReturnType<typeof countPlanData>) {
  const problems: string[] = [];
  const layers = new Set<string>();
  scene.layers.forEach((id, j) => {
    if (!ctx.layerIds.includes(id)) problems.push(`${at}.layers[${j}]: unknown layer "${id}"`);
    else if (layers.has(id)) problems.push(`${at}.layers[${j}]: layer "${id}" listed twice`);
    layers.add(id);
  });
  scene.industries?.forEach((id, j) => {
    if (!ctx.industryIds.includes(id)) problems.push(`${at}.industries[${j}]: unknown industry "${id}"`);
  });
  if (scene.industries?.length && !layers.has(FOCUS_LAYER))
    problems.push(`${at}.industries: highlighted, but layer "${FOCUS_LAYER}" is not shown`);

  const resolved: ResolvedFigure[] = [];
  scene.kpis.forEach((kpi, k) => {
    const figAt = `${at}.kpis[${k}].figure`;
    try {
      const r = resolveFigure(kpi.figure, {
        plan: ctx.plan,
        outcomes: ctx.outcomes,
        counts,
        at: figAt,
        scene: scene.id,
      });
      resolved[k] = r;
      if (!kpi.label && !r.label) problems.push(`${at}.kpis[${k}].label: a ${kpi.figure.source} figure needs a label`);
    } catch (e) {
      if (!(e instanceof FigureError)) throw e;
      problems.push(e.message);
    }
    if (kpi.figure.source !== 'cited') return;
    const { file, quote } = kpi.figure.citation;
    if (!quotePrints(quote, kpi.figure.value))
      problems.push(`${figAt}.value: ${kpi.figure.value} is not printed in the quote`);
    const seed = ctx.seeds?.[file];
    if (ctx.seeds && seed === undefined) problems.push(`${figAt}.citation.file: no seed text "${file}"`);
    else if (seed !== undefined && !seed.includes(quote))
      problems.push(`${figAt}.citation.quote: "${quote.slice(0, 30)}…" does not occur in ${file}`);
  });

  // Numbers can be traced only once every figure resolves (else each would be reported twice).
  const refs = scene.kpis.map((k) => k.figure);
  if (resolved.filter(Boolean).length === refs.length)
    problems.push(...untracedNumbers(scene, at, resolved, yearsOf(refs, resolved, ctx)));
  return problems;
}

/** `scenes[4].id: duplicate scene id "x" (also scenes[1])`, for each repeated id. */
export function duplicateSceneIds(deck: Deck): string[] {
  const seen = new Map<string, number>();
  return deck.scenes.flatMap((scene, i) => {
    const first = seen.get(scene.id);
    if (first === undefined) seen.set(scene.id, i);
    return first === undefined ? [] : [`scenes[${i}].id: duplicate scene id "${scene.id}" (also scenes[${first}])`];
  });
}

/**
 * What is wrong with a schema-valid deck, one line per problem naming its path: unknown layers and
 * industries, figures that do not resolve, misquoted citations, numbers in titles or captions that
 * no KPI backs, duplicate scene ids, a data date older than the data shown. Empty when all is well.
 */
export function checkDeck(deck: Deck, ctx: DeckCheckContext): string[] {
  const counts = countPlanData(ctx.plan);
  const problems = duplicateSceneIds(deck);
  deck.scenes.forEach((scene, i) => problems.push(...checkScene(scene, `scenes[${i}]`, ctx, counts)));

  let newest: { date: string; file: string; scene: string } | null = null;
  for (const scene of deck.scenes)
    for (const kpi of scene.kpis) {
      const doc = documentDate(kpi.figure, ctx);
      if (doc && (!newest || doc.date > newest.date)) newest = { ...doc, scene: scene.id };
    }
  if (newest && deck.data_date < newest.date)
    problems.push(
      `data_date: ${deck.data_date} is before ${newest.date}, the date of ${newest.file} (shown in scene "${newest.scene}")`,
    );
  return problems;
}
