/**
 * Former units: every county, town or village of an older vintage whose code + name pair is not in
 * the current one, tied to its current successor by stated rules (see resolveFormer). Pure: the
 * snapshots come in, records go out; names and pinyin are added by toFormerUnits.
 */
import type { FormerUnit } from '../../../src/lib/data/schemas/gazetteer';
import type { DivisionSnapshot, DivisionUnit } from './gazetteer-sources';
import { countyBaseName, splitTownName, splitVillageName } from './gazetteer-names';

export type Level = FormerUnit['level'];

/** A former unit before naming: the old unit, where it went and by which rule. */
export interface FormerRecord {
  level: Level;
  vintage: string;
  unit: DivisionUnit;
  successor: DivisionUnit | null;
  /** A current unit of the same name outside the gazetteer's counties (when successor is null). */
  outside: DivisionUnit | null;
  match: FormerUnit['match'];
  /** How the successor was found, or why none was, in English. */
  how: string;
  /** For `via_later_vintage`: the later record followed. */
  via?: FormerRecord;
}

const baseOf = (level: Level, name: string): string =>
  level === 'county' ? countyBaseName(name) : level === 'town' ? splitTownName(name).base : splitVillageName(name).base;
const countyOf = (code: string): string => code.slice(0, 6);
const label = (u: DivisionUnit) => `${u.code} ${u.name}`;

/** The one candidate, or the one whose code starts with `prefer` (the successor of the old parent). */
function pickOne(cands: DivisionUnit[], prefer?: string): { unit: DivisionUnit; narrowed: boolean } | null {
  if (cands.length === 1) return { unit: cands[0], narrowed: false };
  const narrowed = prefer ? cands.filter((c) => c.code.startsWith(prefer)) : [];
  return narrowed.length === 1 ? { unit: narrowed[0], narrowed: true } : null;
}

/**
 * Resolve the units of `old` against `current` (both Dalian-wide) for the counties `scope`.
 * Rules, in order, per unit whose code + name is not current:
 * 1. `code`: the current unit with the same code (renamed);
 * 2. `name`: the one current unit with the identical name in the successor county (for villages, if
 *    several, the one in the successor of the old town);
 * 3. `base_name`: the same, comparing names without their kind suffix (双塔镇 ~ 双塔街道);
 * 4. `children` (towns): all the town's villages in that vintage have successors in one town;
 * 5. `via_later_vintage`: a unit of the identical name in the successor county in a later vintage
 *    (`later`, already resolved) has a successor;
 * 6. otherwise none; a current unit of the identical name elsewhere in Dalian is given as `outside`.
 * The successor county of an old county is the same code, else the current county of the same
 * base name (普兰店市 210282 → 普兰店区 210214). Only units of old counties whose successor is in
 * `scope` are considered. A successor outside `scope` becomes `outside`.
 */
