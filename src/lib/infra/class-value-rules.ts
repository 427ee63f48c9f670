import { HIGHWAY_CLASS } from './osm-tags';
import type { Bilingual } from '../data/schemas/geojson';
import {
  getInfraClass,
  isInfraClassId,
  voltageBand,
  type InfraClassId,
  type InfraGeometry,
  type InfraTheme,
} from './classes';
import type { ClassChoice } from './mapping-types';
import { parseGrade, parseVoltageCellKv } from './parse-infra-values';

/**
 * The value → class rules behind guessMapping: how the words and codes of Chinese GIS tables
 * (道路等级 国道, 电压等级 220千伏, 等级 AAAA …) name the classes of classes.ts. Each rule carries
 * the sentence the planner sees, so every guessed class value can be explained.
 */

/** A class (or `skip`) for a value, and the rule that chose it. */
export interface ValueMatch {
  choice: ClassChoice;
  rule: Bilingual;
}

type Target = ClassChoice | ((geom: InfraGeometry | null, s: string) => ClassChoice | null);
type Rule = [pattern: RegExp, target: Target, rule: Bilingual];

const rule = (pattern: RegExp, target: Target, zh: string, en: string): Rule => [pattern, target, { zh, en }];

/** OSM highway values as a table column (e.g. Geofabrik's `fclass`): as osm-tags, plus tracks, which such tables keep. */
const OSM_ROAD: Record<string, InfraClassId> = { ...HIGHWAY_CLASS, track: 'rural_road' };
const ROAD_LETTER: Record<string, InfraClassId> = {
  G: 'national_road',
  S: 'provincial_road',
  X: 'county_road',
  Y: 'rural_road',
  C: 'rural_road',
  Z: 'rural_road',
};

// Chinese route numbers: G/S + 1–2 or 4 digits are expressways, + 3 digits ordinary national/provincial roads.
const ROADS: Rule[] = [
  rule(
    /^[GS](\d{1,2}|\d{4})(?!\d)/,
    'expressway',
    'G/S 加 1–2 位或 4 位数字是高速公路编号（如 G15、S11）',
    'G/S + 1–2 or 4 digits is an expressway number (G15, S11)',
  ),
  rule(
    /^G\d{3}(?!\d)/,
    'national_road',
    'G 加 3 位数字是普通国道编号（如 G202）',
    'G + 3 digits is a national road number (G202)',
  ),
  rule(
    /^S\d{3}(?!\d)/,
    'provincial_road',
    'S 加 3 位数字是省道编号（如 S201）',
    'S + 3 digits is a provincial road number (S201)',
  ),
  rule(/^X\d/, 'county_road', 'X 开头是县道编号', 'X… is a county road number'),
  rule(
    /^[YCZ]\d/,
    'rural_road',
    'Y/C/Z 开头是乡道、村道、专用公路编号',
    'Y/C/Z… is a township, village or special road number',
  ),
  rule(/^[GSXYCZ]$/, (_g, s) => ROAD_LETTER[s], '行政等级代码 G/S/X/Y/C/Z', 'administrative class code G/S/X/Y/C/Z'),
  rule(/火车站|高铁站|动车站|railway ?station/i, 'rail_station', '含“火车站/高铁站”', 'says railway station'),
  rule(/铁路|高铁|城际|^rail(way)?$|^light_rail$/i, 'railway', '含“铁路”', 'says railway'),
  rule(/高速|expressway|freeway/i, 'expressway', '含“高速”', 'says expressway (高速)'),
  rule(/国道|national/i, 'national_road', '含“国道”', 'says national road (国道)'),
  rule(/省道|provincial/i, 'provincial_road', '含“省道”', 'says provincial road (省道)'),
  rule(/县道|county/i, 'county_road', '含“县道”', 'says county road (县道)'),
  rule(
    /乡道|村道|专用公路|乡村道路|农村公路|township|village/i,
    'rural_road',
    '含“乡道/村道/专用公路”',
    'says township, village or special road',
  ),
  rule(
    /^(motorway|trunk|primary|secondary|tertiary|unclassified|track)(_link)?$/i,
    (_g, s) => OSM_ROAD[s.toLowerCase().replace(/_link$/, '')],
    'OSM 道路类型，按中国行政等级近似对应',
    'OSM road type, matched approximately to the Chinese administrative class',
  ),
];

const POWER: Rule[] = [
  rule(
    /杆塔|铁塔|塔基|^tower$|^pole$|^portal$/i,
    'skip',
    '杆塔不是一类设施，跳过',
    'towers and poles are not a class; skipped',
  ),
  rule(/核电|nuclear/i, 'plant_nuclear', '含“核电”', 'says nuclear'),
  rule(/抽水蓄能|水电|水力发电|hydro/i, 'plant_hydro', '含“水电/抽水蓄能”', 'says hydro (水电)'),
  rule(/风电|风力|风场|^wind$/i, 'plant_wind', '含“风电”', 'says wind (风电)'),
  rule(/光伏|太阳能|光热|solar|photovoltaic/i, 'plant_solar', '含“光伏/太阳能”', 'says solar (光伏)'),
  rule(
    /生物质|垃圾发电|垃圾焚烧|秸秆|沼气|biomass|waste/i,
    'plant_biomass',
    '含“生物质/垃圾发电”',
    'says biomass or waste',
  ),
  rule(/燃气|天然气|^gas$/i, 'plant_gas', '含“燃气”', 'says gas (燃气)'),
  rule(/燃油|柴油|^oil$|diesel/i, 'plant_oil', '含“燃油”', 'says oil (燃油)'),
  rule(/火电|燃煤|煤电|热电|^coal$/i, 'plant_coal', '含“火电/燃煤/热电”', 'says coal or thermal (火电)'),
  rule(
    /变电|换流|开关站|升压站|substation/i,
    (_g, s) => banded('substation', s),
    '含“变电站/换流站”，按所写电压分档',
    'says substation; banded by the voltage it names',
  ),
  rule(
    /\d/,
    (g, s) => voltageClass(g, s),
    '读作电压：线状要素为线路，点/面要素为变电站',
    'read as a voltage: lines become power lines, points and areas substations',
  ),
  rule(
    /电厂|电站|发电|^plant$|generator/i,
    'plant_other',
    '含“电厂/电站”，未写燃料',
    'says power plant, no fuel given',
  ),
  rule(/线路|输电|^line$|^minor_line$|^cable$/i, 'power_line', '含“线路”，未写电压', 'says line, no voltage given'),
];

