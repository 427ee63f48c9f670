/** Build infrastructure features with every shared property present, unknowns as null. */
import type { InfraCollection, InfraProperties } from '../../../src/lib/data/schemas/infra';

/** One feature of an infrastructure collection. */
export type InfraFeature = InfraCollection['features'][number];

/** What a bundled source knows; everything left out is unknown (null) or not approximate. */
export type KnownInfraProperties = Pick<InfraProperties, 'id' | 'theme' | 'class' | 'source' | 'attributes'> &
  Partial<Omit<InfraProperties, 'id' | 'theme' | 'class' | 'source' | 'attributes'>>;

/**
 * A feature whose properties are in the schema's order, with null for every value the source does
 * not give, so nothing is invented and every file has the same keys in the same order.
 */
export function makeInfraFeature(known: KnownInfraProperties, geometry: InfraFeature['geometry']): InfraFeature {
  const properties: InfraProperties = {
    id: known.id,
    theme: known.theme,
    class: known.class,
    name: known.name ?? null,
    ref: known.ref ?? null,
    voltage_kv: known.voltage_kv ?? null,
    capacity_mw: known.capacity_mw ?? null,
    grade: known.grade ?? null,
    approximate: known.approximate ?? false,
    source: known.source,
    attributes: known.attributes,
  };
  return { type: 'Feature', id: known.id, properties, geometry };
}
