import { cleanCode, cleanName, normaliseTownName, normaliseVillageName, villageSuffixKind } from './normalise-name';

/**
 * The gazetteer as the matcher needs it. Deliberately minimal, so the matcher does not depend on
 * the exact shape of `data/dalian/gazetteer.json`: anything with these fields will do.
 */
export interface GazetteerTownLike {
  /** 9-digit NBS code. */
  code: string;
  name_zh: string;
  /** 6-digit county code; derived from the code when absent. */
  county_code?: string;
}
export interface GazetteerVillageLike {
  /** 12-digit NBS code. */
  code: string;
  name_zh: string;
  /** 9-digit town code; derived from the code when absent. */
  town_code?: string;
}
/** A historical (e.g. pre-2016) town or village name or code and the unit that succeeded it. */
export interface GazetteerFormerLike {
  code?: string | null;
  name_zh: string;
  successor_code?: string | null;
  town_code?: string | null;
  county_code?: string | null;
}
export interface GazetteerLike {
  towns: readonly GazetteerTownLike[];
  villages: readonly GazetteerVillageLike[];
  former?: readonly GazetteerFormerLike[];
}

/** A town of the three counties with its normalised core (`青堆` for `青堆镇`). */
export interface IndexedTown {
  code: string;
  name_zh: string;
  county_code: string;
  core: string;
}
/** A village of the three counties with its core and kind (村 / 社区) read from its suffix. */
export interface IndexedVillage {
  code: string;
  name_zh: string;
  town_code: string;
  county_code: string;
  core: string;
  kind: 'village' | 'community' | null;
}
/** A former name or code with the current unit it resolves to. */
export interface FormerEntry<T> {
  code: string | null;
  name_zh: string;
  core: string;
  successor: T;
}

/** The gazetteer indexed for matching; build once with prepareGazetteer and reuse. */
export interface PreparedGazetteer {
  readonly prepared: true;
  villages: IndexedVillage[];
  villageByCode: Map<string, IndexedVillage>;
  villagesByCore: Map<string, IndexedVillage[]>;
  townByCode: Map<string, IndexedTown>;
  townsByCore: Map<string, IndexedTown[]>;
  formerVillageByCode: Map<string, FormerEntry<IndexedVillage>>;
  formerVillagesByCore: Map<string, FormerEntry<IndexedVillage>[]>;
  formerTownByCode: Map<string, FormerEntry<IndexedTown>>;
  formerTownsByCore: Map<string, FormerEntry<IndexedTown>[]>;
  /** Former names per successor code, to accept a former name written beside a current code. */
  formerCoresByCode: Map<string, string[]>;
  /** Town names as written in full (`青堆镇`, `青堆`), cleaned, longest first: for address splitting. */
  townPrefixes: { text: string; town: IndexedTown }[];
}

/** The three county-level units of the designation, with the names lists use for them. */
export const DALIAN_COUNTIES = [
  // 普兰店市 (210282) became 普兰店区 (210214) in 2015.
  { code: '210214', name_zh: '普兰店区', names: ['普兰店区', '普兰店市', '普兰店'], former_codes: ['210282'] },
  { code: '210281', name_zh: '瓦房店市', names: ['瓦房店市', '瓦房店'], former_codes: [] },
  { code: '210283', name_zh: '庄河市', names: ['庄河市', '庄河'], former_codes: [] },
] as const;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Indexes a gazetteer for matchVillageRows: villages and towns of the three designated counties by
 * code and by normalised core; former names and codes by the same keys, pointing at their
 * successors (entries whose successor is not in the gazetteer are skipped). Throws on a gazetteer
 * without towns or villages.
 */
export function prepareGazetteer(gazetteer: GazetteerLike | PreparedGazetteer): PreparedGazetteer {
  if ('prepared' in gazetteer) return gazetteer;
  if (!Array.isArray(gazetteer?.towns) || !Array.isArray(gazetteer?.villages))
    throw new TypeError('prepareGazetteer: expected { towns: [], villages: [] }');
  const counties = new Set<string>(DALIAN_COUNTIES.map((c) => c.code));
  const g: PreparedGazetteer = {
    prepared: true,
    villages: [],
    villageByCode: new Map(),
    villagesByCore: new Map(),
    townByCode: new Map(),
    townsByCore: new Map(),
    formerVillageByCode: new Map(),
    formerVillagesByCore: new Map(),
    formerTownByCode: new Map(),
    formerTownsByCore: new Map(),
    formerCoresByCode: new Map(),
    townPrefixes: [],
  };
  for (const t of gazetteer.towns) {
    const county_code = t.county_code ?? t.code.slice(0, 6);
    if (!counties.has(county_code)) continue;
    const town: IndexedTown = {
      code: t.code,
      name_zh: t.name_zh,
      county_code,
      core: normaliseTownName(t.name_zh).core,
    };
    g.townByCode.set(town.code, town);
    push(g.townsByCore, town.core, town);
    for (const text of new Set([cleanName(t.name_zh), town.core])) g.townPrefixes.push({ text, town });
  }
  for (const v of gazetteer.villages) {
    const town_code = v.town_code ?? v.code.slice(0, 9);
    const county_code = town_code.slice(0, 6);
    if (!counties.has(county_code)) continue;
    const { core, suffix } = normaliseVillageName(v.name_zh);
    const village: IndexedVillage = { code: v.code, name_zh: v.name_zh, town_code, county_code, core, kind: null };
    village.kind = villageSuffixKind(suffix);
    g.villages.push(village);
    g.villageByCode.set(village.code, village);
    push(g.villagesByCore, core, village);
  }
  for (const f of gazetteer.former ?? []) addFormer(g, f);
  g.townPrefixes.sort((a, b) => b.text.length - a.text.length);
  return g;
}