/** `power_line_220`, `substation_110` … from a voltage in the text; the generic class without one. */
function banded(base: 'power_line' | 'substation', s: string): InfraClassId {
  const kv = parseVoltageCellKv(s);
  const band = kv.ok ? voltageBand(kv.value) : '';
  const id = band ? `${base}_${band}` : base;
  return isInfraClassId(id) ? id : base;
}

function voltageClass(geom: InfraGeometry | null, s: string): InfraClassId | null {
  const kv = parseVoltageCellKv(s);
  // Bare 1–5 are category codes (1 = 500 kV …) far more often than kilovolts.
  if (!kv.ok || kv.value === null || (/^\d$/.test(s) && kv.value < 6)) return null;
  const station = /站|所|station/i.test(s) || (geom !== null && geom !== 'line' && !/线/.test(s));
  return banded(station ? 'substation' : 'power_line', s);
}

const WATER: Rule[] = [
  rule(
    /水库|reservoir|^[大中小][(（]?[一二12]?[)）]?型$/i,
    'reservoir',
    '含“水库”或水库规模（大/中/小型）',
    'says reservoir, or a reservoir size (大/中/小型)',
  ),
  rule(
    /饮水|供水工程|供水站|集中供水|水源井|drinking/i,
    'water_project',
    '含“饮水工程/供水工程”',
    'says drinking- or supply-water project',
  ),
  rule(/(?<!污)水厂|自来水|净水|waterworks|water_works/i, 'water_works', '含“水厂”', 'says waterworks (水厂)'),
  rule(/湖|泡子|lake/i, 'lake', '含“湖/泡子”', 'says lake (湖)'),
  rule(/渠|canal|ditch|drain/i, 'canal', '含“渠”', 'says canal (渠)'),
  rule(
    /河|江|溪|沟|river|stream/i,
    (g) => (g === 'area' ? 'water_body' : 'river'),
    '含“河/江/溪”：线为河流，面为水面',
    'says river: lines are rivers, areas water surfaces',
  ),
  rule(/水面|水域|坑塘|池塘|^water$|^pond$|^basin$/i, 'water_body', '含“水面/水域/坑塘”', 'says water surface'),
];

const GRADE_CLASS: Record<number, InfraClassId> = {
  5: 'scenic_5a',
  4: 'scenic_4a',
  3: 'scenic_3a',
  2: 'scenic_spot',
  1: 'scenic_spot',
};

const TOURISM: Rule[] = [
  rule(
    /./,
    (_g, s) => GRADE_CLASS[parseGrade(s) ?? 0] ?? null,
    '读作 A 级（5A、AAAA、国家3A级…）；1A、2A 归入其他景区',
    'read as an A grade (5A, AAAA, 国家3A级 …); 1A and 2A are other scenic spots',
  ),
  rule(
    /乡村旅游|旅游村|旅游重点村|旅游名村/,
    'rural_tourism_village',
    '含“乡村旅游/旅游村”',
    'says rural-tourism village',
  ),
  rule(
    /农家乐|农家院|渔家乐|牧家乐|民宿|farm ?stay|agritourism|guest_house/i,
    'farm_stay',
    '含“农家乐/农家院/民宿”',
    'says farm stay (农家乐)',
  ),
  rule(/机场|airport|aerodrome/i, 'airport', '含“机场”', 'says airport (机场)'),
  rule(
    /港口|码头|渔港|客运港|^港$|harbou?r|^port$|pier|ferry_terminal/i,
    'port',
    '含“港口/码头”',
    'says port or pier (港口/码头)',
  ),
  rule(
    /景区|景点|风景|名胜|公园|旅游|度假|博物馆|遗址|古迹|attraction|scenic|viewpoint|museum|theme_park|zoo/i,
    'scenic_spot',
    '含“景区/景点/公园/旅游”，无 A 级',
    'says scenic area, park or attraction, no A grade',
  ),
];

const RULES: Record<InfraTheme, Rule[]> = { roads: ROADS, power: POWER, water: WATER, tourism: TOURISM };

/**
 * The class a table value names in a theme, or null when no rule knows it. `geom` is the usual
 * geometry of the rows holding the value: it decides line or substation for a voltage, river or
 * water surface for 河.
 */
export function classifyValue(text: string, theme: InfraTheme, geom: InfraGeometry | null): ValueMatch | null {
  const s = text.normalize('NFKC').trim();
  if (!s) return null;
  for (const [pattern, target, why] of RULES[theme]) {
    if (!pattern.test(s)) continue;
    const choice = typeof target === 'function' ? target(geom, s) : target;
    if (choice) return { choice, rule: why };
  }
  return null;
}

/** True when a class may be drawn with this geometry (classes.ts `geometry`). */
export function classFitsGeometry(id: InfraClassId, kind: InfraGeometry): boolean {
  return (getInfraClass(id).geometry as readonly InfraGeometry[]).includes(kind);
}
