import type { Geometry } from 'geojson';
import { infraPropertiesSchema, type InfraCollection } from '../../data/schemas/infra';

type InfraFeature = InfraCollection['features'][number];
import type { Bilingual } from '../../data/schemas/geojson';
import { INFRA_THEMES, type InfraTheme } from '../../infra/classes';
import { applyMapping } from '../../infra/apply-mapping';
import { suggestCrsShift, type CrsShiftReference, type ShiftSuggestion } from '../../infra/crs-hint';
import { guessMapping } from '../../infra/guess-mapping';
import type { FieldMapping, MappingGuess } from '../../infra/mapping-types';
import { classifyOsmTags, type OsmGeometryKind } from '../../infra/osm-tags';
import { describeCrs } from '../crs/definitions';
import { toWgs84 } from '../crs/transform';
import type {
  AttributeValue,
  CrsDetection,
  CrsId,
  FieldInfo,
  ParsedLayer,
  RawFeature,
  RowError,
} from '../formats/types';

/** At most this many row errors travel to the interface (the count is always exact). */
export const MAX_REPORTED_ERRORS = 500;

/** What the interface needs to show of a parsed layer, without its (possibly huge) features. */
export interface LayerSummary {
  index: number;
  name: string;
  format: ParsedLayer['format'];
  files: string[];
  featureCount: number;
  geometryCounts: Record<OsmGeometryKind, number>;
  fields: FieldInfo[];
  crs: CrsDetection;
  encoding?: string;
  rowErrors: RowError[];
  rowErrorCount: number;
  warnings: string[];
  guess: MappingGuess;
  shift: { suggestion: ShiftSuggestion; evidence: Bilingual } | null;
  /** The first rows' attributes, for the preview table. */
  sample: Record<string, AttributeValue>[];
}

export const geometryKind = (g: Geometry | null): OsmGeometryKind | null =>
  !g
    ? null
    : g.type === 'Point' || g.type === 'MultiPoint'
      ? 'point'
      : g.type === 'LineString' || g.type === 'MultiLineString'
        ? 'line'
        : g.type === 'Polygon' || g.type === 'MultiPolygon'
          ? 'area'
          : null;

/** A first point of each feature (for the shift hint), in the file's own coordinates. */
function firstPoint(g: Geometry): [number, number] | null {
  let c: unknown = (g as { coordinates?: unknown }).coordinates;
  while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
  return Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number' ? [c[0], c[1]] : null;
}

const isGeographic = (crs: CrsId | null) => crs === null || crs.kind === 'wgs84' || crs.kind === 'cgcs2000';

/** Summarise a parsed layer: counts, fields, CRS evidence, a guessed mapping and a shift hint. */
export function summariseLayer(layer: ParsedLayer, index: number, seats: CrsShiftReference['seats']): LayerSummary {
  const geometryCounts: Record<OsmGeometryKind, number> = { point: 0, line: 0, area: 0 };
  for (const f of layer.features) {
    const k = geometryKind(f.geometry);
    if (k) geometryCounts[k]++;
  }
  const guess = guessMapping(layer);
  let shift: LayerSummary['shift'] = null;
  if (isGeographic(layer.crs.crs) && seats.length) {
    const points: [number, number][] = [];
    const names: (string | null)[] = [];
    for (const f of layer.features) {
      const p = f.geometry ? firstPoint(f.geometry) : null;
      if (!p) continue;
      points.push(p);
      const n = guess.nameField ? f.properties[guess.nameField] : null;
      names.push(typeof n === 'string' ? n : n === null || n === undefined ? null : String(n));
    }
    shift = suggestCrsShift(
      points,
      { seats, names },
      layer.fields.map((f) => f.name),
    );
  }
  return {
    index,
    name: layer.name,
    format: layer.format,
    files: layer.files,
    featureCount: layer.features.length,
    geometryCounts,
    fields: layer.fields,
    crs: layer.crs,
    encoding: layer.encoding,
    rowErrors: layer.rowErrors.slice(0, MAX_REPORTED_ERRORS),
    rowErrorCount: layer.rowErrors.length,
    warnings: layer.warnings,
    guess,
    shift,
    sample: layer.features.slice(0, 8).map((f) => f.properties),
  };
}

