/**
 * Checks of the assembled plan against its seeds, beyond the schema: every quote occurs in its
 * seed file, every place/region/number the record states appears in its own quote, and the zone
 * and document facts agree with the text. Each failure names the record path.
 */
import type { Citation, Plan } from '../../../src/lib/data/schemas/plan';
import { DATE_AS_WRITTEN } from './document';
import { KEY_PROJECT_COUNT } from './key-projects';
import { citePlan } from './cite';
import { ZONES_SENTENCE } from './zones';

/** Every `citation`-like object ({file, section, quote}) in `value`, with its path. */
export function collectCitations(value: unknown, path = 'plan'): { path: string; citation: Citation }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => collectCitations(v, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  if (typeof o.file === 'string' && typeof o.quote === 'string' && typeof o.section === 'string')
    return [{ path, citation: o as unknown as Citation }];
  return Object.entries(o).flatMap(([k, v]) => collectCitations(v, `${path}.${k}`));
}

/** Throw listing every citation whose quote is not verbatim in its seed (read by `readSeed`). */
export function verifyCitations(value: unknown, readSeed: (file: string) => string): number {
  const all = collectCitations(value);
  const bad = all
    .filter(({ citation }) => !readSeed(citation.file).includes(citation.quote))
    .map(({ path, citation }) => `${path}: "${citation.quote.slice(0, 30)}" not in ${citation.file}`);
  if (bad.length) throw new Error(`quotes not found in their seed:\n  ${bad.join('\n  ')}`);
  return all.length;
}

/** Throw listing every statement of the plan object that its own quote does not carry. */
export function checkPlanConsistency(plan: Plan, readSeed: (file: string) => string): void {
  const problems: string[] = [];
  const expect = (ok: boolean, message: string) => {
    if (!ok) problems.push(message);
  };
  plan.industries.forEach((ind, i) => {
    for (const r of ind.regions_text)
      expect(ind.citation.quote.includes(r), `industries[${i}].regions_text: "${r}" not in its clause`);
    ind.groups.forEach((g, j) => {
      const path = `industries[${i}].groups[${j}]`;
      expect(ind.citation.quote.includes(g.citation.quote), `${path}: quote not in the industry's clause`);
      for (const p of g.places)
        expect(g.citation.quote.includes(p.as_written), `${path}: "${p.as_written}" not in the group's quote`);
    });
  });
  plan.zones.forEach((z, i) => {
    expect(ZONES_SENTENCE.includes(z.name.zh), `zones[${i}]: "${z.name.zh}" not in the five-zone sentence`);
    for (const f of z.focus) expect(z.name.zh.includes(f), `zones[${i}].focus: "${f}" not in the zone's name`);
  });
  plan.targets.exit_by_year.forEach((y, i) => {
    expect(y.citation.quote.startsWith(`${y.year}年度`), `targets.exit_by_year[${i}]: quote is not for ${y.year}`);
    if (y.people !== null)
      expect(
        y.citation.quote.includes(`${y.people / 10000}万`),
        `targets.exit_by_year[${i}]: ${y.people} not in quote`,
      );
  });
  expect(
    plan.targets.exit_total.citation.quote.includes(String(plan.targets.exit_total.people)),
    'targets.exit_total: number not in quote',
  );
  plan.targets.industry.forEach((t, i) => {
    if (t.value !== null)
      expect(t.citation.quote.includes(String(t.value)), `targets.industry[${i}]: value not in quote`);
  });
  const top = plan.key_projects.filter((p) => p.parent === null).length;
  expect(
    top === KEY_PROJECT_COUNT.count,
    `key_projects: ${top} top-level projects, the plan says ${KEY_PROJECT_COUNT.count}`,
  );
  plan.ecommerce_demo_counties.forEach((c, i) =>
    expect(c.citation.quote.includes(c.place.as_written), `ecommerce_demo_counties[${i}]: name not in quote`),
  );
  plan.pairings.forEach((p, i) => {
    expect(p.citation.quote.includes(p.to.as_written), `pairings[${i}].to: name not in quote`);
    const from = p.from.place?.as_written ?? p.from.name.zh;
    expect(p.citation.quote.includes(from), `pairings[${i}].from: "${from}" not in quote`);
  });
  const [y, m, d] = plan.document.date.split('-').map(Number);
  expect(`${y}年${m}月${d}日` === DATE_AS_WRITTEN, `document.date ${plan.document.date} ≠ ${DATE_AS_WRITTEN}`);
  const seed = readSeed(plan.document.citation.file);
  for (const text of [plan.document.title.zh, plan.document.number, DATE_AS_WRITTEN])
    expect(seed.includes(text), `document: "${text}" not in ${plan.document.citation.file}`);
  // Citations the build relies on that are not stored in the plan object.
  verifyCitations([citePlan('二、人口和产业布局', ZONES_SENTENCE), KEY_PROJECT_COUNT.citation], readSeed);
  if (problems.length) throw new Error(`plan is inconsistent with its quotes:\n  ${problems.join('\n  ')}`);
}
