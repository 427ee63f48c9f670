import { zipSync } from 'fflate';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { CrsId } from '../formats/types';
import { planField, planIdField, shortFieldName, type DbfFieldPlan } from './dbf-fields';
import { writeDbf, type DbfTruncation } from './dbf-writer';
import { exportCrsChoice, type ExportCrsChoice } from './export-crs';
import { featureIdNote, featureIdOf, nullEmptyNote, planFeatureIdColumn, type ExportNote } from './feature-ids';
import { describeShapefileExport, fieldMappingCsv } from './shapefile-notes';
import { propertiesOf, propertyKeys } from './property-values';
import { writeShp, type ShapeKind } from './shp-writer';

/** One file of an export. */
export interface ExportFile {
  name: string;
  bytes: Uint8Array;
}

/** Options for the shapefile writer. */
export interface ShapefileOptions {
  /** Date written into the .dbf header and the zip entries (default: now). */
  lastUpdated?: Date;
}

type SetKey = 'points' | 'lines' | 'polygons';
const SET_KEYS: SetKey[] = ['points', 'lines', 'polygons'];

/** The records of one file set, in feature order; `features` are 0-based indexes into the collection. */
export interface ShapeSet {
  key: SetKey;
  kind: ShapeKind;
  stem: string;
  geometries: (Geometry | null)[];
  features: number[];
}

function setOf(g: Geometry): SetKey | null {
  if (g.type === 'Point' || g.type === 'MultiPoint') return 'points';
  if (g.type === 'LineString' || g.type === 'MultiLineString') return 'lines';
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') return 'polygons';
  return null;
}

/** The simple members of `g` grouped by set; a GeometryCollection's members of one set merged into a Multi*. */
function membersBySet(g: Geometry): Map<SetKey, Geometry> {
  const simple: Geometry[] = [];
  const flatten = (m: Geometry) => (m.type === 'GeometryCollection' ? m.geometries.forEach(flatten) : simple.push(m));
  flatten(g);
  const by = new Map<SetKey, Geometry[]>();
  for (const m of simple) by.set(setOf(m)!, [...(by.get(setOf(m)!) ?? []), m]);
  const out = new Map<SetKey, Geometry>();
  for (const [key, list] of by) {
    if (list.length === 1) out.set(key, list[0]);
    else if (key === 'points')
      out.set(key, { type: 'MultiPoint', coordinates: list.flatMap((m) => coords<Position>(m)) });
    else if (key === 'lines')
      out.set(key, { type: 'MultiLineString', coordinates: list.flatMap((m) => coords<Position[]>(m)) });
    else out.set(key, { type: 'MultiPolygon', coordinates: list.flatMap((m) => coords<Position[][]>(m)) });
  }
  return out;
}

/** The coordinates of a simple geometry as a list of its single members (a Point → [position]). */
function coords<T>(g: Geometry): T[] {
  if (g.type === 'GeometryCollection') return [];
  return (g.type.startsWith('Multi') ? g.coordinates : [g.coordinates]) as T[];
}

/**
 * Splits a collection into one set per geometry family: points (Point, MultiPoint), lines, polygons.
 * A lone set is named `stem`, several `stem_points`, `stem_lines`, `stem_polygons`. A
 * GeometryCollection feature appears in each set it has members for; features without geometry go
 * into the first set (as null shapes) so their attributes are not lost.
 */
export function splitIntoSets(stem: string, fc: FeatureCollection<Geometry | null>): ShapeSet[] {
  const members = fc.features.map((f) => (f.geometry ? membersBySet(f.geometry) : new Map<SetKey, Geometry>()));
  const present = SET_KEYS.filter((k) => members.some((m) => m.has(k)));
  if (present.length === 0) present.push('points');
  const sets = present.map((key): ShapeSet => ({
    key,
    kind: 'point',
    stem: present.length > 1 ? `${stem}_${key}` : stem,
    geometries: [],
    features: [],
  }));
  members.forEach((m, i) => {
    for (const s of sets) {
      const g = m.get(s.key);
      if (g || (m.size === 0 && s === sets[0])) {
        s.geometries.push(g ?? null);
        s.features.push(i);
      }
    }
  });
  for (const s of sets)
    s.kind =
      s.key === 'lines'
        ? 'polyline'
        : s.key === 'polygons'
          ? 'polygon'
          : s.geometries.some((g) => g?.type === 'MultiPoint')
            ? 'multipoint'
            : 'point';
  return sets;
}

