import { getInfraClass, voltageBand, type InfraClassId, type InfraTheme } from './classes';

/**
 * OpenStreetMap tags → infrastructure class, shared by the `data:osm` pipeline and the in-app
 * Overpass loader. Pure: no Node or browser APIs. Every value comes from a tag; what the tags do
 * not say stays null. The decisions (which tags count, which are left out) are listed in
 * docs/infrastructure-data.md.
 */

/** How an OSM object is drawn: a node, an open (or linear) way, or a closed way / multipolygon. */
export type OsmGeometryKind = 'point' | 'line' | 'area';

/** What {@link classifyOsmTags} finds in one object's tags. */
export interface OsmClassification {
  theme: InfraTheme;
  class: InfraClassId;
  name: string | null;
  ref: string | null;
  voltage_kv: number | null;
  capacity_mw: number | null;
  grade: number | null;
}

type Found = Partial<Omit<OsmClassification, 'theme' | 'class'>> & { class: InfraClassId };

/** highway=* values kept, and their class when no Chinese route number says otherwise. */
export const HIGHWAY_CLASS: Readonly<Record<string, InfraClassId>> = {
  motorway: 'expressway',
  trunk: 'national_road',
  primary: 'provincial_road',
  secondary: 'county_road',
  tertiary: 'rural_road',
  unclassified: 'rural_road',
};

/** China's route numbering (GB/T 917): 国道 G, 省道 S, 县道 X, 乡道 Y, 村道 C; strongest first. */
const REF_CLASSES: readonly [RegExp, InfraClassId][] = [
  [/^G\d+$/, 'national_road'],
  [/^S\d+$/, 'provincial_road'],
  [/^X\d+$/, 'county_road'],
  [/^[YC]\d+$/, 'rural_road'],
];

/** Rail service tracks (yards, sidings) are left out: they are many, short and not lines a planner draws. */
const RAIL_SERVICE_SKIPPED = new Set(['yard', 'siding', 'spur', 'crossover']);
const URBAN_STATION = new Set(['subway', 'light_rail', 'monorail', 'tram', 'funicular']);

/** plant:source / generator:source → plant class suffix. Waste-to-energy counts as biomass, as in China's statistics. */
const PLANT_SOURCE: Record<string, string> = {
  coal: 'coal',
  lignite: 'coal',
  gas: 'gas',
  oil: 'oil',
  diesel: 'oil',
  nuclear: 'nuclear',
  hydro: 'hydro',
  wind: 'wind',
  solar: 'solar',
  biomass: 'biomass',
  biogas: 'biomass',
  biofuel: 'biomass',
  waste: 'biomass',
};

const FARM_STAY_NAME = /农家乐|农家院|渔家乐/;
const SCENIC_TOURISM = new Set(['attraction', 'theme_park', 'zoo']);
const GRADE_CLASS: Record<number, InfraClassId> = { 5: 'scenic_5a', 4: 'scenic_4a', 3: 'scenic_3a' };

const text = (v: string | undefined): string | null => (v === undefined || v.trim() === '' ? null : v);
const isYes = (v: string | undefined): boolean => v !== undefined && v !== 'no' && v !== 'false' && v !== '0';

/**
 * The infrastructure class of an OSM object from its tags and geometry kind, with its name
 * (`name:zh`, else `name`, as tagged), ref, voltage (kV, the highest of `220000;66000`), capacity
 * (MW, from `plant:output:electricity`) and scenic grade; null if the object is none of the classes
 * or its geometry does not fit the class (a highway node, a river polygon).
 */
export function classifyOsmTags(tags: Record<string, string>, geometry: OsmGeometryKind): OsmClassification | null {
  const found =
    classifyRoad(tags, geometry) ??
    classifyRail(tags) ??
    classifyPower(tags, geometry) ??
    classifyWater(tags) ??
    classifyTourism(tags);
  if (!found) return null;
  const k = getInfraClass(found.class);
  // Point classes mapped as areas (a station building, a substation fence) keep their outline.
  const fits =
    geometry === 'area' ? k.geometry.includes('area') || k.geometry.includes('point') : k.geometry.includes(geometry);
  if (!fits) return null;
  return {
    theme: k.theme,
    class: found.class,
    name: text(tags['name:zh']) ?? text(tags.name),
    ref: found.ref !== undefined ? found.ref : text(tags.ref),
    voltage_kv: found.voltage_kv ?? null,
    capacity_mw: found.capacity_mw ?? null,
    grade: found.grade ?? null,
  };
}

