/** Manifest metadata of data/dalian/outcomes.json. */
import type { DataSource } from '../../../src/lib/data/schemas/manifest';
import type { DatasetMeta } from '../lib/write-dataset';
import { checkSeedSays, isoFromWritten, seedDate } from '../lib/dataset-date';
import { OPINIONS_SEED, REPORT_SEED } from './outcomes-cite';
import { DOCUMENTS } from './outcomes-topics';

/** The dates as the seeds print them: the report's time stamp under its title, the opinions' signature date. */
const REPORT_DATE_AS_WRITTEN = '2021-01-06 17:54';
const OPINIONS_DATE_AS_WRITTEN = 'July 25, 2018';

/**
 * The report's publication date, with the opinions' date in the note; both are checked against the
 * seeds and against the dates data/dalian/outcomes.json gives its documents.
 */
function outcomesDate(): DatasetMeta['date'] {
  const documentDate = (file: string) => DOCUMENTS.find((d) => d.file === file)?.date;
  const date = seedDate(
    REPORT_SEED,
    REPORT_DATE_AS_WRITTEN,
    'published',
    'Published: the Dalian report the outcome figures come from is dated',
    ` Its figures describe 2016–2020. The 2018 targets and processing areas come from the implementation opinions dated "${OPINIONS_DATE_AS_WRITTEN}" (seed ${OPINIONS_SEED}).`,
  );
  checkSeedSays(OPINIONS_SEED, OPINIONS_DATE_AS_WRITTEN);
  if (
    date.value !== documentDate(REPORT_SEED) ||
    isoFromWritten(OPINIONS_DATE_AS_WRITTEN) !== documentDate(OPINIONS_SEED)
  )
    throw new Error('dalian-outcomes: the seed dates and documents[].date disagree');
  return date;
}

/** Metadata for data/dalian/outcomes.json. */
export function outcomesMeta(ctx: { figureCount: number; citationCount: number }): DatasetMeta {
  const seeds: DataSource[] = [
    {
      kind: 'seed',
      name: REPORT_SEED,
      version: '2021-01-06; English machine translation',
      licence: 'government document (public)',
      files: [REPORT_SEED],
      note: 'Dalian report: all 128 low-income villages exited; every outcome figure, quoted.',
    },
    {
      kind: 'seed',
      name: OPINIONS_SEED,
      version: '2018-07-25; English machine translation',
      licence: 'government document (public)',
      files: [OPINIONS_SEED],
      note: "Dalian implementation opinions on farmers' income: processing areas and 2018/2020 targets, quoted.",
    },
  ];
  return {
    id: 'dalian-outcomes',
    path: 'dalian/outcomes.json',
    title: { zh: '大连市低收入村脱贫成效（引文数据）', en: "Dalian's 128 low-income villages: outcomes (cited)" },
    description: {
      zh: '大连市128个低收入村退出的成效数字（资金、产业、帮扶、驻村干部、基础设施、住房、村容环境、社会保障）和2018年实施意见的加工集聚区与2020年目标。每个数字附原文（英文机器翻译）引用。',
      en: "Figures of Dalian's 128 low-income villages exiting poverty (funds, industry, aid units, cadres, infrastructure, housing, sanitation, social security), and the 2018 opinions' processing areas and 2020 targets. Every figure cites the seed's words (English machine translation).",
    },
    sources: seeds,
    date: outcomesDate(),
    crs: 'EPSG:4326',
    conversion:
      'none: no coordinates. The county codes of two agglomeration areas (庄河市, 旅顺口区) are looked up by name in data/boundaries/counties.geojson (see its manifest entry for its sources).',
    accuracy:
      `${ctx.figureCount} figures and ${ctx.citationCount} citations, each quote checked byte for byte against its seed at build time and in CI, and each value (with "more than", "about", "nearly") checked to be stated in its own quote. ` +
      'The seeds are English machine translations: labels and Chinese names are this atlas\'s; where the translation is doubtful (e.g. "each designated aid unit", "e-commerce visits"), the figure\'s note says how it is read. ' +
      'Values are in base units (yuan, m²). Periods marked "context" come from the surrounding paragraph or the report\'s scope (2016–2020), not from the quote.',
  };
}
