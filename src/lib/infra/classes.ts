import type { Bilingual } from '../data/schemas/geojson';

/**
 * The four infrastructure themes and the classes a planner recognises in each. This is the one
 * list: schemas, import field mapping, OSM tag mapping, styles, legends and downloads read it.
 */
export const INFRA_THEMES = ['roads', 'power', 'water', 'tourism'] as const;
export type InfraTheme = (typeof INFRA_THEMES)[number];

/** How a class is drawn: lines, points, or areas (areas also accept points, e.g. a reservoir's dam). */
export type InfraGeometry = 'line' | 'point' | 'area';

export interface InfraClass {
  id: string;
  theme: InfraTheme;
  label: Bilingual;
  /** Geometry kinds a feature of this class may have; the first is the usual one. */
  geometry: readonly InfraGeometry[];
  /** Drawing order within the theme and emphasis: 1 = most important (thickest line, biggest dot). */
  rank: 1 | 2 | 3 | 4;
}

const c = (
  theme: InfraTheme,
  id: string,
  zh: string,
  en: string,
  geometry: readonly InfraGeometry[],
  rank: InfraClass['rank'],
): InfraClass => ({ id, theme, label: { zh, en }, geometry, rank });

export const INFRA_CLASSES = [
  // Roads by administrative class (China's G/S/X/Y numbering), then rail.
  c('roads', 'expressway', '高速公路', 'Expressway', ['line'], 1),
  c('roads', 'national_road', '国道', 'National road', ['line'], 1),
  c('roads', 'provincial_road', '省道', 'Provincial road', ['line'], 2),
  c('roads', 'county_road', '县道', 'County road', ['line'], 3),
  c('roads', 'rural_road', '乡村道路', 'Rural road', ['line'], 4),
  c('roads', 'railway', '铁路', 'Railway', ['line'], 1),
  c('roads', 'rail_station', '火车站', 'Railway station', ['point'], 2),
  // Power: lines and substations in voltage bands, plants by fuel.
  c('power', 'power_line_500', '500千伏及以上线路', 'Line ≥ 500 kV', ['line'], 1),
  c('power', 'power_line_220', '220–330千伏线路', 'Line 220–330 kV', ['line'], 2),
  c('power', 'power_line_110', '66–110千伏线路', 'Line 66–110 kV', ['line'], 3),
  c('power', 'power_line_35', '35千伏及以下线路', 'Line ≤ 35 kV', ['line'], 4),
  c('power', 'power_line', '输电线路（电压未知）', 'Line (voltage unknown)', ['line'], 4),
  c('power', 'substation_500', '500千伏及以上变电站', 'Substation ≥ 500 kV', ['point', 'area'], 1),
  c('power', 'substation_220', '220–330千伏变电站', 'Substation 220–330 kV', ['point', 'area'], 2),
  c('power', 'substation_110', '66–110千伏变电站', 'Substation 66–110 kV', ['point', 'area'], 3),
  c('power', 'substation_35', '35千伏及以下变电站', 'Substation ≤ 35 kV', ['point', 'area'], 4),
  c('power', 'substation', '变电站（电压未知）', 'Substation (voltage unknown)', ['point', 'area'], 4),
  c('power', 'plant_coal', '燃煤电厂', 'Coal plant', ['point', 'area'], 1),
  c('power', 'plant_gas', '燃气电厂', 'Gas plant', ['point', 'area'], 2),
  c('power', 'plant_oil', '燃油电厂', 'Oil plant', ['point', 'area'], 3),
  c('power', 'plant_nuclear', '核电站', 'Nuclear plant', ['point', 'area'], 1),
  c('power', 'plant_hydro', '水电站', 'Hydro plant', ['point', 'area'], 2),
  c('power', 'plant_wind', '风电场', 'Wind farm', ['point', 'area'], 2),
  c('power', 'plant_solar', '光伏电站', 'Solar plant', ['point', 'area'], 2),
  c('power', 'plant_biomass', '生物质电厂', 'Biomass plant', ['point', 'area'], 3),
  c('power', 'plant_other', '其他电厂', 'Other plant', ['point', 'area'], 3),
  // Water.
  c('water', 'river', '河流', 'River', ['line'], 1),
  c('water', 'canal', '渠道', 'Canal', ['line'], 3),
  c('water', 'reservoir', '水库', 'Reservoir', ['area', 'point'], 1),
  c('water', 'lake', '湖泊', 'Lake', ['area', 'point'], 2),
  c('water', 'water_body', '湖泊或水库', 'Lake or reservoir', ['area'], 2),
  c('water', 'water_works', '水厂', 'Waterworks', ['point', 'area'], 2),
  c('water', 'water_project', '饮水工程', 'Drinking-water project', ['point', 'area'], 3),
  // Tourism and transport gateways.
  c('tourism', 'scenic_5a', '5A级景区', '5A scenic area', ['point', 'area'], 1),
  c('tourism', 'scenic_4a', '4A级景区', '4A scenic area', ['point', 'area'], 2),
  c('tourism', 'scenic_3a', '3A级景区', '3A scenic area', ['point', 'area'], 3),
  c('tourism', 'scenic_spot', '其他景区景点', 'Other scenic spot', ['point', 'area'], 4),
  c('tourism', 'rural_tourism_village', '乡村旅游村', 'Rural-tourism village', ['point', 'area'], 2),
  c('tourism', 'farm_stay', '农家乐', 'Farm stay', ['point', 'area'], 4),
  c('tourism', 'airport', '民用机场', 'Civil airport', ['point', 'area'], 1),
  c('tourism', 'port', '港口', 'Port', ['point', 'area'], 2),
] as const satisfies readonly InfraClass[];

export type InfraClassId = (typeof INFRA_CLASSES)[number]['id'];
export const INFRA_CLASS_IDS = INFRA_CLASSES.map((k) => k.id) as [InfraClassId, ...InfraClassId[]];

export const INFRA_THEME_LABELS: Record<InfraTheme, Bilingual> = {
  roads: { zh: '交通', en: 'Roads and rail' },
  power: { zh: '电力', en: 'Power' },
  water: { zh: '水利', en: 'Water' },
  tourism: { zh: '旅游', en: 'Tourism' },
};

const BY_ID = new Map<string, InfraClass>(INFRA_CLASSES.map((k) => [k.id, k]));

/** The class with this id; throws for an unknown id so typos surface at once. */
export function getInfraClass(id: string): InfraClass {
  const k = BY_ID.get(id);
  if (!k) throw new Error(`unknown infrastructure class "${id}"`);
  return k;
}

export function isInfraClassId(id: unknown): id is InfraClassId {
  return typeof id === 'string' && BY_ID.has(id);
}

/** The classes of one theme, in declaration order. */
export function classesOfTheme(theme: InfraTheme): InfraClass[] {
  return INFRA_CLASSES.filter((k) => k.theme === theme);
}

/** Voltage band suffix of a line or substation class for a voltage in kV (China's standard levels). */
export function voltageBand(kv: number | null | undefined): '500' | '220' | '110' | '35' | '' {
  if (kv === null || kv === undefined || !Number.isFinite(kv) || kv <= 0) return '';
  if (kv >= 500) return '500';
  if (kv >= 220) return '220';
  if (kv >= 66) return '110';
  return '35';
}
