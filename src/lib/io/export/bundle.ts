/**
 * The whole-data bundle for researchers: every dataset, the manifest, licence texts, a README, a
 * citation file and SHA-256 checksums in one deterministic zip. Pure (no DOM), so it runs in a worker.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { Licences } from '../../data/schemas/licences';
import { manifestSchema, type Manifest } from '../../data/schemas/manifest';
import { buildBundleCitation } from './bundle-citation';
import { licenceFilePath } from './bundle-licence-files';
import { buildBundleReadme } from './bundle-readme';

export interface DataBundleInput {
  manifest: Manifest;
  /** Dataset bytes keyed by manifest path (relative to data/, e.g. `boundaries/counties.geojson`). */
  files: ReadonlyMap<string, Uint8Array>;
  licences: Licences;
  appVersion: string;
  /** Release date, YYYY-MM-DD: written into README and CITATION.cff, and the mtime of every entry. */
  date: string;
  /** Further files (e.g. the user's own exports), at these paths inside the zip. */
  extra?: { path: string; bytes: Uint8Array }[];
}

export interface BundleVerification {
  ok: boolean;
  problems: string[];
}

const SUMS = 'SHA256SUMS';
const hex = (bytes: Uint8Array) => bytesToHex(sha256(bytes));
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The entry mtime: local midnight of `date`, so the DOS date fields read `date` in any time zone. */
function entryTime(date: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`buildDataBundle: date must be YYYY-MM-DD, got "${date}"`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(y, mo - 1, d);
  if (y < 1980 || y > 2107 || t.getMonth() !== mo - 1 || t.getDate() !== d)
    throw new Error(`buildDataBundle: date "${date}" is not a valid day between 1980 and 2107 (zip dates)`);
  return t;
}

function checkExtraPath(path: string, taken: ReadonlySet<string>): void {
  if (!path || path.startsWith('/') || path.endsWith('/') || path.split('/').some((p) => p === '..' || p === '.' || !p))
    throw new Error(`buildDataBundle: extra file path "${path}" must be relative, without "." or ".." parts`);
  if (taken.has(path)) throw new Error(`buildDataBundle: extra file "${path}" would replace a file of the bundle`);
}

/**
 * Build the data bundle zip. Deterministic: entries sorted by path, every mtime set from `date`,
 * so the same inputs give the same bytes. Throws if a manifest dataset is missing from `files` or
 * its bytes do not match the manifest's sha256, or if an extra path is unsafe or already taken.
 */
export function buildDataBundle(input: DataBundleInput): Uint8Array {
  const { manifest, files, licences, appVersion, date, extra = [] } = input;
  if (!appVersion) throw new Error('buildDataBundle: appVersion is empty');
  const mtime = entryTime(date);
  const entries = new Map<string, Uint8Array>();
  for (const d of manifest.datasets) {
    const bytes = files.get(d.path);
    if (!bytes) throw new Error(`buildDataBundle: data/${d.path} (dataset ${d.id}) is not in files`);
    const actual = hex(bytes);
    if (actual !== d.sha256)
      throw new Error(`buildDataBundle: data/${d.path} has sha256 ${actual}, the manifest says ${d.sha256}`);
    entries.set(`data/${d.path}`, bytes);
  }
  entries.set('manifest.json', strToU8(JSON.stringify(manifest, null, 2) + '\n'));
  for (const e of licences.sources) {
    const path = licenceFilePath(e, licences.sources);
    if (entries.has(path)) throw new Error(`buildDataBundle: two licence entries map to ${path}`);
    entries.set(path, strToU8(e.text));
  }
  const extraPaths = extra.map((x) => x.path).sort(compare);
  entries.set('README.md', strToU8(buildBundleReadme({ manifest, licences, appVersion, date, extraPaths })));
  entries.set('CITATION.cff', strToU8(buildBundleCitation(licences, appVersion, date)));
  const taken = new Set([...entries.keys(), SUMS]);
  for (const x of extra) {
    checkExtraPath(x.path, taken);
    taken.add(x.path);
    entries.set(x.path, x.bytes);
  }
  const paths = [...entries.keys()].sort(compare);
  const sums = paths.map((p) => `${hex(entries.get(p)!)}  ${p}\n`).join('');
  entries.set(SUMS, strToU8(sums));
  const zippable: Zippable = {};
  for (const p of [...entries.keys()].sort(compare)) zippable[p] = [entries.get(p)!, { mtime }];
  return zipSync(zippable, { level: 6 });
}

/**
 * Check a data bundle: every SHA256SUMS line against its file, every file listed, and every
 * manifest dataset present under data/ with the manifest's size and sha256. Problems name the file.
 */
export function verifyDataBundle(zipBytes: Uint8Array): BundleVerification {
  const problems: string[] = [];
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zipBytes);
  } catch (err) {
    return { ok: false, problems: [`not a readable zip: ${(err as Error).message}`] };
  }
  const paths = Object.keys(files).filter((p) => !p.endsWith('/'));
  const listed = new Set<string>();
  const sums = files[SUMS];
  if (!sums) problems.push(`${SUMS} is missing`);
  else {
    strFromU8(sums)
      .split('\n')
      .forEach((line, i) => {
        if (!line) return;
        const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
        if (!m) return void problems.push(`${SUMS} line ${i + 1}: not "<sha256>  <path>": ${line.slice(0, 80)}`);
        const [, expected, path] = m;
        listed.add(path);
        const bytes = files[path];
        if (!bytes) return void problems.push(`${SUMS} line ${i + 1}: ${path} is not in the bundle`);
        const actual = hex(bytes);
        if (actual !== expected) problems.push(`${path}: sha256 is ${actual}, ${SUMS} says ${expected}`);
      });
    for (const p of paths) if (p !== SUMS && !listed.has(p)) problems.push(`${p}: not listed in ${SUMS}`);
  }
  const manifestBytes = files['manifest.json'];
  if (!manifestBytes) problems.push('manifest.json is missing');
  else {
    let parsed: ReturnType<typeof manifestSchema.safeParse>;
    try {
      parsed = manifestSchema.safeParse(JSON.parse(strFromU8(manifestBytes)));
    } catch (err) {
      return { ok: false, problems: [...problems, `manifest.json: not JSON: ${(err as Error).message}`] };
    }
    if (!parsed.success)
      problems.push(`manifest.json: does not match the manifest schema: ${parsed.error.issues[0]?.message}`);
    else
      for (const d of parsed.data.datasets) {
        const bytes = files[`data/${d.path}`];
        if (!bytes) problems.push(`data/${d.path} (dataset ${d.id}) is missing`);
        else if (bytes.length !== d.bytes)
          problems.push(`data/${d.path} (dataset ${d.id}): ${bytes.length} bytes, manifest.json says ${d.bytes}`);
        else if (hex(bytes) !== d.sha256)
          problems.push(`data/${d.path} (dataset ${d.id}): sha256 is ${hex(bytes)}, manifest.json says ${d.sha256}`);
      }
  }
  return { ok: problems.length === 0, problems };
}
