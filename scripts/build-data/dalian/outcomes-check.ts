/**
 * Checks of the Dalian outcomes against their seeds, beyond the schema: every quote and every part
 * of every section marker occurs in its seed, every figure's value (with its qualifier) is stated
 * in its own quote, and every place name of an agglomeration area is in its quote. Each failure
 * names the record path; all failures are listed at once.
 */
import type { DalianOutcomes } from '../../../src/lib/data/schemas/dalian-outcomes';
import type { Citation } from '../../../src/lib/data/schemas/plan';
import { SECTION_SEPARATOR } from './outcomes-cite';
import { quoteStates } from './outcomes-numbers';

/** Problems with one citation: quote or section part not found in the seed. */
function citationProblems(path: string, c: Citation, seed: string): string[] {
  const problems: string[] = [];
  if (!seed.includes(c.quote)) problems.push(`${path}.quote: "${c.quote.slice(0, 40)}" not in ${c.file}`);
  for (const part of c.section.split(SECTION_SEPARATOR))
    if (!seed.includes(part)) problems.push(`${path}.section: "${part.slice(0, 40)}" not in ${c.file}`);
  return problems;
}

/**
 * Throw listing every statement the seeds do not carry; return the number of citations checked.
 * `readSeed` returns a seed file's text.
 */
export function checkOutcomes(data: DalianOutcomes, readSeed: (file: string) => string): number {
  const problems: string[] = [];
  let count = 0;
  data.documents.forEach((d, i) => {
    if (!readSeed(d.file).startsWith(d.title_as_written))
      problems.push(`documents[${i}].title_as_written: not the first line of ${d.file}`);
  });
  data.figures.forEach((f, i) => {
    const path = `figures[${i}] (${f.id})`;
    count++;
    problems.push(...citationProblems(`${path}.citation`, f.citation, readSeed(f.citation.file)));
    if (f.counted) {
      for (const name of f.counted)
        if (!f.citation.quote.includes(name)) problems.push(`${path}.counted: "${name}" not in its quote`);
    } else if (!quoteStates(f.citation.quote, f.value, f.qualifier)) {
      problems.push(`${path}: ${f.qualifier} ${f.value} not stated in its quote`);
    }
    if (f.period?.basis === 'quote' && !periodWordsIn(f.citation.quote, f.period.from, f.period.to))
      problems.push(`${path}.period: basis "quote" but the quote names neither the year nor "past five years"`);
  });
  data.agglomeration_areas.forEach((a, i) => {
    const path = `agglomeration_areas[${i}] (${a.id})`;
    count++;
    problems.push(...citationProblems(`${path}.citation`, a.citation, readSeed(a.citation.file)));
    for (const name of [a.town.en, a.county.as_written])
      if (!a.citation.quote.includes(name)) problems.push(`${path}: "${name}" not in its quote`);
  });
  if (problems.length) throw new Error(`dalian outcomes do not match their seeds:\n  ${problems.join('\n  ')}`);
  return count;
}

/** A quote states a period if it names its last year (or the first), or the report's "past five years". */
function periodWordsIn(quote: string, from: number, to: number): boolean {
  return quote.includes(String(to)) || quote.includes(String(from)) || /past five years/i.test(quote);
}
