import type { Bilingual } from '../data/schemas/geojson';
import {
  prepareGazetteer,
  resolveCounty,
  resolveTown,
  splitAddress,
  type GazetteerLike,
  type IndexedTown,
  type IndexedVillage,
  type PreparedGazetteer,
} from './gazetteer-index';
import { markDuplicates } from './match-duplicates';
import type { MatchFlag, MatchResult, MatchVia, VillageCandidate, VillageRowInput } from './match-types';
import {
  bracketedAsides,
  cleanCode,
  normaliseTownName,
  normaliseVillageName,
  villageSuffixKind,
} from './normalise-name';
import { suggestVillages } from './suggest-villages';

export { summariseMatches, REPORTED_TOTALS } from './summarise-matches';

/** What a row says about where to look, gathered before the name is looked up. */
interface Scope {
  county: string | null;
  towns: IndexedTown[] | null;
  notes: Bilingual[];
  flags: MatchFlag[];
}

/**
 * Matches the rows of a loaded village list to the gazetteer. Rules, in order: a 12-digit code that
 * is in the gazetteer wins (its name is checked against the row's, a mismatch is flagged); a former
 * code resolves to its successor; otherwise the name's normalised core is looked up, restricted to
 * the row's town and county when given (towns by current or former name or code), then among former
 * names, then in bracketed asides. One candidate → `matched`; several → `ambiguous` (with their
 * towns); none → `unmatched` with up to 5 suggestions. Rows naming the same village are flagged
 * `duplicate` on every occurrence. Pure; results are in the rows' order and carry their `row`.
 */
export function matchVillageRows(
  rows: readonly VillageRowInput[],
  gazetteer: GazetteerLike | PreparedGazetteer,
): MatchResult[] {
  if (!Array.isArray(rows)) throw new TypeError('matchVillageRows: rows must be an array');
  const g = prepareGazetteer(gazetteer);
  const results = rows.map((row, i) => {
    if (!row || typeof row.name !== 'string' || !Number.isInteger(row.row))
      throw new TypeError(`matchVillageRows: rows[${i}] needs a string name and an integer row`);
    return matchRow(row, g);
  });
  markDuplicates(results);
  return results;
}

function townName(g: PreparedGazetteer, code: string): string {
  return g.townByCode.get(code)?.name_zh ?? code;
}

function candidate(g: PreparedGazetteer, v: IndexedVillage, via: MatchVia, former?: string): VillageCandidate {
  const c: VillageCandidate = {
    code: v.code,
    name_zh: v.name_zh,
    town_code: v.town_code,
    town_name: townName(g, v.town_code),
    county_code: v.county_code,
    via,
  };
  if (former) c.former = former;
  return c;
}

function readScope(row: VillageRowInput, g: PreparedGazetteer): Scope {
  const scope: Scope = { county: null, towns: null, notes: [], flags: [] };
  const countyText = row.county?.trim();
  if (countyText) {
    const county = resolveCounty(countyText);
    if (county) scope.county = county.code;
    else {
      scope.flags.push('county-not-found');
      scope.notes.push({
        zh: `县（市、区）“${countyText}”不是普兰店区、瓦房店市或庄河市，已忽略`,
        en: `county "${countyText}" is not 普兰店区, 瓦房店市 or 庄河市; ignored`,
      });
    }
  }
  const townText = row.town?.trim();
  if (townText) {
    const towns = resolveTown(townText, g, scope.county);
    if (towns) {
      scope.towns = towns.towns;
      if (towns.via.startsWith('former')) {
        scope.flags.push('former');
        const now = towns.towns.map((t) => t.name_zh).join('、');
        scope.notes.push({
          zh: `乡镇“${townText}”为旧称，现为${now}`,
          en: `town "${townText}" is a former name or code, now ${now}`,
        });
      }
    } else {
      scope.flags.push('town-not-found');
      scope.notes.push({
        zh: `未找到乡镇“${townText}”，已在${scope.county ? '该县（市、区）' : '三个县（市、区）'}内查找`,
        en: `town "${townText}" not found; searched the ${scope.county ? 'whole county' : 'three counties'} instead`,
      });
    }
  }
  return scope;
}

