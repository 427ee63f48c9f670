/**
 * What a field of a shared schema means, attached with zod's `.meta()` so the data catalogue's field
 * dictionary (src/lib/catalogue/schema-dictionary.ts) is derived from the schema the data is checked with.
 */
import type { Bilingual } from './geojson';

/** The metadata keys the field dictionary reads (a type, not an interface, so it fits zod's open GlobalMeta). */
export type FieldMeta = {
  /** What the field means, in Chinese. */
  zh: string;
  /** What the field means, in English. */
  en: string;
  /** The unit of a number, if it has a fixed one. */
  unit?: Bilingual;
};

declare module 'zod' {
  interface GlobalMeta {
    zh?: string;
    en?: string;
    unit?: Bilingual;
  }
}

/** Units of the fields that have a fixed one. */
export const UNITS = {
  people: { zh: '人', en: 'people' },
  countyUnits: { zh: '个', en: 'county-level units' },
} as const satisfies Record<string, Bilingual>;

/** The `.meta()` of a field: its meaning in Chinese and English, and its unit if it has one. */
export function describeField(zh: string, en: string, unit?: Bilingual): FieldMeta {
  return unit ? { zh, en, unit } : { zh, en };
}
