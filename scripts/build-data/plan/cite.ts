/**
 * Citation helpers for the plan tables: every record names its seed file, the section marker as
 * the document numbers it, and the original words (checked against the seed by the build and CI).
 */
import type { Citation } from '../../../src/lib/data/schemas/plan';

/** 辽宁省产业精准脱贫规划(2016—2020), 辽政发〔2016〕62号 (Chinese). */
export const PLAN_SEED = '003_f3049a3e96829f5c.txt' as const;
/** Guizhou guidance on interest-linkage mechanisms (English machine translation). */
export const LINKAGE_SEED = '002_3c1978e00e1ad947.txt' as const;

/** A citation of the plan (seed 003). */
export function citePlan(section: string, quote: string): Citation {
  return { file: PLAN_SEED, section, quote };
}

/** A citation of the Guizhou linkage guidance (seed 002). */
export function citeLinkage(section: string, quote: string): Citation {
  return { file: LINKAGE_SEED, section, quote };
}