export function resolveFormer(
  old: DivisionSnapshot,
  current: DivisionSnapshot,
  scope: readonly string[],
  later: readonly FormerRecord[] = [],
): FormerRecord[] {
  const curVillages = current.villages ?? [];
  const lists: Record<Level, DivisionUnit[]> = { county: current.counties, town: current.towns, village: curVillages };
  const keys = new Set([...current.counties, ...current.towns, ...curVillages].map((u) => `${u.code}|${u.name}`));
  const byCode = new Map([...current.counties, ...current.towns, ...curVillages].map((u) => [u.code, u]));
  const countyName = (code: string) => byCode.get(code)?.name ?? '?';
  const inScope = (u: DivisionUnit) => scope.includes(countyOf(u.code));
  const records: FormerRecord[] = [];
  const succOfCounty = new Map<string, string>();
  const succOfTown = new Map<string, string>();

  const direct = (level: Level, u: DivisionUnit, prefer?: string): FormerRecord | null => {
    const rec = (successor: DivisionUnit, match: FormerRecord['match'], how: string): FormerRecord =>
      inScope(successor)
        ? { level, vintage: old.vintage, unit: u, successor, outside: null, match, how }
        : { level, vintage: old.vintage, unit: u, successor: null, outside: successor, match: 'none', how };
    const same = byCode.get(u.code);
    if (same && same.code.length === u.code.length)
      return rec(same, 'code', `same code, renamed ${u.name} → ${same.name}`);
    const county = level === 'county' ? null : (succOfCounty.get(countyOf(u.code)) ?? null);
    const where = county ? `${county} ${countyName(county)}` : 'Dalian';
    const pool = lists[level].filter((c) => !county || c.code.startsWith(county));
    const byName = pickOne(
      pool.filter((c) => c.name === u.name),
      prefer,
    );
    if (byName)
      return rec(byName.unit, 'name', `identical name in ${where}${byName.narrowed ? ' and its old town' : ''}`);
    const base = baseOf(level, u.name);
    const byBase = pickOne(
      pool.filter((c) => baseOf(level, c.name) === base),
      prefer,
    );
    if (byBase)
      return rec(
        byBase.unit,
        'base_name',
        `same base name ${base} in ${where}${byBase.narrowed ? ' and its old town' : ''}`,
      );
    return null;
  };

  const fallback = (level: Level, u: DivisionUnit): FormerRecord => {
    const county = succOfCounty.get(countyOf(u.code)) ?? '';
    const namesakes = later.filter(
      (r) => r.level === level && r.unit.name === u.name && r.unit.code.startsWith(county) && r.successor,
    );
    if (namesakes.length === 1) {
      const via = namesakes[0];
      const how = `through the ${via.vintage} unit ${label(via.unit)} (${via.match}: ${via.how})`;
      const match = 'via_later_vintage';
      return { level, vintage: old.vintage, unit: u, successor: via.successor, outside: null, match, how, via };
    }
    const base = baseOf(level, u.name);
    const elsewhere = lists[level].filter((c) => c.name === u.name && !c.code.startsWith(county));
    const outside = elsewhere.length === 1 ? elsewhere[0] : null;
    let how = `no current unit with this code, name or base name ${base} in ${county} ${countyName(county)}`;
    if (outside) {
      const c = countyOf(outside.code);
      how += `; current ${label(outside)} in ${c} ${countyName(c)} has the identical name, outside this gazetteer`;
    }
    return { level, vintage: old.vintage, unit: u, successor: null, outside, match: 'none', how };
  };

  for (const c of old.counties) {
    if (keys.has(`${c.code}|${c.name}`)) {
      succOfCounty.set(c.code, c.code);
      continue;
    }
    const r = direct('county', c) ?? fallback('county', c);
    const to = r.successor ?? r.outside;
    if (to) succOfCounty.set(c.code, to.code);
    // Changed counties elsewhere in Dalian are not this gazetteer's business.
    if (r.successor) records.push(r);
  }
  const oldScope = new Set([...succOfCounty].filter(([, to]) => scope.includes(to)).map(([from]) => from));
  const isOldInScope = (u: DivisionUnit) => oldScope.has(u.code.slice(0, 6));

  const pendingTowns: DivisionUnit[] = [];
  for (const t of old.towns.filter(isOldInScope)) {
    if (keys.has(`${t.code}|${t.name}`)) succOfTown.set(t.code, t.code);
    else {
      const r = direct('town', t);
      if (r?.successor) succOfTown.set(t.code, r.successor.code);
      if (r) records.push(r);
      else pendingTowns.push(t);
    }
  }
  const villageSucc = new Map<string, string | null>();
  for (const v of (old.villages ?? []).filter(isOldInScope)) {
    if (keys.has(`${v.code}|${v.name}`)) {
      villageSucc.set(v.code, v.code);
      continue;
    }
    const r = direct('village', v, succOfTown.get(v.parent)) ?? fallback('village', v);
    villageSucc.set(v.code, r.successor?.code ?? null);
    records.push(r);
  }
  for (const t of pendingTowns) {
    const kids = (old.villages ?? []).filter((v) => v.parent === t.code).map((v) => villageSucc.get(v.code) ?? null);
    const towns = new Set(kids.map((k) => k?.slice(0, 9) ?? null));
    const only = towns.size === 1 ? [...towns][0] : null;
    const to = only ? byCode.get(only) : undefined;
    if (to && inScope(to)) {
      const how = `all ${kids.length} of its villages in ${old.vintage} have successors in this town`;
      records.push({
        level: 'town',
        vintage: old.vintage,
        unit: t,
        successor: to,
        outside: null,
        match: 'children',
        how,
      });
    } else records.push(fallback('town', t));
  }
  return records;
}

/** The note of a record: its successor and the rule, or why there is none. */
export function describeRecord(r: FormerRecord): string {
  return r.successor ? `→ ${label(r.successor)}: ${r.how}.` : `No successor in the gazetteer: ${r.how}.`;
}

/**
 * What happened to the unit: `merged` (rule `children`, or followed to a merge), `moved` / `unresolved`
 * (no successor, with or without a namesake elsewhere in Dalian), else by comparing code and name with
 * the successor's: `renamed` (same code), `recoded` (same name), `recoded_renamed`.
 */
export function changeOf(r: FormerRecord): FormerUnit['change'] {
  if (!r.successor) return r.outside ? 'moved' : 'unresolved';
  if (r.match === 'children' || (r.via && changeOf(r.via) === 'merged')) return 'merged';
  if (r.successor.code === r.unit.code) return 'renamed';
  return r.successor.name === r.unit.name ? 'recoded' : 'recoded_renamed';
}
