/**
 * The atlas's reading of which county lies in which of the plan's five zones. The plan names the
 * zones but draws no boundary, so the table is derived by a rule, documented in data/README.md:
 *   0. an explicit override (ZONE_OVERRIDES, each with its reason), else
 *   1. a county whose boundary touches the sea (sea-shore.ts, ≥ MIN_SHORE_KM) → 沿海…农业区, else
 *   2. its prefecture's zone (PREFECTURE_ZONES).
 */
import type { Bilingual } from '../../../src/lib/data/schemas/geojson';
import type { Zone } from '../../../src/lib/data/schemas/plan';

/** A county's boundary within this distance of the GSHHG shoreline (or seaward of it) is sea shore. */
export const SHORE_TOLERANCE_M = 1000;
/** A county touches the sea when at least this much of its boundary is sea shore. */
export const MIN_SHORE_KM = 1;
/** The zone of counties that touch the sea. */
export const COAST_ZONE = 'coastal';

/** Rule 2: the zone of a prefecture's inland units, by prefecture name as in data/boundaries. */
export const PREFECTURE_ZONES: Readonly<Record<string, string>> = {
  沈阳市: 'central',
  大连市: 'coastal',
  鞍山市: 'central',
  抚顺市: 'east',
  本溪市: 'east',
  丹东市: 'east',
  锦州市: 'west',
  营口市: 'central',
  阜新市: 'west',
  辽阳市: 'central',
  盘锦市: 'central',
  铁岭市: 'north',
  朝阳市: 'west',
  葫芦岛市: 'west',
};

export interface ZoneOverride {
  /** Full county name as in data/boundaries. */
  county: string;
  zone: string;
  reason: Bilingual;
}

/** Rule 0: counties the prefecture rule would misplace, each with why. */
export const ZONE_OVERRIDES: readonly ZoneOverride[] = [
  {
    county: '康平县',
    zone: 'north',
    reason: {
      zh: '沈阳市最北的县（驻地约北纬42.7°），与铁岭市昌图县、阜新市彰武县接壤，读作辽北',
      en: "Shenyang's northernmost county (seat at about 42.7°N), bordering Changtu (Tieling) and Zhangwu (Fuxin): read as northern Liaoning",
    },
  },
  {
    county: '法库县',
    zone: 'north',
    reason: {
      zh: '沈阳市北部的县（驻地约北纬42.5°），与铁岭市铁岭县、调兵山市、昌图县、开原市接壤，读作辽北',
      en: 'County of northern Shenyang (seat at about 42.5°N), bordering Tieling County, Diaobingshan, Changtu and Kaiyuan (Tieling): read as northern Liaoning',
    },
  },
  {
    county: '岫岩满族自治县',
    zone: 'east',
    reason: {
      zh: '鞍山市最东的县（驻地约东经123.3°），与丹东市凤城市、东港市接壤；规划把鞍山列入“东部山区”（食用菌产业），读作辽东',
      en: "Anshan's easternmost unit (seat at about 123.3°E), bordering Fengcheng and Donggang (Dandong); the plan counts Anshan among the eastern mountain areas (东部山区, edible fungi): read as eastern Liaoning",
    },
  },
];

export interface CountyForZones {
  code: string;
  name_zh: string;
  prefecture_zh: string;
  prefecture_en: string;
}

export interface ZoneAssignmentRow {
  county_code: string;
  zone_id: string;
  rule: 'coast' | 'prefecture' | 'override';
  reason: Bilingual;
}

/**
 * Assign every county to one zone by the rules above, in county-code order. `shoreKm` gives each
 * county's sea-shore length (sea-shore.ts). Throws if a prefecture has no zone, a zone id or an
 * override's county is unknown, or an override changes nothing (it would hide a rule change).
 */
export function assignZones(
  counties: readonly CountyForZones[],
  shoreKm: ReadonlyMap<string, number>,
  zones: readonly Zone[],
): ZoneAssignmentRow[] {
  const zoneById = new Map(zones.map((z) => [z.id, z]));
  const zoneOf = (id: string, what: string) => zoneById.get(id) ?? fail(`${what}: unknown zone "${id}"`);
  for (const [pref, id] of Object.entries(PREFECTURE_ZONES)) zoneOf(id, `PREFECTURE_ZONES.${pref}`);
  zoneOf(COAST_ZONE, 'COAST_ZONE');
  const overrides = new Map<string, ZoneOverride>();
  for (const o of ZONE_OVERRIDES) {
    zoneOf(o.zone, `override ${o.county}`);
    if (counties.filter((c) => c.name_zh === o.county).length !== 1)
      fail(`override ${o.county}: not exactly one county of that name`);
    overrides.set(o.county, o);
  }

  return [...counties]
    .sort((a, b) => (a.code < b.code ? -1 : 1))
    .map((c): ZoneAssignmentRow => {
      const km = shoreKm.get(c.code) ?? fail(`${c.code} ${c.name_zh}: no sea-shore length`);
      const prefZone = PREFECTURE_ZONES[c.prefecture_zh] ?? fail(`${c.prefecture_zh}: no zone in PREFECTURE_ZONES`);
      const ruled: ZoneAssignmentRow =
        km >= MIN_SHORE_KM
          ? {
              county_code: c.code,
              zone_id: COAST_ZONE,
              rule: 'coast',
              reason: {
                zh: `规则1 临海：县界有${km} km位于GSHHG海岸线${SHORE_TOLERANCE_M / 1000} km以内或其海侧`,
                en: `Rule 1, touches the sea: ${km} km of its boundary lies within ${SHORE_TOLERANCE_M / 1000} km of the GSHHG shoreline or seaward of it`,
              },
            }
          : {
              county_code: c.code,
              zone_id: prefZone,
              rule: 'prefecture',
              reason: {
                zh: `规则2 不临海：${c.prefecture_zh}的不临海县区归入${zoneOf(prefZone, c.code).name.zh}`,
                en: `Rule 2, inland: inland units of ${c.prefecture_zh} (${c.prefecture_en}) go to the ${zoneOf(prefZone, c.code).name.en}`,
              },
            };
      const o = overrides.get(c.name_zh);
      if (!o) return ruled;
      if (o.zone === ruled.zone_id) fail(`override ${o.county}: the rules already give zone "${o.zone}"`);
      return {
        county_code: c.code,
        zone_id: o.zone,
        rule: 'override',
        reason: { zh: `例外：${o.reason.zh}`, en: `Override: ${o.reason.en}` },
      };
    });
}

function fail(message: string): never {
  throw new Error(`assignZones: ${message}`);
}
