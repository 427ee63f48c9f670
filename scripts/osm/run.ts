/**
 * `npm run data:osm -- <extract.osm.pbf | .osm | .osm.bz2 | .osm.gz> [--out <data dir>] [--reader osmium|builtin]`
 *
 * Turns an OpenStreetMap extract (e.g. Geofabrik's Liaoning or China extract) into the atlas's four
 * infrastructure datasets: <out>/osm/{roads,power,water,tourism}.geojson with manifest entries in
 * <out>/manifest.json. osmium filters and cuts the extract; the tags are classified by the same code
 * as the app's Overpass loader; only features in Liaoning are kept (see liaoning-area.ts).
 * Nothing is written unless the whole extract was read. See docs/infrastructure-data.md.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { osmElementsToFeatures, type InfraFeature } from '../../src/lib/infra/osm-to-features';
import { DATA_DIR } from '../build-data/lib/write-dataset';
import { loadLiaoningArea } from './liaoning-area';
import { extractToOpl, osmiumVersion, readExtractDate, type ExtractDate } from './osmium';
import { writeOsmDatasets } from './osm-datasets';
import { readOplFeatures } from './read-opl';
import { readOsmXml } from './read-osm-xml';
import { writeStaged } from './staged-write';
import { printClassTable } from './summary';

const USAGE =
  'usage: npm run data:osm -- <extract.osm.pbf|.osm|.osm.bz2|.osm.gz> [--out <data dir>] [--reader osmium|builtin]';
const INPUT_SUFFIX = /\.(osm\.pbf|pbf|osm|osm\.bz2|osm\.gz)$/i;
const log = (m: string) => console.log(`data:osm: ${m}`);

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, reader: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return void console.log(USAGE);
  if (positionals.length !== 1) throw new Error(`expected one extract file, got ${positionals.length}\n${USAGE}`);
  const input = resolve(positionals[0]);
  if (!existsSync(input) || !statSync(input).isFile()) throw new Error(`${input}: no such file`);
  if (!INPUT_SUFFIX.test(input))
    throw new Error(`${basename(input)}: expected an .osm.pbf, .osm, .osm.bz2 or .osm.gz file`);
  const out = resolve(values.out ?? DATA_DIR);

  const osmium = osmiumVersion();
  const reader = values.reader ?? (osmium ? 'osmium' : 'builtin');
  if (reader !== 'osmium' && reader !== 'builtin')
    throw new Error(`--reader must be osmium or builtin, got "${reader}"`);
  if (reader === 'osmium' && !osmium)
    throw new Error(
      'osmium is not installed: apt-get install osmium-tool (or use --reader builtin for a small .osm file)',
    );
  if (reader === 'builtin' && !/\.osm$/i.test(input))
    throw new Error(
      `${basename(input)}: the built-in reader reads only uncompressed .osm XML; install osmium-tool to read this file`,
    );

  log(
    `reading ${basename(input)} (${(statSync(input).size / 1e6).toFixed(1)} MB) with ${reader === 'osmium' ? `osmium ${osmium}` : 'the built-in XML reader'}`,
  );
  const area = loadLiaoningArea();
  const kept: InfraFeature[] = [];
  const problems: string[] = [];
  let outside = 0;
  const onFeature = (f: InfraFeature) => {
    if (area.touches(f.geometry)) kept.push(f);
    else outside++;
  };

  let date: ExtractDate | null;
  if (reader === 'osmium') {
    date = readExtractDate(input);
    const tmp = mkdtempSync(join(tmpdir(), 'atlas-osm-'));
    try {
      const opl = join(tmp, 'data.opl');
      extractToOpl(input, area.bbox, tmp, opl, log);
      const stats = await readOplFeatures(opl, 'osm', onFeature, (m) => problems.push(m));
      log(`read ${stats.nodes} nodes, ${stats.ways} ways, ${stats.relations} relations after filtering`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  } else {
    const { elements, newest } = readOsmXml(input);
    date = newest ? { timestamp: newest, how: 'newest object in the file' } : null;
    const result = osmElementsToFeatures(elements);
    result.features.forEach(onFeature);
    problems.push(...result.problems);
    log(`read ${elements.length} elements`);
  }

  log(`${kept.length} features in Liaoning, ${outside} outside left out`);
  if (problems.length > 0) {
    log(`${problems.length} element(s) could not be drawn and were left out:`);
    for (const p of problems.slice(0, 10)) console.log(`  ${p}`);
    if (problems.length > 10) console.log(`  … and ${problems.length - 10} more`);
  }
  const info = {
    file: input,
    date,
    osmium: reader === 'osmium' ? osmium : null,
    modified: statSync(input).mtime.toISOString(),
  };
  const entries = writeStaged(out, (dir) => writeOsmDatasets(kept, info, dir));
  for (const e of entries)
    log(`wrote ${join(out, e.path)} (${e.feature_count} features, ${(e.bytes / 1e6).toFixed(2)} MB)`);
  log(`extract date: ${date ? `${date.timestamp} (${date.how})` : 'unknown'}`);
  printClassTable(kept);
}

main().catch((err: Error) => {
  console.error(`data:osm: ${err.message}`);
  process.exit(1);
});