function matchRow(row: VillageRowInput, g: PreparedGazetteer): MatchResult {
  const scope = readScope(row, g);
  const byCode = row.code?.trim() ? matchCode(row, g, scope) : null;
  if (byCode) return byCode;
  const name = row.name.trim();
  // A name cell may carry the county and town in front (`庄河市青堆镇石河村`).
  let { core, suffix } = normaliseVillageName(name);
  if (!g.villagesByCore.has(core)) {
    const split = splitAddress(name, g);
    if (split.town || split.county) {
      scope.flags.push('address-split');
      ({ core, suffix } = normaliseVillageName(split.rest));
      scope.county ??= split.county ?? split.town?.county_code ?? null;
      if (split.town && !scope.towns) scope.towns = [split.town];
    }
  }
  const base = baseOf(row, core, scope);
  if (!core)
    return { ...base, status: 'unmatched', suggestions: [], reason: { zh: '名称为空', en: 'the name is empty' } };
  const inScope = (v: IndexedVillage) =>
    (!scope.towns || scope.towns.some((t) => t.code === v.town_code)) &&
    (!scope.county || v.county_code === scope.county);
  // Current names first, then former names; then the same for names noted in brackets.
  const lookup = (key: string, within: (v: IndexedVillage) => boolean) => {
    const current = (g.villagesByCore.get(key) ?? []).filter(within).map((v) => candidate(g, v, 'name'));
    if (current.length) return current;
    return (g.formerVillagesByCore.get(key) ?? [])
      .filter((f) => within(f.successor))
      .map((f) => candidate(g, f.successor, 'former name', f.name_zh));
  };
  const search = (within: (v: IndexedVillage) => boolean) => {
    let found = lookup(core, within);
    for (const aside of bracketedAsides(name))
      if (!found.length) found = lookup(normaliseVillageName(aside).core, within);
    return found;
  };
  let found = search(inScope);
  if (!found.length && row.scope_inferred && (scope.towns || scope.county)) {
    found = search(() => true);
    if (found.length) {
      const was = scope.towns?.map((t) => t.name_zh).join('、') ?? scope.county ?? '';
      scope.flags.push('scope-dropped');
      scope.notes.push({
        zh: `本行未写乡镇，沿用上一行的“${was}”，但其中没有此村，已在全部范围内查找`,
        en: `the town was carried down from the row above ("${was}") and has no such village; searched everywhere`,
      });
      scope.towns = null;
      scope.county = null;
      base.town_key = null;
      base.county_code = null;
    }
  }
  found = [...new Map(found.map((c) => [c.code, c])).values()];
  if (found.length > 1) found = tiebreakBySuffix(found, suffix, g, scope);
  if (found.length === 1) return matched(base, found[0], g, scope);
  if (found.length > 1) return ambiguous(base, found, scope);
  return unmatched(base, core, g, scope, inScope);
}

function baseOf(row: VillageRowInput, core: string, scope: Scope) {
  const towns = scope.towns;
  return {
    row: row.row,
    input: row,
    core,
    notes: scope.notes,
    flags: scope.flags,
    duplicate_of: [],
    town_key:
      towns && towns.length === 1
        ? towns[0].code
        : row.town?.trim()
          ? `written:${normaliseTownName(row.town).core}`
          : null,
    county_code: scope.county,
  };
}

/** Between same-named villages, prefer the one whose kind (村 / 社区) the row's suffix says. */
function tiebreakBySuffix(
  found: VillageCandidate[],
  suffix: string,
  g: PreparedGazetteer,
  scope: Scope,
): VillageCandidate[] {
  const kind = villageSuffixKind(suffix);
  if (!kind) return found;
  const same = found.filter((c) => g.villageByCode.get(c.code)?.kind === kind);
  // Several of the written kind: keep all (Pulandian's 村 became 社区 after 2016), those first.
  if (same.length !== 1) return [...same, ...found.filter((c) => !same.includes(c))];
  scope.flags.push('suffix-tiebreak');
  scope.notes.push({
    zh: `同名的有${found.length}处，按“${suffix}”取${same[0].name_zh}`,
    en: `${found.length} places share the name; "${suffix}" picks ${same[0].name_zh}`,
  });
  return same;
}

type Base = ReturnType<typeof baseOf>;

function matched(base: Base, c: VillageCandidate, g: PreparedGazetteer, scope: Scope): MatchResult {
  const how: Record<MatchVia, Bilingual> = {
    code: { zh: `按代码匹配为${c.name_zh}`, en: `matched by code to ${c.name_zh}` },
    name: { zh: `按名称匹配为${c.town_name}${c.name_zh}`, en: `matched by name to ${c.name_zh}, ${c.town_name}` },
    'former code': {
      zh: `旧代码${c.former}，现为${c.town_name}${c.name_zh}（${c.code}）`,
      en: `former code ${c.former}, now ${c.name_zh}, ${c.town_name} (${c.code})`,
    },
    'former name': {
      zh: `旧称“${c.former}”，现为${c.town_name}${c.name_zh}`,
      en: `former name "${c.former}", now ${c.name_zh}, ${c.town_name}`,
    },
  };
  if (c.via.startsWith('former') && !scope.flags.includes('former')) scope.flags.push('former');
  return {
    ...base,
    town_key: c.town_code,
    county_code: c.county_code,
    status: 'matched',
    candidate: c,
    reason: how[c.via],
  };
}