/** A file name stem without characters that file systems or zip tools reject. */
export function safeStem(name: string): string {
  const stem = name.replace(/[\\/:*?"<>|\p{Cc}]+/gu, '_').trim();
  return stem === '' || stem === '.' || stem === '..' ? 'dataset' : stem;
}

/**
 * The .dbf columns (one schema shared by all sets): first `feature.id` when any feature has one
 * (planFeatureIdColumn, names compared without case as dBASE does; a property `id` equal to every
 * id is moved first instead of repeated), then every property in order of first appearance.
 */
export function planFields(features: readonly Feature<Geometry | null, unknown>[]): DbfFieldPlan[] {
  const taken = new Set<string>();
  const rows = features.map(propertiesOf);
  const idColumn = planFeatureIdColumn(features, { ignoreCase: true });
  const fields: DbfFieldPlan[] = [];
  if (idColumn && !idColumn.fromProperty)
    fields.push(planIdField(idColumn.name, shortFieldName(idColumn.name, taken), features.map(featureIdOf)));
  const keys = propertyKeys(features);
  if (idColumn?.fromProperty) keys.sort((a, b) => Number(b === 'id') - Number(a === 'id')); // stable: only `id` moves
  for (const key of keys)
    fields.push(
      planField(
        key,
        shortFieldName(key, taken),
        rows.map((r) => r[key]),
      ),
    );
  return fields;
}

/** The .dbf row of each feature: its properties, plus `feature.id` under the id field's name when that is not a property. */
function rowsOf(features: readonly Feature<Geometry | null, unknown>[], fields: readonly DbfFieldPlan[]) {
  const idField = fields.find((f) => f.featureId);
  return features.map((f) => (idField ? { ...propertiesOf(f), [idField.original]: featureIdOf(f) } : propertiesOf(f)));
}

/**
 * The shapefile sets of `fc` (coordinates already in `crs`): per set .shp, .shx, .dbf (UTF-8),
 * .prj and .cpg (`UTF-8`); then `<name>_fields.csv` when a field name was changed or a value cut
 * (original name, short name, type, notes), and `<name>_README.txt` naming the coordinate system.
 */
export function collectionToShapefile(
  name: string,
  fc: FeatureCollection<Geometry | null>,
  crs: CrsId = { kind: 'wgs84' },
  options: ShapefileOptions = {},
): ExportFile[] {
  const choice: ExportCrsChoice = exportCrsChoice(crs);
  const stem = safeStem(name);
  const date = options.lastUpdated ?? new Date();
  const fields = planFields(fc.features);
  const rows = rowsOf(fc.features, fields);
  const sets = splitIntoSets(stem, fc);
  const text = (s: string) => new TextEncoder().encode(s);
  const files: ExportFile[] = [];
  const truncations: DbfTruncation[] = [];
  for (const s of sets) {
    const { shp, shx } = writeShp(s.kind, s.geometries);
    const dbf = writeDbf(
      fields,
      s.features.map((i) => rows[i]),
      date,
    );
    // Report cut values by feature number in the collection, not by record in the set.
    truncations.push(...dbf.truncations.map((t) => ({ ...t, record: s.features[t.record] })));
    files.push(
      { name: `${s.stem}.shp`, bytes: shp },
      { name: `${s.stem}.shx`, bytes: shx },
      { name: `${s.stem}.dbf`, bytes: dbf.bytes },
      { name: `${s.stem}.prj`, bytes: text(choice.prj) },
      { name: `${s.stem}.cpg`, bytes: text('UTF-8') },
    );
  }
  const mapping = fieldMappingCsv(fields, truncations);
  const mappingFile = mapping === null ? null : `${stem}_fields.csv`;
  if (mapping !== null) files.push({ name: `${stem}_fields.csv`, bytes: text(mapping) });
  const readme = describeShapefileExport(name, choice, sets, mappingFile, shapefileNotes(fc.features, fields));
  files.push({ name: `${stem}_README.txt`, bytes: text(readme) });
  return files;
}

/**
 * What a reader of the shapefile should know beyond the coordinate system: which field holds
 * `feature.id`, and that dBASE cannot tell null from ''. `fields` defaults to planFields(features).
 */
export function shapefileNotes(
  features: readonly Feature<Geometry | null, unknown>[],
  fields: readonly DbfFieldPlan[] = planFields(features),
): ExportNote[] {
  const idColumn = planFeatureIdColumn(features, { ignoreCase: true });
  const idField =
    idColumn && fields.find((f) => f.original === idColumn.name && (f.featureId || idColumn.fromProperty));
  return [
    ...(idColumn && idField ? [featureIdNote(idColumn, idField.name, 'dbf')] : []),
    nullEmptyNote('dBASE (.dbf)'),
  ];
}

/** The files of collectionToShapefile in one zip (deflated, entries dated `options.lastUpdated`). */
export function zipShapefile(
  name: string,
  fc: FeatureCollection<Geometry | null>,
  crs: CrsId = { kind: 'wgs84' },
  options: ShapefileOptions = {},
): Uint8Array {
  const mtime = options.lastUpdated ?? new Date();
  const files = collectionToShapefile(name, fc, crs, { ...options, lastUpdated: mtime });
  const names = new Set<string>();
  for (const f of files) {
    if (names.has(f.name)) throw new Error(`shapefile zip: two files named ${f.name}`);
    names.add(f.name);
  }
  return zipSync(Object.fromEntries(files.map((f) => [f.name, [f.bytes, { mtime }]])), { level: 6 });
}
