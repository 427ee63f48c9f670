import type { Feature, Geometry } from 'geojson';

/** Property names of `features` in order of first appearance. */
export function propertyKeys(features: readonly Feature<Geometry | null, unknown>[]): string[] {
  const keys = new Set<string>();
  for (const f of features) {
    const p = f.properties;
    if (p && typeof p === 'object') for (const k of Object.keys(p)) keys.add(k);
  }
  return [...keys];
}

/** The properties of a feature as a record (null or non-object properties read as empty). */
export function propertiesOf(f: Feature<Geometry | null, unknown>): Record<string, unknown> {
  const p = f.properties;
  return p && typeof p === 'object' ? (p as Record<string, unknown>) : {};
}

/**
 * A property value as text for formats that only hold text: null/undefined → '', objects and
 * arrays → JSON, everything else → String(value).
 */
export function propertyText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