/** Class given by a Chinese route number; `G15;G1501` or `S201;X023` give the strongest of their parts. */
export function classFromChineseRef(ref: string | undefined): InfraClassId | null {
  if (!ref) return null;
  const parts = ref.split(/[;,]/).map((s) => s.replace(/\s+/g, '').toUpperCase());
  for (const [pattern, cls] of REF_CLASSES) if (parts.some((p) => pattern.test(p))) return cls;
  return null;
}

function classifyRoad(tags: Record<string, string>, geometry: OsmGeometryKind): Found | null {
  if (!tags.highway || geometry !== 'line') return null;
  const base = tags.highway.replace(/_link$/, '');
  const byTag = HIGHWAY_CLASS[base];
  if (!byTag) return null;
  if (byTag === 'expressway') return { class: 'expressway' };
  return { class: classFromChineseRef(tags.ref) ?? byTag };
}

function classifyRail(tags: Record<string, string>): Found | null {
  const r = tags.railway;
  if (r === 'rail' || r === 'narrow_gauge') {
    if (RAIL_SERVICE_SKIPPED.has(tags.service ?? '') || isYes(tags.disused) || isYes(tags.abandoned)) return null;
    return { class: 'railway' };
  }
  const station = r === 'station' || r === 'halt' || (tags.public_transport === 'station' && tags.train === 'yes');
  if (!station || URBAN_STATION.has(tags.station ?? '') || tags.subway === 'yes' || tags.light_rail === 'yes')
    return null;
  if (tags.train === 'no') return null;
  return { class: 'rail_station' };
}

function classifyPower(tags: Record<string, string>, geometry: OsmGeometryKind): Found | null {
  const p = tags.power;
  if (p === 'line' || p === 'minor_line' || p === 'cable') {
    const kv = parseVoltageKv(tags.voltage);
    const band = voltageBand(kv);
    return { class: (band ? `power_line_${band}` : 'power_line') as InfraClassId, voltage_kv: kv };
  }
  if (p === 'substation') {
    const kv = parseVoltageKv(tags.voltage);
    const band = voltageBand(kv);
    return { class: (band ? `substation_${band}` : 'substation') as InfraClassId, voltage_kv: kv };
  }
  if (p === 'plant') {
    return { class: plantClass(tags['plant:source']), capacity_mw: parseCapacityMw(tags['plant:output:electricity']) };
  }
  if (p === 'generator') {
    // A solar or wind farm mapped as one generator outline, not a plant: only areas, not on roofs,
    // and only named or of farm size (≥ 1 MW), so panel rows and single turbines stay out.
    const source = tags['generator:source'];
    if (geometry !== 'area' || (source !== 'solar' && source !== 'wind') || tags.location === 'roof') return null;
    const mw = parseCapacityMw(tags['generator:output:electricity']);
    if (!text(tags.name) && !text(tags['name:zh']) && !(mw !== null && mw >= 1)) return null;
    return { class: plantClass(source), capacity_mw: mw };
  }
  return null;
}

function plantClass(source: string | undefined): InfraClassId {
  // `coal;gas`: the first source listed is taken as the main one.
  const first = (source ?? '').split(';')[0].trim().toLowerCase();
  return `plant_${PLANT_SOURCE[first] ?? 'other'}` as InfraClassId;
}

function classifyWater(tags: Record<string, string>): Found | null {
  if (tags.waterway === 'river') return { class: 'river' };
  if (tags.waterway === 'canal') return { class: 'canal' };
  if (tags.landuse === 'reservoir') return { class: 'reservoir' };
  if (tags.natural === 'water') {
    if (tags.water === 'reservoir') return { class: 'reservoir' };
    if (tags.water === 'lake' || tags.water === 'oxbow') return { class: 'lake' };
    // Untyped water: named ones are lakes or reservoirs; unnamed ones are mostly fish ponds.
    if (tags.water === undefined && (text(tags.name) || text(tags['name:zh']))) return { class: 'water_body' };
    return null;
  }
  if (tags.man_made === 'water_works') return { class: 'water_works' };
  return null;
}

