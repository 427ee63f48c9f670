import type { Bilingual } from '../data/schemas/geojson';
import type { SimilarityKind } from './similarity';

/** One row of a loaded list, as the matcher needs it. `row` is the 1-based row the user sees. */
export interface VillageRowInput {
  name: string;
  town?: string;
  county?: string;
  code?: string;
  row: number;
  /**
   * The town/county were not written on this row but carried down from the row above (merged
   * cells): when the village is not in them, the matcher searches without them.
   */
  scope_inferred?: boolean;
}

/** How a candidate was reached. */
export type MatchVia = 'code' | 'name' | 'former code' | 'former name';

/** A gazetteer village a row may be. */
export interface VillageCandidate {
  code: string;
  name_zh: string;
  town_code: string;
  town_name: string;
  county_code: string;
  via: MatchVia;
  /** The historical name or code that led here, when `via` is former. */
  former?: string;
}

/** A village offered for an unmatched row, best first. */
export interface VillageSuggestion extends Omit<VillageCandidate, 'via'> {
  /** 0–1, two decimals; 1 for the same name in another town. */
  score: number;
  why: SimilarityKind | 'same name in another town' | 'former name';
}

/** Things worth a second look, also on matched rows. */
export type MatchFlag =
  | 'code-name-mismatch' // the code is a different village than the name says
  | 'code-not-found' // the code is in no gazetteer entry; matched by name instead
  | 'town-mismatch' // the row's town does not contain the village its code names
  | 'town-not-found' // the town text names no town; ignored
  | 'county-not-found' // the county text is not one of the three; ignored
  | 'former' // resolved through a historical name or code
  | 'suffix-tiebreak' // 村 vs 社区 decided between same-named villages
  | 'address-split' // county/town read off the front of the name cell
  | 'scope-dropped' // a carried-down town/county did not contain the name; searched without it
  | 'duplicate'; // another row is the same village

interface MatchBase {
  row: number;
  input: VillageRowInput;
  /** Normalised core of the name (for grouping and display). */
  core: string;
  /** Why the row has its status, plainly. */
  reason: Bilingual;
  /** Further facts: former names resolved, mismatches, duplicates. */
  notes: Bilingual[];
  flags: MatchFlag[];
  /** Other rows naming the same village, ascending. */
  duplicate_of: number[];
  /**
   * The town the row belongs to for counting: a 9-digit code when known, `written:<core>` when only
   * written, null when unknown.
   */
  town_key: string | null;
  /** The county for counting, when known. */
  county_code: string | null;
}

export type MatchResult =
  | (MatchBase & { status: 'matched'; candidate: VillageCandidate })
  | (MatchBase & { status: 'ambiguous'; candidates: VillageCandidate[] })
  | (MatchBase & { status: 'unmatched'; suggestions: VillageSuggestion[] });
