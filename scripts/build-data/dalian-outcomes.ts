/**
 * Dalian's 128 low-income villages, outcomes as cited data: data/dalian/outcomes.json. The figures
 * are typed as source tables in scripts/build-data/dalian/outcomes-*.ts, each with the seed's words;
 * the build checks every quote against ../shared/seeds and every value against its own quote, and
 * looks up the county codes of the agglomeration areas in data/boundaries.
 * Run alone: `npx tsx scripts/build-data/dalian-outcomes.ts` (needs data/boundaries).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { countiesSchema, type Counties } from '../../src/lib/data/schemas/boundaries';
import { dalianOutcomesSchema, type DalianOutcomes } from '../../src/lib/data/schemas/dalian-outcomes';
import { validateDataset } from '../../src/lib/data/validate';
import { DATA_DIR, writeDataset } from './lib/write-dataset';
import { checkOutcomes } from './dalian/outcomes-check';
import { outcomesMeta } from './dalian/outcomes-meta';
import { AGGLOMERATION_AREAS, AGGLOMERATION_CITATION, OPINION_FIGURES } from './dalian/outcomes-opinions';
import { INFRASTRUCTURE_FIGURES } from './dalian/outcomes-infrastructure';
import { SOCIAL_FIGURES } from './dalian/outcomes-social';
import { REPORT_FIGURES } from './dalian/outcomes-report';
import { DOCUMENTS, TOPICS } from './dalian/outcomes-topics';

/** The seed documents live beside the repository (../shared/seeds), also in CI. */
const SEED_DIR = join(import.meta.dirname, '../..', '..', 'shared', 'seeds');
const DALIAN = '210200';

/** "Lüshunkou District" and the seed's "Lyushunkou District" are one name. */
const latinKey = (s: string) =>
  s
    .toLowerCase()
    .replace(/ü/g, 'yu')
    .replace(/[^a-z]/g, '');

/** The agglomeration areas with codes from the county table; throws if a name does not resolve. */
export function resolveAreas(counties: Counties['features']): DalianOutcomes['agglomeration_areas'] {
  const dalian = counties.map((c) => c.properties).filter((p) => p.prefecture_code === DALIAN);
  return AGGLOMERATION_AREAS.map((a) => {
    const hits = dalian.filter((p) => p.name_zh === a.county.name_zh);
    if (!a.resolve) {
      if (hits.length) throw new Error(`${a.id}: ${a.county.name_zh} is a county of data/boundaries; resolve it`);
    } else if (hits.length !== 1 || latinKey(hits[0].name_en) !== latinKey(a.county.as_written))
      throw new Error(`${a.id}: "${a.county.as_written}" (${a.county.name_zh}) is not one Dalian county`);
    return {
      id: a.id,
      town: a.town,
      county: { as_written: a.county.as_written, name_zh: a.county.name_zh, code: a.resolve ? hits[0].code : null },
      note: a.note,
      citation: AGGLOMERATION_CITATION,
    };
  });
}

/** The dataset: figures in topic order (source order within a topic), areas in the seed's order. */
export function assembleOutcomes(counties: Counties['features']): DalianOutcomes {
  const order = new Map(TOPICS.map((t, i) => [t.id, i]));
  const figures = [...REPORT_FIGURES, ...INFRASTRUCTURE_FIGURES, ...SOCIAL_FIGURES, ...OPINION_FIGURES]
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (order.get(a.f.topic) ?? 99) - (order.get(b.f.topic) ?? 99) || a.i - b.i)
    .map(({ f }) => f);
  return { documents: DOCUMENTS, topics: TOPICS, figures, agglomeration_areas: resolveAreas(counties) };
}

/** Build, check and write data/dalian/outcomes.json with its manifest entry. */
export async function buildDalianOutcomes(): Promise<void> {
  const seeds = new Map<string, string>();
  const readSeed = (file: string) => {
    if (!seeds.has(file)) seeds.set(file, readFileSync(join(SEED_DIR, file), 'utf8'));
    return seeds.get(file)!;
  };
  const read = validateDataset(
    'counties',
    countiesSchema,
    JSON.parse(readFileSync(join(DATA_DIR, 'boundaries/counties.geojson'), 'utf8')),
    10,
  );
  if (!read.ok) throw new Error(`data/boundaries/counties.geojson: rebuild it first:\n  ${read.errors.join('\n  ')}`);

  const data = assembleOutcomes(read.data.features);
  const parsed = validateDataset('dalian-outcomes', dalianOutcomesSchema, data, 20);
  if (!parsed.ok) throw new Error(`dalian-outcomes does not match its schema:\n  ${parsed.errors.join('\n  ')}`);
  const citationCount = checkOutcomes(parsed.data, readSeed);
  const meta = outcomesMeta({ figureCount: data.figures.length, citationCount });
  const entry = writeDataset(meta, dalianOutcomesSchema, data);
  console.log(`  ${citationCount} citations verified against ${[...seeds.keys()].join(', ')}`);
  console.log(`  wrote data/${entry.path}: ${data.figures.length} figures, ${(entry.bytes / 1024).toFixed(0)} KiB`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildDalianOutcomes();
