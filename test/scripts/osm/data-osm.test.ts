/**
 * End-to-end tests of `npm run data:osm`: the fixture extract (test/scripts/osm/osm-fixture.ts) as
 * OSM XML and as PBF, through osmium and through the built-in XML reader, into a temporary data folder.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifestSchema } from '../../../src/lib/data/schemas/manifest';
import { infraCollectionSchema, type InfraCollection } from '../../../src/lib/data/schemas/infra';
import { FIXTURE_NEWEST, writeOsmFixture } from './osm-fixture';
import { REPO, hasCommand, runTsx } from './run-cli';

const HAS_OSMIUM = hasCommand('osmium');
if (!HAS_OSMIUM)
  console.warn(
    'data:osm tests: osmium is not installed (apt-get install osmium-tool); the osmium and PBF tests are skipped',
  );

const THEMES = ['roads', 'power', 'water', 'tourism'] as const;
const tmp = mkdtempSync(join(tmpdir(), 'data-osm-test-'));
const osmFile = join(tmp, 'liaoning-fixture.osm');
const pbfFile = join(tmp, 'liaoning-fixture.osm.pbf');
const REPLICATION = '2024-05-07T21:00:00Z';

const read = (out: string, theme: string): InfraCollection =>
  infraCollectionSchema.parse(JSON.parse(readFileSync(join(out, 'osm', `${theme}.geojson`), 'utf8')));
const manifestOf = (out: string) => manifestSchema.parse(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')));

/** What each kept feature must be: class, name and the values tags give. */
const EXPECTED: Record<
  string,
  {
    theme: string;
    class: string;
    name: string | null;
    ref?: string;
    voltage_kv?: number;
    capacity_mw?: number;
    grade?: number;
  }
> = {
  'osm-way-100': { theme: 'roads', class: 'expressway', name: '京哈高速', ref: 'G1' },
  'osm-way-101': { theme: 'roads', class: 'national_road', name: '黑大线', ref: 'G202' },
  'osm-way-102': { theme: 'roads', class: 'provincial_road', name: '沈本线', ref: 'S106' },
  'osm-way-111': { theme: 'roads', class: 'railway', name: '京哈铁路' },
  'osm-node-307': { theme: 'roads', class: 'rail_station', name: '沈阳站' },
  'osm-way-104': { theme: 'power', class: 'power_line_220', name: '沈东线', voltage_kv: 220 },
  'osm-way-105': { theme: 'power', class: 'substation_110', name: '浑南变电站', voltage_kv: 66 },
  'osm-way-106': { theme: 'power', class: 'plant_solar', name: '法库光伏电站', capacity_mw: 50 },
  'osm-way-110': { theme: 'power', class: 'power_line_500', name: null, voltage_kv: 500 },
  'osm-relation-200': { theme: 'water', class: 'reservoir', name: '大伙房水库' },
  'osm-way-108': { theme: 'water', class: 'river', name: '浑河' },
  'osm-node-300': { theme: 'tourism', class: 'scenic_5a', name: '沈阳故宫', grade: 5 },
  'osm-node-301': { theme: 'tourism', class: 'scenic_4a', name: '棋盘山国家4A级旅游景区', grade: 4 },
  'osm-node-302': { theme: 'tourism', class: 'farm_stay', name: '老王家农家乐' },
  'osm-way-107': { theme: 'tourism', class: 'airport', name: '沈阳桃仙国际机场', ref: 'SHE' },
  'osm-node-306': { theme: 'tourism', class: 'port', name: '测试港' },
};

let builtinOut = '';

