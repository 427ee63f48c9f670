/**
 * Assemble the gazetteer from the current snapshot and the older ones: records with base names,
 * kinds and pinyin, former units merged across vintages, everything sorted by code.
 */
import {
  formerSortKey,
  type FormerUnit,
  type Gazetteer,
  type GazetteerVintage,
} from '../../../src/lib/data/schemas/gazetteer';
import type { DivisionSnapshot } from './gazetteer-sources';
import { changeOf, describeRecord, resolveFormer, type FormerRecord } from './gazetteer-former';
import { countyBaseName, pinyinOf, splitTownName, splitVillageName } from './gazetteer-names';

const byCode = <T extends { code: string }>(a: T, b: T) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

function vintageOf(s: DivisionSnapshot, current: boolean): GazetteerVintage {
  const levels = (['county', 'town', 'village'] as const).filter((l) => l !== 'village' || s.villages !== null);
  const { title, cutoff, published } = s.info;
  return { id: s.vintage, package: s.packageId, nbs_title: title, cutoff, published, levels: [...levels], current };
}

/** One schema record for a resolved former unit (vintages filled in by the caller). */
function toFormerUnit(r: FormerRecord): FormerUnit {
  const common = {
    code: r.unit.code,
    name_zh: r.unit.name,
    vintages: [r.vintage],
    match: r.match,
    change: changeOf(r),
    note: describeRecord(r),
  };
  if (r.level === 'county') {
    const base_name = countyBaseName(r.unit.name);
    return {
      level: 'county',
      ...common,
      base_name,
      pinyin: pinyinOf(base_name),
      successor_code: r.successor?.code ?? null,
      outside_successor_code: r.outside?.code ?? null,
    };
  }
  const shared = { successor_code: r.successor?.code ?? null, outside_successor_code: r.outside?.code ?? null };
  if (r.level === 'town') {
    const { base, kind } = splitTownName(r.unit.name);
    const county_code = r.unit.code.slice(0, 6);
    return { level: 'town', ...common, base_name: base, pinyin: pinyinOf(base), kind, county_code, ...shared };
  }
  const { base, kind } = splitVillageName(r.unit.name);
  const town_code = r.unit.code.slice(0, 9);
  return { level: 'village', ...common, base_name: base, pinyin: pinyinOf(base), kind, town_code, ...shared };
}

/**
 * Former units of all older snapshots, latest first (so an older unit can follow its namesake in
 * a later vintage), merged where the same code + name occurs in several vintages. Throws if one
 * pair resolves to different successors in different vintages.
 */
export function collectFormer(
  current: DivisionSnapshot,
  formers: readonly DivisionSnapshot[],
  scope: readonly string[],
): FormerUnit[] {
  const records: FormerRecord[] = [];
  for (const old of [...formers].sort((a, b) => b.vintage.localeCompare(a.vintage)))
    records.push(...resolveFormer(old, current, scope, records));
  const merged = new Map<string, FormerUnit>();
  for (const r of records) {
    const unit = toFormerUnit(r);
    const key = formerSortKey(unit);
    const seen = merged.get(key);
    if (!seen) merged.set(key, unit);
    else if (seen.successor_code !== unit.successor_code || seen.outside_successor_code !== unit.outside_successor_code)
      throw new Error(
        `${key}: successor ${seen.successor_code} in ${seen.vintages}, ${unit.successor_code} in ${r.vintage}`,
      );
    else seen.vintages = [...new Set([...seen.vintages, r.vintage])].sort();
  }
  return [...merged.values()].sort((a, b) => (formerSortKey(a) < formerSortKey(b) ? -1 : 1));
}

/**
 * The gazetteer of the counties `scope`: counties (English names from `countyEn`, the boundary
 * dataset's), towns and villages of `current`, and former units of `formers`.
 */
export function assembleGazetteer(
  current: DivisionSnapshot,
  formers: readonly DivisionSnapshot[],
  scope: readonly string[],
  countyEn: ReadonlyMap<string, string>,
): Gazetteer {
  if (!current.villages) throw new Error(`the current vintage ${current.vintage} has no villages`);
  const inScope = (code: string) => scope.includes(code.slice(0, 6));
  const counties = current.counties.filter((c) => inScope(c.code)).sort(byCode);
  if (counties.length !== scope.length)
    throw new Error(`expected counties ${scope}, found ${counties.map((c) => c.code)}`);
  return {
    vintages: [vintageOf(current, true), ...formers.map((f) => vintageOf(f, false))].sort(byId),
    counties: counties.map((c) => {
      const name_en = countyEn.get(c.code);
      if (!name_en) throw new Error(`${c.code} ${c.name}: no English name in data/boundaries/counties.geojson`);
      return { code: c.code, name_zh: c.name, name_en, pinyin: pinyinOf(countyBaseName(c.name)) };
    }),
    towns: current.towns
      .filter((t) => inScope(t.code))
      .sort(byCode)
      .map((t) => {
        const { base, kind } = splitTownName(t.name);
        return { code: t.code, name_zh: t.name, base_name: base, pinyin: pinyinOf(base), kind, county_code: t.parent };
      }),
    villages: current.villages
      .filter((v) => inScope(v.code))
      .sort(byCode)
      .map((v) => {
        const { base, kind } = splitVillageName(v.name);
        return { code: v.code, name_zh: v.name, base_name: base, pinyin: pinyinOf(base), kind, town_code: v.parent };
      }),
    former: collectFormer(current, formers, scope),
  };
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
