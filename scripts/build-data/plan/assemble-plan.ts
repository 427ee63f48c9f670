/**
 * Assemble the plan object from the source tables: resolve every place to a code, derive the
 * zh descriptions from the quoted clauses, assign counties to zones, sum the yearly targets.
 * Pure: boundary data and sea-shore lengths come in as arguments.
 */
import type { Industry, Plan, PlaceRef } from '../../../src/lib/data/schemas/plan';
import { citePlan } from './cite';
import { DOCUMENT } from './document';
import { INDUSTRIES, industrySection, type IndustrySource } from './industries';
import { keyProjects } from './key-projects';
import { LINKAGE_MODELS } from './linkage-models';
import {
  ECOMMERCE_COUNTIES,
  ECOMMERCE_QUOTE,
  ECOMMERCE_SECTION,
  KEY_COUNTIES,
  PAIRING_QUOTE,
  PAIRING_SECTION,
  PAIRINGS,
} from './programmes';
import { resolvePlace, type CountyName } from './resolve-place';
import { EXIT_BY_YEAR, EXIT_TOTAL, exitTotalNote, INDUSTRY_TARGETS } from './targets';
import { assignZones, type CountyForZones } from './zone-assignments';
import { ZONES } from './zones';

/** The county properties the plan reads from data/boundaries/counties.geojson. */
export type PlanCounty = CountyName & CountyForZones & { name_en: string };

function buildIndustry(source: IndustrySource, order: number, counties: readonly PlanCounty[]): Industry {
  const prefix = `${source.name.zh}产业:`;
  if (!source.clause.startsWith(prefix))
    throw new Error(`industry ${source.id}: clause should start with "${prefix}", got "${source.clause.slice(0, 12)}"`);
  const section = industrySection(source.name.zh);
  return {
    id: source.id,
    order,
    name: source.name,
    regions_text: source.regions_text,
    description: { zh: source.clause.slice(prefix.length), en: source.description_en },
    groups: source.groups.map((g) => ({
      id: g.id,
      label: g.label,
      places: g.places.map((p) => resolvePlace(p, g.level, counties)),
      citation: citePlan(section, g.quote),
    })),
    citation: citePlan(section, source.clause),
  };
}

/** Full name (zh) and English name of a resolved place, from the boundary data. */
function placeName(place: PlaceRef, counties: readonly PlanCounty[]) {
  const c =
    place.level === 'prefecture'
      ? counties.find((x) => x.prefecture_code === place.code)
      : counties.find((x) => x.code === place.code);
  if (!c) throw new Error(`no boundary unit for ${place.level} ${place.code}`);
  return place.level === 'prefecture' ? { zh: c.prefecture_zh, en: c.prefecture_en } : { zh: c.name_zh, en: c.name_en };
}

/** The whole plan object (not yet validated: the caller validates with planSchema). */
export function assemblePlan(counties: readonly PlanCounty[], shoreKm: ReadonlyMap<string, number>): Plan {
  const byYear = EXIT_BY_YEAR.reduce((s, y) => s + (y.people ?? 0), 0);
  const pairings = PAIRINGS.map((p) => {
    const from = p.from.level === null ? null : resolvePlace(p.from.as_written, p.from.level, counties);
    const name = from ? placeName(from, counties) : p.from.name;
    if (!name) throw new Error(`pairing ${p.id}: an organisation needs its names`);
    return {
      id: p.id,
      from: { name, place: from },
      to: resolvePlace(p.to.as_written, p.to.level, counties),
      status: p.status,
      reading: p.reading,
      citation: citePlan(PAIRING_SECTION, PAIRING_QUOTE),
    };
  });
  return {
    document: DOCUMENT,
    industries: INDUSTRIES.map((s, i) => buildIndustry(s, i + 1, counties)),
    zones: [...ZONES],
    zone_assignments: assignZones(counties, shoreKm, ZONES),
    targets: {
      exit_total: {
        people: EXIT_TOTAL.people,
        by_year: byYear,
        note: exitTotalNote(EXIT_TOTAL.people, byYear),
        citation: EXIT_TOTAL.citation,
      },
      exit_by_year: EXIT_BY_YEAR,
      industry: INDUSTRY_TARGETS,
    },
    key_projects: keyProjects(),
    ecommerce_demo_counties: ECOMMERCE_COUNTIES.map((name) => ({
      place: resolvePlace(name, 'county', counties),
      citation: citePlan(ECOMMERCE_SECTION, ECOMMERCE_QUOTE),
    })),
    pairings,
    linkage_models: LINKAGE_MODELS,
    key_counties: KEY_COUNTIES,
  };
}
