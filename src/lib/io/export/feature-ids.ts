import type { Feature, Geometry } from 'geojson';
import { propertiesOf, propertyKeys } from './property-values';

/** A bilingual line for the user about an export (README text, download notes). */
export interface ExportNote {
  zh: string;
  en: string;
}

/** Where `feature.id` goes in a format that has only attribute columns. */
export interface FeatureIdColumn {
  /** The column name: `id`, else `feature_id`, `feature_id_2` … */
  name: string;
  /** True when the property of that name already equals `feature.id` on every feature: no column is added. */
  fromProperty: boolean;
}

/** `feature.id`, or null when the feature has none. */
export function featureIdOf(f: Feature<Geometry | null, unknown>): string | number | null {
  return f.id ?? null;
}

/**
 * The column for `feature.id`, or null when no feature has an id. A property `id` that equals
 * `feature.id` on every feature (null or missing where there is no id; compared with `===`, so 7
 * and "7" differ) carries it already. Otherwise the column is `id`, or, when a property takes that
 * name, `feature_id`, `feature_id_2` … With `ignoreCase` (dBASE field names) `ID` takes `id` too.
 */
export function planFeatureIdColumn(
  features: readonly Feature<Geometry | null, unknown>[],
  options: { ignoreCase?: boolean } = {},
): FeatureIdColumn | null {
  if (!features.some((f) => featureIdOf(f) !== null)) return null;
  const keys = propertyKeys(features);
  const carries = (f: Feature<Geometry | null, unknown>) => (propertiesOf(f).id ?? null) === featureIdOf(f);
  if (keys.includes('id') && features.every(carries)) return { name: 'id', fromProperty: true };
  const fold = (s: string) => (options.ignoreCase ? s.toLowerCase() : s);
  const taken = new Set(keys.map(fold));
  let name = 'id';
  if (taken.has(name)) name = 'feature_id';
  for (let n = 2; taken.has(fold(name)); n++) name = `feature_id_${n}`;
  return { name, fromProperty: false };
}

// XML 1.0 (5th edition) NameStartChar and the further NameChar ranges, without ':' (an xsd:ID is
// an NCName). Code point ranges rather than a regex class: the class would hold joiners and
// combining marks, which read badly and trip no-misleading-character-class.
const NAME_START: readonly [number, number][] = [
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
  [0xc0, 0xd6],
  [0xd8, 0xf6],
  [0xf8, 0x2ff],
  [0x370, 0x37d],
  [0x37f, 0x1fff],
  [0x200c, 0x200d],
  [0x2070, 0x218f],
  [0x2c00, 0x2fef],
  [0x3001, 0xd7ff],
  [0xf900, 0xfdcf],
  [0xfdf0, 0xfffd],
  [0x10000, 0xeffff],
];
const NAME_REST: readonly [number, number][] = [
  [0x2d, 0x2e],
  [0x30, 0x39],
  [0xb7, 0xb7],
  [0x300, 0x36f],
  [0x203f, 0x2040],
];
const within = (c: number, ranges: readonly [number, number][]) => ranges.some(([lo, hi]) => c >= lo && c <= hi);

/** `id` as an NCName: characters a name cannot hold become `_`, and `_` goes first unless it starts with a letter or `_`. */
export function toXmlId(id: string | number): string {
  const name = Array.from(String(id), (ch) => {
    const c = ch.codePointAt(0)!;
    return within(c, NAME_START) || within(c, NAME_REST) ? ch : '_';
  }).join('');
  return name !== '' && within(name.codePointAt(0)!, NAME_START) ? name : `_${name}`;
}

/**
 * Placemark ids for `features` (null where a feature has no id): valid XML IDs, unique in the
 * document. Ids that are already valid and unique are kept; the others are made valid (toXmlId)
 * and unique (`_2`, `_3` …), and counted in `changed`.
 */
export function planPlacemarkIds(features: readonly Feature<Geometry | null, unknown>[]): {
  ids: (string | null)[];
  changed: number;
} {
  const original = features.map((f) => featureIdOf(f));
  const taken = new Set<string>();
  // First pass: ids that need no change claim their names, so a changed id never takes one.
  const ids = original.map((id) => {
    if (id === null || typeof id !== 'string' || toXmlId(id) !== id || taken.has(id)) return null;
    taken.add(id);
    return id;
  });
  let changed = 0;
  original.forEach((id, i) => {
    if (id === null || ids[i] !== null) return;
    const base = toXmlId(id);
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
    taken.add(name);
    ids[i] = name;
    changed++;
  });
  return { ids, changed };
}

const PLACE = {
  csv: { zh: '列', en: 'column' },
  dbf: { zh: '字段', en: 'field' },
  kml: { zh: 'ExtendedData 数据项', en: 'ExtendedData item' },
};

/**
 * The note saying where `feature.id` is: `field` is the name written (a shortened dBASE name may
 * differ from `column.name`), `place` the kind of column.
 */
export function featureIdNote(column: FeatureIdColumn, field: string, place: keyof typeof PLACE): ExportNote {
  const { zh, en } = PLACE[place];
  if (column.fromProperty)
    return {
      zh: `要素 id（GeoJSON feature.id）与属性 id 相同，保存在${zh} ${field} 中。`,
      en: `The feature id (GeoJSON feature.id) equals the property "id" and is kept in ${en} "${field}".`,
    };
  const other = column.name !== 'id';
  return {
    zh: `${zh} ${field} 保存要素 id（GeoJSON feature.id）${other ? '；已有的属性 id 值不同，原样保留' : ''}。`,
    en: `${en[0].toUpperCase()}${en.slice(1)} "${field}" holds the feature id (GeoJSON feature.id)${other ? '; the property "id" has other values and is kept as it is' : ''}.`,
  };
}

/** CSV and dBASE have one way to write "nothing": say so plainly. */
export function nullEmptyNote(format: 'CSV' | 'dBASE (.dbf)'): ExportNote {
  return {
    zh: `${format} 无法区分空值（null）与空字符串：两者都写成空白。`,
    en: `${format} cannot tell null from an empty string: both are written as blank.`,
  };
}
