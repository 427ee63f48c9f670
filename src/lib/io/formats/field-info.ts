import type { AttributeValue, FieldInfo, RawFeature } from './types';

const MAX_SAMPLES = 5;

/**
 * Describes the attribute fields of `features`: each field's name (in order of first appearance),
 * its type from the non-empty values (`mixed` when they differ, `empty` when there are none), and
 * up to 5 distinct non-empty sample values in order of first appearance.
 */
export function buildFieldInfo(features: readonly RawFeature[]): FieldInfo[] {
  const fields = new Map<string, { type: FieldInfo['type']; samples: AttributeValue[]; seen: Set<AttributeValue> }>();
  for (const f of features) {
    const props = f.properties;
    if (!props) continue;
    for (const name in props) {
      let field = fields.get(name);
      if (!field) {
        field = { type: 'empty', samples: [], seen: new Set() };
        fields.set(name, field);
      }
      const v = props[name];
      if (v === null || v === undefined || v === '') continue;
      const type = typeof v as 'string' | 'number' | 'boolean';
      if (field.type === 'empty') field.type = type;
      else if (field.type !== type) field.type = 'mixed';
      if (field.samples.length < MAX_SAMPLES && !field.seen.has(v)) {
        field.seen.add(v);
        field.samples.push(v);
      }
    }
  }
  return [...fields].map(([name, { type, samples }]) => ({ name, type, samples }));
}
