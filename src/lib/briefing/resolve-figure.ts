import type { Bilingual } from '../data/schemas/geojson';
import type { DalianOutcomes, FigureQualifier } from '../data/schemas/dalian-outcomes';
import type { Plan } from '../data/schemas/plan';
import type { CountDataset, FigureRef } from './scene-schema';

/** A KPI's number, ready for a tile, with the text that says where it comes from. */
export interface ResolvedFigure {
  value: number;
  unit: Bilingual;
  qualifier?: FigureQualifier;
  /** `year`: show without digit grouping (2035). */
  format: 'number' | 'year';
  /** The figure's own label, if the data has one (Dalian figures, counts). */
  label?: Bilingual;
  /** Names the data file and the section of the seed the number comes from. */
  source: Bilingual;
}

export interface FigureContext {
  plan: Plan;
  outcomes: DalianOutcomes;
  counts: Record<CountDataset, number>;
  /** Path of the ref in the deck, for messages (default `figure`). */
  at?: string;
  /** Id of the scene the ref is in, for messages. */
  scene?: string;
}

/** A ref that cannot be resolved: `field` is the ref's key at fault (`id`, `path` …). */
export class FigureError extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
    at = 'figure',
    scene?: string,
  ) {
    super(`${at}.${field}: ${reason}${scene ? ` (scene "${scene}")` : ''}`);
    this.name = 'FigureError';
  }
}

const PLAN_FILE = 'data/plan/plan.json';
const DALIAN_FILE = 'data/dalian/outcomes.json';

interface CountSpec {
  of: (plan: Plan) => number;
  label: Bilingual;
  unit: Bilingual;
  /** What is counted, in words, for the source line. */
  what: Bilingual;
}
const nameOf = (zh: string, en: string): Bilingual => ({ zh, en });

const COUNTS: Record<CountDataset, CountSpec> = {
  'plan-industries': {
    of: (p) => p.industries.length,
    label: nameOf('特色产业', 'Characteristic industries'),
    unit: nameOf('项', 'industries'),
    what: nameOf('industries（二、(一)产业布局）', 'industries (二、(一)产业布局)'),
  },
  'plan-industry-counties': {
    of: (p) =>
      new Set(
        p.industries
          .flatMap((i) => i.groups.flatMap((g) => g.places.filter((x) => x.level === 'county')))
          .map((x) => x.code),
      ).size,
    label: nameOf('产业点名的县（市）', 'Counties named for industries'),
    unit: nameOf('个', 'counties'),
    what: nameOf('industries[].groups[].places 中不同的县', 'distinct counties in industries[].groups[].places'),
  },
  'plan-zones': {
    of: (p) => p.zones.length,
    label: nameOf('农业区', 'Agricultural zones'),
    unit: nameOf('个', 'zones'),
    what: nameOf('zones（二、人口和产业布局）', 'zones (二、人口和产业布局)'),
  },
  'zone-counties': {
    of: (p) => p.zone_assignments.length,
    label: nameOf('县级行政区', 'County-level divisions'),
    unit: nameOf('个', 'counties'),
    what: nameOf('zone_assignments（本图集的分区解读）', "zone_assignments (this atlas's zone reading)"),
  },
  'plan-pairings': {
    of: (p) => p.pairings.length,
    label: nameOf('对口帮扶关系', 'Pairing links'),
    unit: nameOf('对', 'pairs'),
    what: nameOf('pairings（五、(一)4）', 'pairings (五、(一)4)'),
  },
  'plan-pairings-continuing': {
    of: (p) => p.pairings.filter((x) => x.status === 'continuing').length,
    label: nameOf('继续帮扶', 'Continuing'),
    unit: nameOf('对', 'pairs'),
    what: nameOf('pairings 中 status=continuing', 'pairings with status=continuing'),
  },
  'plan-pairings-new': {
    of: (p) => p.pairings.filter((x) => x.status === 'new').length,
    label: nameOf('新增帮扶', 'New'),
    unit: nameOf('对', 'pairs'),
    what: nameOf('pairings 中 status=new', 'pairings with status=new'),
  },
  'plan-key-projects': {
    of: (p) => p.key_projects.filter((x) => x.parent === null).length,
    label: nameOf('重点工程', 'Key projects'),
    unit: nameOf('项', 'projects'),
    what: nameOf('key_projects 中的一级工程', 'top-level key_projects'),
  },
  'plan-ecommerce-counties': {
    of: (p) => p.ecommerce_demo_counties.length,
    label: nameOf('电商示范县', 'E-commerce demonstration counties'),
    unit: nameOf('个', 'counties'),
    what: nameOf('ecommerce_demo_counties', 'ecommerce_demo_counties'),
  },
};

