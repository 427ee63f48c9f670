/** Manifest entries (titles, sources, accuracy) and pinned versions for the basemap datasets. */
import type { DatasetMeta } from '../lib/write-dataset';
import type { DataSource } from '../../../src/lib/data/schemas/manifest';
import { gshhgDate } from '../lib/dataset-date';
import { GSHHG_FILES } from './gmt-coast';

/**
 * Upstream versions written to the manifest. Pinned rather than read at build time so the manifest
 * stays byte-identical; the build fails if the installed packages differ (see assertGmtInstalled).
 */
export const PINNED_VERSIONS = { 'gmt-gshhg-full': '2.3.7', gmt: '6.4.0' } as const;

/** A dataset drawn from GSHHG, before its date is read (at build time, from the installed package's README). */
export type GshhgMeta = Omit<DatasetMeta, 'date'>;

/** `meta` with the GSHHG release date; `lead` names what was taken from GSHHG ("Land from"). */
export function withGshhgDate(meta: GshhgMeta, lead: string): DatasetMeta {
  return { ...meta, date: gshhgDate(PINNED_VERSIONS['gmt-gshhg-full'], lead) };
}

/** Simplification interval in metres: below what a province view at zoom ≤ 12 can show. */
export const SIMPLIFY_INTERVAL_M = 50;
/** Islands and lakes smaller than this (km²) are dropped: ~140 m square, a speck at the zooms the atlas uses. */
export const MIN_ISLAND_KM2 = 0.02;

const gmtSource: DataSource = {
  kind: 'debian',
  name: 'gmt',
  version: PINNED_VERSIONS.gmt,
  licence: 'LGPL-3+',
  files: ['/usr/bin/gmt'],
  note: '`gmt coast -Df -M` dumps the binned GSHHG data clipped to the map frame (src/lib/map/frame.ts).',
};

function gshhgSource(files: string[], note: string): DataSource {
  return {
    kind: 'debian',
    name: 'gmt-gshhg-full',
    version: PINNED_VERSIONS['gmt-gshhg-full'],
    licence: 'LGPL-3+',
    files,
    note,
  };
}

const FRAME_ZH = '地图框（东经116.5°–127.5°，北纬37°–45°）';
const FRAME_EN = 'the map frame (116.5–127.5°E, 37–45°N)';
const SIMPLIFIED = `simplified with mapshaper (weighted Visvalingam, ${SIMPLIFY_INTERVAL_M} m interval, every shape kept); coordinates rounded to 6 decimals.`;

export const LAND_META: GshhgMeta = {
  id: 'basemap-land',
  path: 'basemap/land.geojson',
  title: { zh: '陆地（底图）', en: 'Land (basemap)' },
  description: {
    zh: `${FRAME_ZH}内的陆地面：GSHHG 全分辨率一级海岸线（陆地/海洋）沿图框闭合而成，含海岛，已简化，供离线底图使用。`,
    en: `Land inside ${FRAME_EN}: GSHHG full-resolution level-1 (land/sea) shorelines closed along the frame, with islands, simplified for the offline basemap.`,
  },
  sources: [gshhgSource([GSHHG_FILES.shore], 'Level-1 shorelines (land/sea), full resolution.'), gmtSource],
  crs: 'EPSG:4326',
  conversion: 'none (GSHHG is WGS84)',
  accuracy:
    'GSHHG full-resolution shorelines come from the World Vector Shoreline (1:250,000 charts, compiled decades ago). ' +
    'Measured when built against the province coastline in data/boundaries: ' +
    'of points every 1 km along it within 5 km of this coast, 41 % are within 300 m, median 460 m, 90th percentile 2.0 km, ' +
    'with no systematic shift. The large differences are land reclaimed since (Yingkou Bayuquan, Changxing Island, Jinzhou Bay, ' +
    'Huludao, mostly since the 2000s) and aquaculture ponds on tidal flats, which GSHHG leaves in the sea, so recent coastal ' +
    `sites can fall in the sea. Lines ${SIMPLIFIED} Islands under ${MIN_ISLAND_KM2} km² dropped. ` +
    'Straight edges at the frame are cuts, not coastline. Lakes are a separate dataset, not holes.',
};

export const LAKES_META: GshhgMeta = {
  id: 'basemap-lakes',
  path: 'basemap/lakes.geojson',
  title: { zh: '湖泊与水库（底图）', en: 'Lakes and reservoirs (basemap)' },
  description: {
    zh: `${FRAME_ZH}内的湖泊与水库面：GSHHG 二级岸线（湖岸，含大伙房、清河、水丰水库），三级岸线（湖中岛）作为洞。`,
    en: `Lakes and reservoirs inside ${FRAME_EN}: GSHHG level-2 (lake) shorelines, among them the Dahuofang, Qinghe and Shuifeng reservoirs, with level-3 islands in lakes as holes.`,
  },
  sources: [
    gshhgSource([GSHHG_FILES.shore], 'Levels 2 (lakes, river-lakes) and 3 (islands in lakes), full resolution.'),
    gmtSource,
  ],
  crs: 'EPSG:4326',
  conversion: 'none (GSHHG is WGS84)',
  accuracy:
    `GSHHG full-resolution lake shores (from WDBII, coarser than the sea coast); ${SIMPLIFIED} Lakes under ${MIN_ISLAND_KM2} km² dropped. ` +
    'Very incomplete: only the largest lakes and reservoirs are in GSHHG; many reservoirs (e.g. Biliuhe, Tanghe, Shenwo) are missing, and shores follow one water level.',
};

export const BORDERS_META: GshhgMeta = {
  id: 'basemap-borders',
  path: 'basemap/borders.geojson',
  title: { zh: '国界（底图）', en: 'National borders (basemap)' },
  description: {
    zh: `${FRAME_ZH}内的国界线（中朝边界沿鸭绿江，以及朝鲜半岛军事分界线），来自 GSHHG 附带的 WDBII 边界数据，仅作底图示意。`,
    en: `National borders inside ${FRAME_EN} (China–DPRK along the Yalu, and the Korean demarcation line), from the WDBII borders bundled with GSHHG; for basemap display only.`,
  },
  sources: [gshhgSource([GSHHG_FILES.border], 'Level-1 (national) borders from WDBII, full resolution.'), gmtSource],
  crs: 'EPSG:4326',
  conversion: 'none (GSHHG is WGS84)',
  accuracy:
    'WDBII borders are coarse: along the Yalu they lie a median 0.7 km (90th percentile 1.5 km) from the province boundary in data/boundaries, ' +
    `and follow the river only roughly. ${SIMPLIFIED} A ~350 m gap in the source near Dandong is bridged with a straight segment; ` +
    'short WDBII lines at sea off the Korean west coast are left out. Not an authoritative boundary: for display at province scale only.',
};
