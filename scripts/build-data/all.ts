/**
 * Rebuild every dataset in data/ from its registry sources, deterministically.
 * Run with `npm run data:build`; CI runs it and fails if `git diff data/` is not empty.
 */
import { buildBoundaries } from './boundaries';
import { buildBasemap } from './basemap';
import { buildInfra } from './infra';
import { buildPlan } from './plan';
import { buildPlanPairings } from './plan-pairings';
import { checkFinishedManifest } from './lib/check-manifest';

const steps: [string, () => Promise<void>][] = [
  ['boundaries', buildBoundaries],
  ['dalian-gazetteer', async () => (await import('./dalian-gazetteer')).buildDalianGazetteer()], // after boundaries: county names
  ['basemap', buildBasemap],
  ['infra', buildInfra], // after boundaries: keeps what touches the province
  ['plan', buildPlan], // after boundaries and basemap: reads counties, province and land
  ['dalian-outcomes', async () => (await import('./dalian-outcomes')).buildDalianOutcomes()], // after boundaries: county codes
  ['plan-pairings', buildPlanPairings], // after plan: reads plan.json and boundaries
  ['licences', async () => (await import('./licences')).buildLicences()], // last: the licence of every source in the manifest
];

for (const [name, step] of steps) {
  const t0 = performance.now();
  await step();
  console.log(`✓ ${name} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

// Every entry must now match the strict schema (a `date` on each, among others).
checkFinishedManifest();