/** Every count of `COUNT_DATASETS`, computed from the plan. */
export function countPlanData(plan: Plan): Record<CountDataset, number> {
  return Object.fromEntries(Object.entries(COUNTS).map(([k, spec]) => [k, spec.of(plan)])) as Record<
    CountDataset,
    number
  >;
}

/** Units of plan numbers whose record carries none, by key. */
const KEY_UNITS: Record<string, Bilingual> = { people: nameOf('人', 'people'), by_year: nameOf('人', 'people') };

interface Walked {
  value: unknown;
  /** The nearest object on the way with a citation section, and the object holding the value. */
  section?: string;
  holder?: Record<string, unknown>;
}

/** Follow a plan path (see PLAN_PATH_PATTERN); throws FigureError on the `path` field. */
function walkPlan(plan: Plan, path: string, fail: (reason: string) => never): Walked {
  let value: unknown = plan;
  let section: string | undefined;
  let holder: Record<string, unknown> | undefined;
  let done = '';
  for (const step of path.split('.')) {
    const m = /^([a-z_]+)(?:\[(?:(\d+)|([a-z_]+)=([^\]]+))\])?$/.exec(step);
    if (!m) fail(`cannot read "${step}" of "${path}"`);
    const [, key, index, field, wanted] = m;
    if (!value || typeof value !== 'object' || !(key in value))
      fail(`"${path}": no key "${key}"${done ? ` in ${done}` : ''}`);
    holder = value as Record<string, unknown>;
    value = holder[key];
    done = done ? `${done}.${step}` : step;
    if (index !== undefined || field !== undefined) {
      if (!Array.isArray(value)) fail(`"${path}": ${key} is not a list`);
      const list = value as unknown[];
      value =
        index !== undefined
          ? list[Number(index)]
          : list.find((x) => String((x as Record<string, unknown>)?.[field]) === wanted);
      if (value === undefined) fail(`"${path}": no item ${step.slice(key.length)} in ${key}`);
    }
    const cited = (value as { citation?: { section?: unknown } } | null)?.citation?.section;
    if (typeof cited === 'string') section = cited;
  }
  return { value, section, holder };
}

/**
 * The number a KPI ref points to, with its unit and a source line naming the file and section.
 * Pure; throws FigureError (naming `ctx.at` and `ctx.scene`) when the ref does not resolve.
 */
export function resolveFigure(ref: FigureRef, ctx: FigureContext): ResolvedFigure {
  const error = (field: string, reason: string) => new FigureError(field, reason, ctx.at, ctx.scene);
  switch (ref.source) {
    case 'plan': {
      const { value, section, holder } = walkPlan(ctx.plan, ref.path, (reason) => {
        throw error('path', reason);
      });
      if (typeof value !== 'number')
        throw error('path', `"${ref.path}" yields ${value === null ? 'null' : typeof value}, not a number`);
      const own = holder?.unit as Partial<Bilingual> | null | undefined;
      const unit =
        ref.unit ??
        (own?.zh && own.en ? (own as Bilingual) : undefined) ??
        KEY_UNITS[ref.path.split('.').pop()!.replace(/\[.*$/, '')];
      if (!unit) throw error('unit', `"${ref.path}" has no unit in the data; give one`);
      const where = section ?? '—';
      const no = ctx.plan.document.number;
      return {
        value,
        unit,
        format: 'number',
        source: {
          zh: `${no}「${where}」（${PLAN_FILE}：${ref.path}）`,
          en: `Plan ${no}, "${where}" (${PLAN_FILE}: ${ref.path})`,
        },
      };
    }
    case 'dalian': {
      const f = ctx.outcomes.figures.find((x) => x.id === ref.id);
      if (!f) throw error('id', `unknown Dalian figure "${ref.id}"`);
      const { file, section } = f.citation;
      return {
        value: f.value,
        unit: f.unit,
        qualifier: f.qualifier,
        format: 'number',
        label: f.label,
        source: {
          zh: `${file}「${section}」（${DALIAN_FILE}：${f.id}）`,
          en: `${file}, "${section}" (${DALIAN_FILE}: ${f.id})`,
        },
      };
    }
    case 'count': {
      const spec = COUNTS[ref.dataset];
      const value = ctx.counts[ref.dataset];
      if (!spec || typeof value !== 'number') throw error('dataset', `no count "${ref.dataset}"`);
      return {
        value,
        unit: spec.unit,
        format: 'number',
        label: spec.label,
        source: { zh: `${PLAN_FILE}：${spec.what.zh}的条数`, en: `count of ${spec.what.en} in ${PLAN_FILE}` },
      };
    }
    case 'cited': {
      const { file, section } = ref.citation;
      return {
        value: ref.value,
        unit: ref.unit,
        qualifier: ref.qualifier,
        format: ref.format ?? 'number',
        source: { zh: `${file}「${section}」（本简报引文）`, en: `${file}, "${section}" (quoted in the deck)` },
      };
    }
  }
}
