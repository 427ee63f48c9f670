/**
 * Thin wrappers around Debian's `osmium` (osmium-tool): filter an extract by tags, cut it to a
 * bounding box, write OPL with way node locations, and read the extract's date.
 */
import { spawnSync } from 'node:child_process';

/** osmium tags-filter expressions covering every tag classifyOsmTags (src/lib/infra/osm-tags.ts) reads. */
export const OSMIUM_TAG_FILTERS: readonly string[] = [
  'w/highway=motorway,motorway_link,trunk,trunk_link,primary,primary_link,secondary,secondary_link,tertiary,tertiary_link,unclassified',
  'w/railway=rail,narrow_gauge',
  'nwr/railway=station,halt',
  'nwr/public_transport=station',
  'w/power=line,minor_line,cable',
  'nwr/power=substation,plant',
  'wr/power=generator',
  'w/waterway=river,canal',
  'nwr/natural=water',
  'nwr/landuse=reservoir,harbour,port',
  'nwr/man_made=water_works',
  'nwr/tourism=attraction,theme_park,zoo,guest_house,chalet',
  'nwr/tourism:grade',
  'nwr/aeroway=aerodrome',
  'nwr/harbour=yes',
  'nwr/industrial=port',
  'nwr/seamark:type=harbour',
];

/** The installed osmium version (`1.15.0`), or null if osmium is not on the PATH. */
export function osmiumVersion(): string | null {
  const r = spawnSync('osmium', ['--version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return null;
  return /osmium version (\S+)/.exec(r.stdout)?.[1] ?? 'unknown';
}

/** Run osmium with these arguments; throws with the command and osmium's message if it fails. */
export function runOsmium(args: string[]): string {
  const r = spawnSync('osmium', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new Error(`osmium ${args[0]}: ${r.error.message} (install Debian's osmium-tool)`);
  if (r.status !== 0) throw new Error(`osmium ${args.join(' ')} failed (exit ${r.status}):\n${r.stderr.trim()}`);
  return r.stdout;
}

/** When the extract's data is from, and how that was found. */
export interface ExtractDate {
  timestamp: string;
  how: 'replication timestamp in the file header' | 'timestamp in the file header' | 'newest object in the file';
}

/**
 * The extract's date: the replication timestamp that Geofabrik and planet extracts carry in their
 * header, else the header timestamp, else the newest object's timestamp (osmium reads the whole file).
 */
export function readExtractDate(file: string): ExtractDate | null {
  const info = JSON.parse(runOsmium(['fileinfo', '-j', file])) as { header?: { option?: Record<string, string> } };
  const option = info.header?.option ?? {};
  if (option.osmosis_replication_timestamp)
    return { timestamp: option.osmosis_replication_timestamp, how: 'replication timestamp in the file header' };
  if (option.timestamp) return { timestamp: option.timestamp, how: 'timestamp in the file header' };
  const full = JSON.parse(runOsmium(['fileinfo', '-e', '-j', file])) as { data?: { timestamp?: { last?: string } } };
  const last = full.data?.timestamp?.last;
  return last ? { timestamp: last, how: 'newest object in the file' } : null;
}

/**
 * Filter `input` to the tags the atlas reads, cut it to `bbox` (complete ways, whole
 * multipolygons), and write OPL with node locations on ways to `oplFile`. Temporary PBFs go to `tmpDir`.
 */
export function extractToOpl(
  input: string,
  bbox: [number, number, number, number],
  tmpDir: string,
  oplFile: string,
  log: (m: string) => void,
) {
  const filtered = `${tmpDir}/filtered.osm.pbf`;
  const cut = `${tmpDir}/bbox.osm.pbf`;
  log('osmium tags-filter (roads, rail, power, water, tourism tags)');
  runOsmium(['tags-filter', input, ...OSMIUM_TAG_FILTERS, '-o', filtered, '-O']);
  log(`osmium extract -b ${bbox.map((v) => v.toFixed(3)).join(',')} -s smart`);
  runOsmium(['extract', '-b', bbox.join(','), '-s', 'smart', filtered, '-o', cut, '-O']);
  log('osmium add-locations-to-ways -f opl');
  runOsmium(['add-locations-to-ways', cut, '-f', 'opl,add_metadata=false', '-o', oplFile, '-O']);
}