/** The planner's choices for one layer. */
export interface ImportChoice {
  crs: CrsId;
  /** A field mapping, or `osm` to classify by OpenStreetMap tags (one layer per theme found). */
  mapping: FieldMapping | 'osm';
  source: string;
  idPrefix: string;
  approximate: boolean;
}

export interface ImportResult {
  layers: { theme: InfraTheme; collection: InfraCollection }[];
  rows: number;
  rejected: RowError[];
  rejectedCount: number;
  skipped: number;
  crs: string;
  conversion: string;
}

/** Convert to WGS84 and map to infrastructure features; rejected rows keep their numbers in the file. */
export function applyChoice(layer: ParsedLayer, choice: ImportChoice, signal?: AbortSignal): ImportResult {
  const converted = toWgs84(layer.features, choice.crs, { signal });
  // toWgs84 drops features it cannot convert; keep the file's row numbers for the rest.
  const dropped = new Set(converted.rowErrors.map((e) => e.row));
  const rowOf: number[] = [];
  for (let i = 1; i <= layer.features.length; i++) if (!dropped.has(i)) rowOf.push(i);
  const renumber = (e: RowError): RowError => {
    const row = rowOf[e.row - 1] ?? e.row;
    return { row, message: e.message.replace(/^(row|feature) \d+/, `row ${row}`) };
  };
  const result =
    choice.mapping === 'osm'
      ? applyOsmTags(converted.features, choice)
      : (() => {
          const r = applyMapping(converted.features, choice.mapping, choice);
          return {
            layers: [{ theme: choice.mapping.theme, collection: r.collection }],
            rejected: r.rejected,
            skipped: r.skipped,
          };
        })();
  const rejected = [...converted.rowErrors, ...result.rejected.map(renumber)].sort((a, b) => a.row - b.row);
  return {
    layers: result.layers.filter((l) => l.collection.features.length > 0),
    rows: layer.features.length,
    rejected: rejected.slice(0, MAX_REPORTED_ERRORS),
    rejectedCount: rejected.length,
    skipped: result.skipped,
    crs: describeCrs(choice.crs).en,
    conversion: converted.conversion,
  };
}

/** Classify each feature by its OSM tags; one collection per theme present. */
function applyOsmTags(features: RawFeature[], choice: ImportChoice) {
  const byTheme = new Map<InfraTheme, InfraFeature[]>();
  let skipped = 0;
  const rejected: RowError[] = [];
  features.forEach((f, i) => {
    const kind = geometryKind(f.geometry);
    if (!kind) {
      rejected.push({ row: i + 1, message: `row ${i + 1}: no usable geometry` });
      return;
    }
    const tags: Record<string, string> = {};
    for (const [k, v] of Object.entries(f.properties)) if (v !== null && v !== '') tags[k] = String(v);
    const c = classifyOsmTags(tags, kind);
    if (!c) {
      skipped++;
      return;
    }
    const id = `${choice.idPrefix}-${i + 1}`;
    const properties = { id, ...c, approximate: choice.approximate, source: choice.source, attributes: tags };
    const checked = infraPropertiesSchema.safeParse(properties);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      rejected.push({ row: i + 1, message: `row ${i + 1}: ${issue.path.join('.')}: ${issue.message}` });
      return;
    }
    const list = byTheme.get(c.theme) ?? [];
    list.push({ type: 'Feature', id, properties: checked.data, geometry: f.geometry as InfraFeature['geometry'] });
    byTheme.set(c.theme, list);
  });
  const layers = INFRA_THEMES.filter((t) => byTheme.has(t)).map((theme) => ({
    theme,
    collection: { type: 'FeatureCollection' as const, features: byTheme.get(theme)! },
  }));
  return { layers, rejected, skipped };
}
