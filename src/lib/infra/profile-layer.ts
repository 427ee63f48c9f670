import type { InfraGeometry } from './classes';
import type { AttributeValue, FieldInfo, ParsedLayer } from '../io/formats/types';
import { geometryKind, valueKey } from './parse-infra-values';

/**
 * One pass over an imported layer's rows, collecting what the mapping guesser looks at: each
 * column's distinct values (with the geometry of the rows holding them) and a sample of raw values.
 */

/** Distinct values tracked per column; a column with more is a name or id, not a class. */
export const MAX_DISTINCT = 200;
const SAMPLE_SIZE = 500;

export interface ValueStats {
  count: number;
  point: number;
  line: number;
  area: number;
}

export interface FieldProfile {
  name: string;
  type: FieldInfo['type'];
  /** Distinct non-empty values (as `valueKey` text) in first-seen order; null past MAX_DISTINCT. */
  values: Map<string, ValueStats> | null;
  /** Rows with a non-empty value. */
  filled: number;
  /** The first SAMPLE_SIZE non-empty raw values, for judging what a column holds. */
  samples: AttributeValue[];
}

export interface LayerProfile {
  rows: number;
  geometry: Record<InfraGeometry | 'other', number>;
  fields: FieldProfile[];
}

/** Profile every column of the layer (the reader's field list, plus keys only the rows carry). */
export function profileLayer(layer: Pick<ParsedLayer, 'fields' | 'features'>): LayerProfile {
  const types = new Map(layer.fields.map((f) => [f.name, f.type]));
  for (const f of layer.features.slice(0, 100))
    for (const key of Object.keys(f.properties ?? {})) if (!types.has(key)) types.set(key, 'mixed');
  const fields: FieldProfile[] = [...types].map(([name, type]) => ({
    name,
    type,
    values: new Map(),
    filled: 0,
    samples: [],
  }));
  const geometry = { point: 0, line: 0, area: 0, other: 0 };
  for (const feature of layer.features) {
    const kind = geometryKind(feature.geometry) ?? 'other';
    geometry[kind]++;
    const props = feature.properties ?? {};
    for (const field of fields) {
      const raw = props[field.name];
      const key = valueKey(raw);
      if (key === '') continue;
      field.filled++;
      if (field.samples.length < SAMPLE_SIZE) field.samples.push(raw);
      if (!field.values) continue;
      let stats = field.values.get(key);
      if (!stats) {
        if (field.values.size >= MAX_DISTINCT) {
          field.values = null;
          continue;
        }
        stats = { count: 0, point: 0, line: 0, area: 0 };
        field.values.set(key, stats);
      }
      stats.count++;
      if (kind !== 'other') stats[kind]++;
    }
  }
  return { rows: layer.features.length, geometry, fields };
}

/** The geometry most rows have (ties go to line, then point), or null when none has a usable one. */
export function dominantKind(counts: Pick<ValueStats, InfraGeometry>): InfraGeometry | null {
  const order: InfraGeometry[] = ['line', 'point', 'area'];
  let best: InfraGeometry | null = null;
  for (const k of order) if (counts[k] > 0 && (best === null || counts[k] > counts[best])) best = k;
  return best;
}