beforeAll(async () => {
  writeOsmFixture(osmFile);
  // Like Geofabrik's extracts, the PBF carries a replication timestamp in its header.
  const header = `--output-header=osmosis_replication_timestamp=${REPLICATION}`;
  if (HAS_OSMIUM) expect(spawnSync('osmium', ['cat', osmFile, '-o', pbfFile, '-O', header]).status).toBe(0);
  builtinOut = join(tmp, 'builtin');
  const r = await runTsx('scripts/osm/run.ts', [osmFile, '--reader', 'builtin', '--out', builtinOut]);
  if (r.code !== 0) throw new Error(`data:osm failed:\n${r.stderr}\n${r.stdout}`);
}, 120_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('data:osm with the built-in XML reader', () => {
  it('keeps exactly the expected features, each in its theme file, with classes, names and values from the tags', () => {
    const all = THEMES.flatMap((t) => read(builtinOut, t).features.map((f) => ({ file: t, f })));
    expect(all.map((x) => x.f.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const { file, f } of all) {
      const e = EXPECTED[f.id];
      const p = f.properties;
      expect([file, p.theme, p.class, p.name], f.id).toEqual([e.theme, e.theme, e.class, e.name]);
      expect([p.ref, p.voltage_kv, p.capacity_mw, p.grade], f.id).toEqual([
        e.ref ?? null,
        e.voltage_kv ?? null,
        e.capacity_mw ?? null,
        e.grade ?? null,
      ]);
      expect(p.source).toBe('osm');
      expect(p.approximate).toBe(false);
    }
  });

  it('leaves out features outside Liaoning (Jilin, Beijing, Sinuiju), military airfields, residential streets and subway stations', () => {
    const ids = THEMES.flatMap((t) => read(builtinOut, t).features.map((f) => f.id));
    for (const id of ['osm-way-109', 'osm-node-304', 'osm-node-305', 'osm-node-303', 'osm-way-103', 'osm-node-308'])
      expect(ids).not.toContain(id);
  });

  it('writes coordinates within 1e-6° of the OSM positions, keeps lines crossing the border whole, and builds the multipolygon', () => {
    const byId = new Map(THEMES.flatMap((t) => read(builtinOut, t).features.map((f) => [f.id, f] as const)));
    const motorway = byId.get('osm-way-100')!.geometry as { coordinates: [number, number][] };
    expect(motorway.coordinates[0][0]).toBeCloseTo(123.4012345, 6);
    expect(motorway.coordinates[0][1]).toBeCloseTo(41.7512345, 6);
    expect(byId.get('osm-node-300')!.geometry).toEqual({ type: 'Point', coordinates: [123.455679, 41.796789] });
    expect(byId.get('osm-way-110')!.geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [123.4, 41.85],
        [124.35, 43.17],
      ],
    });
    const reservoir = byId.get('osm-relation-200')!.geometry as { type: string; coordinates: [number, number][][] };
    expect(reservoir.type).toBe('Polygon');
    expect(reservoir.coordinates.map((r) => r.length)).toEqual([5, 4]);
    expect(reservoir.coordinates[0][0]).toEqual([124.05, 41.88]);
    expect(byId.get('osm-way-105')!.geometry.type).toBe('Polygon');
  });

  it('keeps every tag as a string attribute', () => {
    const station = read(builtinOut, 'power').features.find((f) => f.id === 'osm-way-104')!;
    expect(station.properties.attributes).toEqual({ name: '沈东线', power: 'line', voltage: '220000;66000' });
  });

  it('writes manifest entries with the extract as an ODbL download, dated by its newest object', () => {
    const m = manifestOf(builtinOut);
    expect(m.datasets.map((d) => d.id)).toEqual(['osm-power', 'osm-roads', 'osm-tourism', 'osm-water']);
    const roads = m.datasets.find((d) => d.id === 'osm-roads')!;
    expect(roads.path).toBe('osm/roads.geojson');
    expect(roads.feature_count).toBe(5);
    expect(roads.sources).toEqual([
      expect.objectContaining({
        kind: 'download',
        name: 'liaoning-fixture.osm',
        version: FIXTURE_NEWEST,
        licence: 'ODbL-1.0',
      }),
    ]);
    expect(roads.sources[0].note).toContain('© OpenStreetMap contributors');
    expect(roads.date).toEqual({
      value: FIXTURE_NEWEST.slice(0, 10),
      kind: 'as-of',
      note: `OpenStreetMap as of at least ${FIXTURE_NEWEST}, the newest object's timestamp in liaoning-fixture.osm (its header has none): the extract may be newer.`,
    });
  });
});

describe.skipIf(!HAS_OSMIUM)('data:osm with osmium', () => {
  it('writes byte-identical datasets from the .osm and the .osm.pbf as the built-in reader, dated by the PBF header', async () => {
    for (const [file, name] of [
      [osmFile, 'osmium-xml'],
      [pbfFile, 'osmium-pbf'],
    ]) {
      const out = join(tmp, name);
      const r = await runTsx('scripts/osm/run.ts', [file, '--out', out]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/16 features in Liaoning, 2 outside left out/);
      for (const t of THEMES)
        expect(readFileSync(join(out, 'osm', `${t}.geojson`), 'utf8'), `${name} ${t}`).toBe(
          readFileSync(join(builtinOut, 'osm', `${t}.geojson`), 'utf8'),
        );
      const source = manifestOf(out).datasets[0].sources;
      expect(source.map((s) => s.name)).toEqual([file.split('/').pop(), 'osmium-tool']);
      if (file === pbfFile) {
        expect(source[0].version).toBe(REPLICATION);
        expect(source[0].note).toContain('replication timestamp in the file header');
        expect(manifestOf(out).datasets[0].date).toEqual({
          value: '2024-05-07',
          kind: 'as-of',
          note: `OpenStreetMap as of ${REPLICATION}, the replication timestamp in the file header of liaoning-fixture.osm.pbf.`,
        });
      } else expect(source[0].version).toBe(FIXTURE_NEWEST);
    }
  }, 120_000);

  it('adds to an existing manifest without touching the other entries, and leaves no staging folder', async () => {
    const out = join(tmp, 'existing');
    mkdirSync(out);
    copyFileSync(join(REPO, 'data/manifest.json'), join(out, 'manifest.json'));
    const before = manifestOf(out);
    const r = await runTsx('scripts/osm/run.ts', [pbfFile, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const after = manifestOf(out);
    expect(after.datasets.filter((d) => !d.id.startsWith('osm-'))).toEqual(
      before.datasets.filter((d) => !d.id.startsWith('osm-')),
    );
    expect(after.datasets.filter((d) => d.id.startsWith('osm-')).map((d) => d.id)).toEqual([
      'osm-power',
      'osm-roads',
      'osm-tourism',
      'osm-water',
    ]);
    expect(readdirSync(out).sort()).toEqual(['manifest.json', 'osm']);
  }, 120_000);
});

describe('data:osm errors', () => {
  it('names a missing file, an unknown format and a reader that cannot read the file', async () => {
    const missing = await runTsx('scripts/osm/run.ts', [join(tmp, 'nope.osm.pbf'), '--out', join(tmp, 'x')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.osm\.pbf: no such file/);
    const wrong = await runTsx('scripts/osm/run.ts', [join(REPO, 'package.json'), '--out', join(tmp, 'x')]);
    expect(wrong.stderr).toMatch(/package\.json: expected an \.osm\.pbf, \.osm, \.osm\.bz2 or \.osm\.gz file/);
    if (HAS_OSMIUM) {
      const builtinPbf = await runTsx('scripts/osm/run.ts', [pbfFile, '--reader', 'builtin', '--out', join(tmp, 'x')]);
      expect(builtinPbf.stderr).toMatch(/built-in reader reads only uncompressed \.osm XML/);
    }
  }, 60_000);
});
