import type { Bilingual } from '../data/schemas/geojson';
import type { InfraClassId, InfraTheme } from './classes';

/** A class id, or `skip` to leave the rows out of the import (counted, not rejected). */
export type ClassChoice = InfraClassId | 'skip';

/**
 * How the attribute table of an imported file becomes infrastructure features. Chosen by
 * `guessMapping`, shown to the planner to correct, then applied by `applyMapping`.
 * Field names are the file's own column names; null means "the file has no such column".
 */
export interface FieldMapping {
  theme: InfraTheme;
  /** The column whose values decide the class; null when every row gets `defaultClass`. */
  classField: string | null;
  /**
   * Source value, as text (`valueKey`), → class id or `skip`. Values not listed here (beyond the
   * distinct values the guesser looked at, or empty cells) get `defaultClass`.
   */
  classValues: Record<string, ClassChoice>;
  /** For rows whose value is not in `classValues`, and for every row when there is no class field. */
  defaultClass: ClassChoice;
  nameField: string | null;
  /** Road number, line or plant designation. */
  refField: string | null;
  /** Voltage in kV, V or text like `220千伏` (power). */
  voltageField: string | null;
  /** Installed capacity, e.g. `600MW`, `60万千瓦` (power plants). */
  capacityField: string | null;
  /** Scenic grade, e.g. `5A`, `AAAA`, `国家3A级旅游景区` (tourism). */
  gradeField: string | null;
}

/** The parts of a mapping the guesser decides, each with its own confidence. */
export type MappingPart =
  | 'theme'
  | 'classField'
  | 'classValues'
  | 'defaultClass'
  | 'nameField'
  | 'refField'
  | 'voltageField'
  | 'capacityField'
  | 'gradeField';

/** `none`: nothing in the file looked like this part, so it was left empty (null). */
export type Confidence = 'high' | 'medium' | 'low' | 'none';

/** One sentence saying why a part was guessed as it was, in both languages. */
export interface GuessReason extends Bilingual {
  part: MappingPart | 'osm';
}

/** A guessed mapping, with how sure the guesser is and why, for the planner to review. */
export interface MappingGuess extends FieldMapping {
  confidence: Record<MappingPart, Confidence>;
  reasons: GuessReason[];
  /**
   * True when the columns are OpenStreetMap tag keys (`highway`, `power`, `waterway` …):
   * such layers are better classified tag by tag with `classifyOsmTags` (osm-tags.ts).
   */
  osmTagged: boolean;
  /** Rows per class value (same keys as `classValues`), for the mapping table. */
  valueCounts: Record<string, number>;
}
