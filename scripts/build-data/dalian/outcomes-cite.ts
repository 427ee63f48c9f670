/**
 * Building blocks of the Dalian outcome tables: the two seeds, their section markers (each part
 * copied from the seed, joined by ` › `), the units, and `figure()`, which fixes the key order so
 * the written JSON is stable.
 */
import type { Bilingual } from '../../../src/lib/data/schemas/geojson';
import type { Citation } from '../../../src/lib/data/schemas/plan';
import type { DalianFigure } from '../../../src/lib/data/schemas/dalian-outcomes';

/** Dalian report of 6 Jan 2021: the 128 low-income villages exited (English machine translation). */
export const REPORT_SEED = '004_9b14d3b26f805d22.txt' as const;
/** Dalian General Office, implementation opinions on farmers' income, 25 Jul 2018 (English). */
export const OPINIONS_SEED = '000_caf38b5fb39de743.txt' as const;

/** Joins the parts of a section marker; every part occurs verbatim in the seed. */
export const SECTION_SEPARATOR = ' › ';

/** The report's paragraph leads, as printed (they stand for the original's sub-headings). */
export const REPORT_SECTIONS = {
  exited: '128 low-income villages have all withdrawn from hat removal.',
  industry: 'Industrial development is the key.',
  parties: 'All parties are working together to tackle the problem.',
  guarantees: 'Two without Worries and Three Guarantees" Weaves People\'s "Happiness Net',
  attainment: 'The sense of attainment and happiness of the peasant masses are continuously increasing.',
} as const;

/** A citation of the report (seed 004); `parts` are the section marker's parts, outermost first. */
export function citeReport(parts: string[], quote: string): Citation {
  return { file: REPORT_SEED, section: parts.join(SECTION_SEPARATOR), quote };
}

/** A citation of the 2018 opinions (seed 000). */
export function citeOpinions(parts: string[], quote: string): Citation {
  return { file: OPINIONS_SEED, section: parts.join(SECTION_SEPARATOR), quote };
}

/** Units, base (yuan, not million yuan); zh measure words are this atlas's. */
export const UNIT = {
  yuan: { zh: '元', en: 'yuan' },
  yuanPerPersonYear: { zh: '元/人·年', en: 'yuan per person a year' },
  yuanPerPersonMonth: { zh: '元/人·月', en: 'yuan per person a month' },
  villages: { zh: '个', en: 'villages' },
  towns: { zh: '个', en: 'towns' },
  countyUnits: { zh: '个', en: 'county-level units' },
  projects: { zh: '个', en: 'projects' },
  sheds: { zh: '个', en: 'sheds' },
  mu: { zh: '亩', en: 'mu' },
  households: { zh: '户', en: 'households' },
  people: { zh: '人', en: 'people' },
  cadres: { zh: '名', en: 'cadres' },
  cleaners: { zh: '名', en: 'cleaners' },
  entrepreneurs: { zh: '名', en: 'entrepreneurs' },
  units: { zh: '个', en: 'units' },
  greenhouses: { zh: '个', en: 'greenhouses' },
  plans: { zh: '个', en: 'plans' },
  cooperatives: { zh: '个', en: 'cooperatives' },
  enterprises: { zh: '家', en: 'enterprises' },
  km: { zh: '公里', en: 'km' },
  m2: { zh: '平方米', en: 'm²' },
  transformers: { zh: '台', en: 'transformers' },
  mva: { zh: '兆伏安', en: 'MVA' },
  stationAreas: { zh: '个', en: 'station areas' },
  percent: { zh: '%', en: '%' },
  buildings: { zh: '处', en: 'buildings' },
  bins: { zh: '个', en: 'bins' },
  pools: { zh: '个', en: 'pools' },
  houses: { zh: '个', en: 'houses' },
  vehicles: { zh: '辆', en: 'vehicles' },
  stations: { zh: '座', en: 'stations' },
  toilets: { zh: '座', en: 'toilets' },
  years: { zh: '年', en: 'years' },
  visitors: { zh: '人次', en: 'visitors' },
  areas: { zh: '个', en: 'areas' },
} as const satisfies Record<string, Bilingual>;

type FigureInput = Omit<DalianFigure, 'group' | 'kind' | 'qualifier' | 'period' | 'counted' | 'note'> &
  Partial<Pick<DalianFigure, 'group' | 'kind' | 'qualifier' | 'counted' | 'note'>> & {
    /** `[from, to, basis]`, or a single year `[year, basis]`; omit when no time is stated or implied. */
    period?: [number, number, 'quote' | 'context'] | [number, 'quote' | 'context'];
  };

/** A figure record with defaults (reported, exact, no group) and the schema's key order. */
export function figure(input: FigureInput): DalianFigure {
  const p = input.period;
  const period = !p
    ? null
    : p.length === 3
      ? { from: p[0], to: p[1], basis: p[2] }
      : { from: p[0], to: p[0], basis: p[1] };
  return {
    id: input.id,
    topic: input.topic,
    group: input.group ?? null,
    kind: input.kind ?? 'reported',
    label: input.label,
    value: input.value,
    unit: { zh: input.unit.zh, en: input.unit.en },
    qualifier: input.qualifier ?? 'exact',
    period,
    counted: input.counted ?? null,
    note: input.note ?? null,
    citation: input.citation,
  };
}

/** The report covers 2016–2020 ("Since 2016 … By 2020"); its "past five years" are these. */
export const REPORT_YEARS = [2016, 2020] as const;