function classifyTourism(tags: Record<string, string>): Found | null {
  const t = tags.tourism ?? '';
  const tagGrade = parseGrade(tags['tourism:grade']);
  if (SCENIC_TOURISM.has(t) || tagGrade !== null) {
    const names = `${tags['name:zh'] ?? ''} ${tags.name ?? ''}`;
    const grade = tagGrade ?? (SCENIC_TOURISM.has(t) ? parseGrade(tags.grade) : null) ?? gradeFromName(names);
    return { class: (grade !== null && GRADE_CLASS[grade]) || 'scenic_spot', grade };
  }
  if (t === 'guest_house' || t === 'chalet') {
    const farm =
      ['farmstay', 'farm', 'agritourism'].includes(tags.guest_house ?? '') ||
      tags.agritourism === 'yes' ||
      tags.farm === 'yes' ||
      FARM_STAY_NAME.test(`${tags['name:zh'] ?? ''} ${tags.name ?? ''}`);
    return farm ? { class: 'farm_stay' } : null;
  }
  if (tags.aeroway === 'aerodrome') {
    const military =
      isYes(tags.military) ||
      tags.landuse === 'military' ||
      /military/i.test(`${tags['aerodrome:type'] ?? ''} ${tags.aerodrome ?? ''}`);
    if (military) return null;
    return { class: 'airport', ref: text(tags.iata) ?? text(tags.icao) ?? text(tags.ref) };
  }
  const port =
    tags.harbour === 'yes' ||
    tags.industrial === 'port' ||
    tags.landuse === 'harbour' ||
    tags.landuse === 'port' ||
    tags['seamark:type'] === 'harbour';
  return port ? { class: 'port' } : null;
}

/** Highest voltage in kV of an OSM `voltage` value (volts, `;`-separated; `220 kV` is read as written). */
export function parseVoltageKv(value: string | undefined): number | null {
  if (!value) return null;
  let best: number | null = null;
  for (const part of value.split(';')) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(kv|v)?\s*$/i.exec(part);
    if (!m) continue;
    const kv = m[2]?.toLowerCase() === 'kv' ? Number(m[1]) : Number(m[1]) / 1000;
    if (kv > 0 && (best === null || kv > best)) best = kv;
  }
  return best === null ? null : Math.round(best * 1000) / 1000;
}

const POWER_UNIT: Record<string, number> = { w: 1e-6, kw: 1e-3, mw: 1, gw: 1000 };

/** Capacity in MW of `600 MW`, `1.2 GW`, `500 kW`, `50 MWp`; null without a unit or for several values. */
export function parseCapacityMw(value: string | undefined): number | null {
  const m = value ? /^\s*(\d+(?:\.\d+)?)\s*([kmg]?w)p?\s*$/i.exec(value) : null;
  if (!m) return null;
  return Math.round(Number(m[1]) * POWER_UNIT[m[2].toLowerCase()] * 1000) / 1000;
}

/** Scenic grade 1–5 of a tag value: `5A`, `AAAAA`, `5`, `5A级`, `AAAAA级`; null otherwise. */
export function parseGrade(value: string | undefined): number | null {
  if (!value) return null;
  const v = value.trim().toUpperCase();
  const m = /^([1-5])\s*A?(?:级)?$/.exec(v) ?? /^(A{1,5})(?:级)?$/.exec(v);
  if (!m) return null;
  return m[1].startsWith('A') ? m[1].length : Number(m[1]);
}

/** Grade stated in a name: `国家5A级旅游景区`, `4A级景区`, `AAAA级`; the 级 is required. */
export function gradeFromName(name: string): number | null {
  const m = /([1-5])\s*A\s*级/i.exec(name) ?? /(?<![A-Z])(A{3,5})\s*级/i.exec(name);
  if (!m) return null;
  return /^\d$/.test(m[1]) ? Number(m[1]) : m[1].length;
}