function addFormer(g: PreparedGazetteer, f: GazetteerFormerLike): void {
  const successor = f.successor_code ? cleanCode(f.successor_code) : '';
  const code = f.code ? cleanCode(f.code) : null;
  const village = g.villageByCode.get(successor);
  const town = g.townByCode.get(successor);
  if (village && (!code || code.length === 12)) {
    const core = normaliseVillageName(f.name_zh).core;
    const entry = { code, name_zh: f.name_zh, core, successor: village };
    if (code) g.formerVillageByCode.set(code, entry);
    push(g.formerVillagesByCore, core, entry);
    push(g.formerCoresByCode, village.code, core);
  } else if (town && (!code || code.length === 9)) {
    const entry = { code, name_zh: f.name_zh, core: normaliseTownName(f.name_zh).core, successor: town };
    if (code) g.formerTownByCode.set(code, entry);
    push(g.formerTownsByCore, entry.core, entry);
  }
}

/** The designated county a text names (`庄河`, `普兰店市`, `210283`, `大连市瓦房店市`), or null. */
export function resolveCounty(text: string): { code: string; name_zh: string } | null {
  const clean = cleanName(text).replace(/^(辽宁省?)?(大连市?)?/, '');
  const code = cleanCode(text);
  for (const c of DALIAN_COUNTIES) {
    if (c.code === code || (c.former_codes as readonly string[]).includes(code)) return c;
    if ((c.names as readonly string[]).includes(clean)) return c;
  }
  return null;
}

/** Strips a leading `辽宁省大连市`, county name and town name off a cell like `庄河市青堆镇石河村`. */
export function splitAddress(
  text: string,
  g: PreparedGazetteer,
): { county: string | null; town: IndexedTown | null; rest: string } {
  let rest = cleanName(text).replace(/^(辽宁省?)?(大连市)?/, '');
  let county: string | null = null;
  for (const c of DALIAN_COUNTIES)
    for (const name of c.names)
      if (!county && name.length > 2 && rest.startsWith(name) && rest.length > name.length) {
        county = c.code;
        rest = rest.slice(name.length);
      }
  let town: IndexedTown | null = null;
  for (const p of g.townPrefixes) {
    // A bare core (`青堆石河村`) is accepted only with a county before it, where it cannot be a village name.
    const full = p.text !== p.town.core;
    if ((full || county) && rest.startsWith(p.text) && rest.length > p.text.length) {
      if (county && p.town.county_code !== county) continue;
      town = p.town;
      rest = rest.slice(p.text.length);
      break;
    }
  }
  return { county, town, rest };
}

/** Towns a text names, how they were found (`former` when through a historical name or code). */
export interface ResolvedTowns {
  towns: IndexedTown[];
  via: 'code' | 'name' | 'former code' | 'former name';
  /** The former name that was resolved, when `via` is former. */
  former_name?: string;
}

/**
 * The towns a text names: a 9-digit code, a current name (`青堆镇`, `青堆`, `青堆镇人民政府`), or a
 * former code or name; restricted to `county` when given. Several towns when the name repeats
 * (`新华街道` is in 瓦房店市 and 庄河市); null when nothing fits.
 */
export function resolveTown(text: string, g: PreparedGazetteer, county: string | null): ResolvedTowns | null {
  const split = splitAddress(text, g);
  const within = county ?? split.county;
  const inCounty = (t: IndexedTown) => !within || t.county_code === within;
  const code = cleanCode(text);
  if (/^\d{9}$/.test(code)) {
    const town = g.townByCode.get(code);
    if (town) return { towns: [town], via: 'code' };
    const former = g.formerTownByCode.get(code);
    if (former) return { towns: [former.successor], via: 'former code', former_name: former.name_zh };
  }
  const core = normaliseTownName(split.county ? split.rest : text).core;
  const current = (g.townsByCore.get(core) ?? []).filter(inCounty);
  if (current.length) return { towns: current, via: 'name' };
  const former = (g.formerTownsByCore.get(core) ?? []).filter((f) => inCounty(f.successor));
  if (former.length)
    return {
      towns: [...new Set(former.map((f) => f.successor))],
      via: 'former name',
      former_name: former[0].name_zh,
    };
  return null;
}
