import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestSchema } from '../../../src/lib/data/schemas/manifest';
import { LAYERS as ALL_LAYERS, checkRegistry, getLayer } from '../../../src/lib/layers/registry';
import { GENERATED_INFRA_LAYERS } from '../../../src/lib/layers/infrastructure/infra-layers';
import type { AnyCollection, LayerDefinition } from '../../../src/lib/layers/types';
import { labelPointsOf, orderedSpecs } from '../../../src/lib/map/maplibre-layers';
import { lightTheme } from '../../../src/lib/map/theme';

/** Layers whose data ships in data/ (the generated ones appear only after `npm run data:osm`/`data:fetch`). */
const LAYERS = ALL_LAYERS.filter((l) => !GENERATED_INFRA_LAYERS.includes(l) && !l.local);
const DATA = resolve(import.meta.dirname, '../../../data');
const manifest = manifestSchema.parse(JSON.parse(readFileSync(resolve(DATA, 'manifest.json'), 'utf8')));
const dataOf = (def: LayerDefinition): AnyCollection => {
  const entry = manifest.datasets.find((d) => d.id === def.dataset)!;
  return JSON.parse(readFileSync(resolve(DATA, entry.path), 'utf8')) as AnyCollection;
};
const ctx = { theme: lightTheme, lang: 'zh' as const, opacity: 1 };

describe('layer registry', () => {
  it('has unique ids and finds layers by id', () => {
    expect(checkRegistry(ALL_LAYERS)).toEqual([]);
    expect(getLayer('counties').dataset).toBe('counties');
    expect(() => getLayer('countiez')).toThrow(/unknown layer "countiez"/);
  });

  it.each(LAYERS.map((l) => [l.id, l] as const))(
    '%s: its dataset is in the manifest and matches its schema',
    (_id, def) => {
      expect(manifest.datasets.map((d) => d.id)).toContain(def.dataset);
      const result = def.schema.safeParse(dataOf(def));
      expect(result.success).toBe(true);
    },
  );

  it.each(LAYERS.map((l) => [l.id, l] as const))('%s: every declared field is present on every feature', (_id, def) => {
    const data = dataOf(def);
    for (const key of def.tooltipFields) expect(def.fields.map((f) => f.key)).toContain(key);
    for (const f of data.features)
      for (const field of def.fields) expect(f.properties, `${f.id}.${field.key}`).toHaveProperty(field.key);
  });

  it.each(LAYERS.map((l) => [l.id, l] as const))('%s: has a legend and bilingual titles', (_id, def) => {
    expect(def.legend({ ...ctx, data: dataOf(def) }).length).toBeGreaterThan(0);
    expect(def.title.zh).toMatch(/\p{Script=Han}/u);
    expect(def.title.en).not.toMatch(/\p{Script=Han}/u);
  });

  it('stacks every fill below every line and every label on top, prefixing MapLibre ids with the layer id', () => {
    const specs = orderedSpecs(LAYERS, () => ctx);
    const ids = specs.map((s) => s.spec.id);
    for (const { def, spec } of specs) expect(spec.id.startsWith(def.id + '-')).toBe(true);
    expect(ids.indexOf('counties-fill')).toBeLessThan(ids.indexOf('prefectures-line'));
    expect(ids.indexOf('province-line')).toBeLessThan(ids.indexOf('counties-label'));
    expect(ids.at(-1)).toBe('prefectures-label');
    const labelSpec = specs.find((s) => s.spec.id === 'counties-label')!.spec as { source: string };
    expect(labelSpec.source).toBe('counties-labels');
  });

  it('derives county label points at the seats, one per county', () => {
    const def = getLayer('counties');
    const data = dataOf(def);
    const points = labelPointsOf(def, data);
    expect(points.features).toHaveLength(100);
    const dl = points.features.find((f) => f.id === '210283')!;
    expect(dl.geometry.coordinates).toEqual(data.features.find((f) => f.id === '210283')!.properties.seat);
  });
});
