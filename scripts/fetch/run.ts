/**
 * `npm run data:fetch [-- --out <dir> --only ne-roads,… --base-url <mirror> --wri-url <url> --date YYYY-MM-DD]`
 *
 * Downloads Natural Earth 10m roads, railroads, ports and populated places and the WRI Global Power
 * Plant Database, keeps what is in Liaoning, and writes <out>/fetched/{ne-roads,ne-ports,ne-places,
 * wri-power-plants}.geojson with manifest entries. Everything is downloaded and checked first;
 * nothing in <out> changes unless every selected dataset was built. See docs/infrastructure-data.md.
 */
import { join } from 'node:path';
import { validateDataset } from '../../src/lib/data/validate';
import { writeDataset } from '../build-data/lib/write-dataset';
import { loadLiaoningArea } from '../osm/liaoning-area';
import { writeStaged } from '../osm/staged-write';
import { printClassTable } from '../osm/summary';
import { hasOgr2ogr } from './archive';
import { buildFetchedDatasets } from './build-fetched';
import { downloadFile, type Downloaded } from './download';
import { NE_LAYERS, naturalEarthUrl } from './fetch-datasets';
import { parseFetchOptions, USAGE } from './options';

const log = (m: string) => console.log(`data:fetch: ${m}`);

async function main(): Promise<void> {
  const opts = parseFetchOptions(process.argv.slice(2));
  if (opts.help) return void console.log(USAGE);
  const urls = opts.only.flatMap((id) =>
    id === 'wri-power-plants' ? [opts.wriUrl] : NE_LAYERS[id].map((l) => naturalEarthUrl(opts.baseUrl, l)),
  );
  if (opts.only.some((id) => NE_LAYERS[id].length > 0) && !hasOgr2ogr())
    throw new Error("ogr2ogr is not installed (needed to read Natural Earth's shapefiles): apt-get install gdal-bin");

  const downloads = new Map<string, Downloaded>();
  for (const url of urls) {
    log(`downloading ${url}`);
    const d = await downloadFile(url, { timeoutMs: opts.timeoutMs, maxBytes: opts.maxBytes, retries: 1, log });
    log(`  ${d.bytes.length} bytes, SHA-256 ${d.sha256}${d.lastModified ? `, Last-Modified ${d.lastModified}` : ''}`);
    downloads.set(url, d);
  }

  // Fetched data are dated by the day they were downloaded (UTC); --date fixes it for reproducible runs.
  const retrieved = opts.date
    ? { date: opts.date, how: 'date given with --date' }
    : { date: new Date().toISOString().slice(0, 10), how: 'day of download, UTC' };
  const area = loadLiaoningArea();
  const inputs = {
    downloads,
    urlOf: (layer: string) => naturalEarthUrl(opts.baseUrl, layer),
    wriUrl: opts.wriUrl,
    retrieved,
  };
  const built = buildFetchedDatasets(opts.only, inputs, area);

  // Check every dataset before writing any, so a bad one leaves <out> untouched.
  for (const b of built) {
    const checked = validateDataset(b.meta.id, b.schema, b.value, 20);
    if (!checked.ok) throw new Error(`${b.meta.id} does not match its schema:\n  ${checked.errors.join('\n  ')}`);
  }
  const entries = writeStaged(opts.out, (dir) => built.map((b) => writeDataset(b.meta, b.schema, b.value, dir)));
  for (const e of entries) log(`wrote ${join(opts.out, e.path)} (${e.feature_count} features)`);
  const infra = built
    .filter((b) => b.meta.id !== 'ne-places')
    .flatMap((b) => b.value.features as { properties: { class: string } }[]);
  if (infra.length > 0) printClassTable(infra);
  const places = built.find((b) => b.meta.id === 'ne-places');
  if (places) log(`ne-places: ${places.value.features.length} populated places`);
}

main().catch((err: Error) => {
  console.error(`data:fetch: ${err.message}`);
  process.exit(1);
});
