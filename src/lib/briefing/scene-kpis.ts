import type { DalianOutcomes } from '../data/schemas/dalian-outcomes';
import type { Plan } from '../data/schemas/plan';
import type { Lang } from '../i18n/locale.svelte';
import { countPlanData, resolveFigure } from './resolve-figure';
import type { Scene } from './scene-schema';

export interface KpiView {
  key: string;
  value: number;
  /** `>` for "more than", `≈` for "about" / "nearly", `≥` for "at least". */
  prefix: string;
  unit: string;
  label: string;
  source: string;
  /** Years are shown without digit grouping (2035, not 2,035). */
  grouping: boolean;
}

const PREFIX: Record<string, string> = { more_than: '>', about: '≈', nearly: '≈', at_least: '≥' };

/**
 * A scene's KPI tiles in the interface language, resolved from the plan and the Dalian outcomes;
 * empty until both are loaded (the deck was checked against them when it was loaded).
 */
export function sceneKpis(
  scene: Scene,
  data: { plan: Plan | undefined; outcomes: DalianOutcomes | undefined },
  lang: Lang,
): KpiView[] {
  const { plan, outcomes } = data;
  if (!plan || !outcomes) return [];
  const counts = countPlanData(plan);
  return scene.kpis.map((k, i) => {
    const f = resolveFigure(k.figure, { plan, outcomes, counts, at: `kpis[${i}].figure`, scene: scene.id });
    return {
      key: String(i),
      value: f.value,
      prefix: PREFIX[f.qualifier ?? ''] ?? '',
      unit: f.unit[lang],
      label: (k.label ?? f.label ?? { zh: '', en: '' })[lang],
      source: f.source[lang],
      grouping: f.format !== 'year',
    };
  });
}