function ambiguous(base: Base, found: VillageCandidate[], scope: Scope): MatchResult {
  const list = found.map((c) => `${c.town_name}${c.name_zh}`).join('、');
  const listEn = found.map((c) => `${c.name_zh} (${c.town_name})`).join(', ');
  const why = scope.towns
    ? { zh: '所给乡镇内仍有重名', en: 'even within the given town' }
    : { zh: '名单未写乡镇', en: 'the list gives no town' };
  const towns = new Set(found.map((c) => c.town_code));
  return {
    ...base,
    town_key: towns.size === 1 ? found[0].town_code : base.town_key,
    county_code: new Set(found.map((c) => c.county_code)).size === 1 ? found[0].county_code : base.county_code,
    status: 'ambiguous',
    candidates: found,
    reason: {
      zh: `有${found.length}个同名村（${why.zh}）：${list}`,
      en: `${found.length} villages have this name (${why.en}): ${listEn}`,
    },
  };
}

function unmatched(
  base: Base,
  core: string,
  g: PreparedGazetteer,
  scope: Scope,
  inScope: (v: IndexedVillage) => boolean,
): MatchResult {
  const suggestions = suggestVillages(core, g, inScope, (v, via, former) => candidate(g, v, via, former));
  const elsewhere = suggestions.filter((s) => s.why === 'same name in another town');
  const where = scope.towns?.map((t) => t.name_zh).join('、') ?? '';
  const reason: Bilingual = elsewhere.length
    ? {
        zh: `${where}没有“${core}”，其他乡镇有：${elsewhere.map((s) => s.town_name).join('、')}`,
        en: `no "${core}" in ${where || 'the given county'}; found in ${elsewhere.map((s) => s.town_name).join(', ')}`,
      }
    : {
        zh: `地名录中没有“${core}”${suggestions.length ? '，请从相近的名称中选择' : ''}`,
        en: `"${core}" is not in the gazetteer${suggestions.length ? '; similar names are suggested' : ''}`,
      };
  return { ...base, status: 'unmatched', suggestions, reason };
}

/** A 12-digit code in the gazetteer (current or former) decides; its name is checked. */
function matchCode(row: VillageRowInput, g: PreparedGazetteer, scope: Scope): MatchResult | null {
  const code = cleanCode(row.code!);
  const name = row.name.trim();
  const core = normaliseVillageName(name).core;
  let found: VillageCandidate | null = null;
  const current = g.villageByCode.get(code);
  const former = current ? undefined : g.formerVillageByCode.get(code);
  if (current) found = candidate(g, current, 'code');
  else if (former) found = candidate(g, former.successor, 'former code', code);
  if (!found) {
    if (/^\d{9}$/.test(code) && !scope.towns && g.townByCode.has(code)) scope.towns = [g.townByCode.get(code)!];
    else {
      scope.flags.push('code-not-found');
      scope.notes.push({
        zh: `代码${code}不在地名录中，改按名称匹配`,
        en: `code ${code} is not in the gazetteer; matched by name instead`,
      });
    }
    return null;
  }
  const village = g.villageByCode.get(found.code)!;
  const names = [village.core, former?.core, ...(g.formerCoresByCode.get(village.code) ?? [])];
  const split = normaliseVillageName(splitAddress(name, g).rest).core;
  if (core && !names.includes(core) && !names.includes(split)) {
    scope.flags.push('code-name-mismatch');
    scope.notes.push({
      zh: `代码${code}是${found.town_name}${found.name_zh}，但名单写作“${name}”`,
      en: `code ${code} is ${found.name_zh} (${found.town_name}), but the list says "${name}"`,
    });
  }
  if (scope.towns && !scope.towns.some((t) => t.code === found.town_code)) {
    scope.flags.push('town-mismatch');
    scope.notes.push({
      zh: `代码${code}属于${found.town_name}，但名单写作“${row.town}”`,
      en: `code ${code} is in ${found.town_name}, but the list says "${row.town}"`,
    });
  }
  return matched(baseOf(row, core, scope), found, g, scope);
}
