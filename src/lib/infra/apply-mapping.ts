import { checkCoordinates } from '../data/schemas/geojson';
import { infraPropertiesSchema, type InfraCollection, type InfraProperties } from '../data/schemas/infra';
import type { RawFeature, RowError } from '../io/formats/types';
import {
  INFRA_THEMES,
  getInfraClass,
  isInfraClassId,
  voltageBand,
  type InfraClassId,
  type InfraGeometry,
} from './classes';
import type { ClassChoice, FieldMapping } from './mapping-types';
import {
  capacityFactorOfField,
  geometryKind,
  parseCapacityMw,
  parseGrade,
  parseVoltageCellKv,
  textOf,
  valueKey,
} from './parse-infra-values';

export interface ApplyMappingOptions {
  /** Recorded on every feature: the file name the planner imported. */
  source: string;
  /** Feature ids are `${idPrefix}-${row}`, so the same file and mapping always give the same ids. */
  idPrefix: string;
  /** True when positions are known to be rough (geocoded addresses, centroids). */
  approximate?: boolean;
}

export interface ApplyMappingResult {
  collection: InfraCollection;
  /** Rows that could not become features, with their 1-based index in `features` and why. */
  rejected: RowError[];
  /** Rows whose class is `skip`. */
  skipped: number;
}

type InfraFeature = InfraCollection['features'][number];

/** Nesting depth of coordinates and the least items per level, as the shared geometry schemas check them. */
const COORDINATES: Record<string, [depth: number, minLength: (level: number) => number]> = {
  Point: [0, () => 1],
  LineString: [1, (l) => (l === 1 ? 2 : 1)],
  MultiLineString: [2, (l) => (l === 1 ? 2 : 1)],
  Polygon: [2, (l) => (l === 1 ? 4 : 1)],
  MultiPolygon: [3, (l) => (l === 1 ? 4 : 1)],
};
const KIND_WORDS: Record<InfraGeometry, string> = { point: 'point', line: 'line', area: 'area' };

/** A value as quoted in a message: text, cut short so one odd cell cannot flood the error list. */
const quote = (v: unknown) => {
  const s = valueKey(v as never);
  return `"${s.length > 60 ? `${s.slice(0, 57)}…` : s}"`;
};

/**
 * Turn WGS84 features with their original attributes into infrastructure features by a mapping.
 * Rows whose class is `skip` are counted, not kept; rows that cannot be features (no usable
 * geometry, a geometry the class cannot have, an unreadable voltage or capacity) are listed in
 * `rejected` with a message naming the field. Lines and substations of unknown voltage move to
 * their voltage band when the voltage column gives one. Each feature is checked with the shared
 * properties schema and checkCoordinates, one at a time, so 200k rows take a few seconds.
 */
export function applyMapping(
  features: RawFeature[],
  mapping: FieldMapping,
  options: ApplyMappingOptions,
): ApplyMappingResult {
  checkArguments(features, mapping, options);
  const { classField, classValues, defaultClass, nameField, refField, voltageField, capacityField, gradeField } =
    mapping;
  const capacityFactor = capacityFactorOfField(capacityField);
  const approximate = options.approximate ?? false;
  const out: InfraFeature[] = [];
  const rejected: RowError[] = [];
  let skipped = 0;

  for (let i = 0; i < features.length; i++) {
    const row = i + 1;
    const reject = (message: string) => rejected.push({ row, message: `row ${row}: ${message}` });
    const props = features[i]?.properties ?? {};
    const key = classField ? valueKey(props[classField]) : '';
    const fromValue = classField !== null && Object.hasOwn(classValues, key);
    const choice: ClassChoice = fromValue ? classValues[key] : defaultClass;
    if (choice === 'skip') {
      skipped++;
      continue;
    }

    const voltage = voltageField ? parseVoltageCellKv(props[voltageField]) : { ok: true as const, value: null };
    if (!voltage.ok) {
      reject(`${voltageField} ${quote(props[voltageField!])} is not a voltage`);
      continue;
    }
    const capacity = capacityField
      ? parseCapacityMw(props[capacityField], capacityFactor)
      : { ok: true as const, value: null };
    if (!capacity.ok) {
      reject(`${capacityField} ${quote(props[capacityField!])} is not a capacity`);
      continue;
    }
    const cls = bandByVoltage(choice, voltage.value);

    const geometry = features[i]?.geometry;
    const kind = geometryKind(geometry);
    if (!geometry || !kind) {
      reject(
        geometry
          ? `a ${geometry.type} cannot be imported (split MultiPoints and collections into single features)`
          : 'no geometry',
      );
      continue;
    }
    const k = getInfraClass(cls);
    if (!(k.geometry as readonly InfraGeometry[]).includes(kind)) {
      const source = fromValue ? `from ${classField} ${quote(key)}` : 'the default class';
      reject(
        `a ${geometry.type} cannot be a ${k.label.zh} (${k.geometry.map((g) => KIND_WORDS[g]).join(' or ')}), ${source}`,
      );
      continue;
    }
    const [depth, minLength] = COORDINATES[geometry.type];
    const problem = checkCoordinates((geometry as { coordinates: unknown }).coordinates, depth, minLength);
    if (problem) {
      reject(`geometry.coordinates${problem.path.map((p) => `[${p}]`).join('')}: ${problem.message}`);
      continue;
    }
    const badAttribute = Object.keys(props).find((a) => !isAttributeValue(props[a]));
    if (badAttribute !== undefined) {
      reject(
        `attribute ${badAttribute} is ${describe(props[badAttribute])}, not text, a finite number, true/false or empty`,
      );
      continue;
    }

    const id = `${options.idPrefix}-${row}`;
    const properties: InfraProperties = {
      id,
      theme: mapping.theme,
      class: cls,
      name: nameField ? textOf(props[nameField]) : null,
      ref: refField ? textOf(props[refField]) : null,
      voltage_kv: voltage.value,
      capacity_mw: capacity.value,
      grade: gradeField ? parseGrade(props[gradeField]) : null,
      approximate,
      source: options.source,
      attributes: { ...props },
    };
    // The shared schema has the last word; by construction it should never object.
    const checked = infraPropertiesSchema.safeParse(properties);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      reject(`properties.${issue.path.join('.')}: ${issue.message}`);
      continue;
    }
    out.push({ type: 'Feature', id, properties, geometry: geometry as InfraFeature['geometry'] });
  }
  return { collection: { type: 'FeatureCollection', features: out }, rejected, skipped };
}

/** `power_line` / `substation` (voltage unknown) with a known voltage → the class of its band. */
function bandByVoltage(choice: InfraClassId, kv: number | null): InfraClassId {
  if (choice !== 'power_line' && choice !== 'substation') return choice;
  const band = voltageBand(kv);
  const id = band ? `${choice}_${band}` : choice;
  return isInfraClassId(id) ? id : choice;
}

function isAttributeValue(v: unknown): boolean {
  return v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
}

function describe(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (typeof v === 'number') return String(v);
  return Array.isArray(v) ? 'a list' : `a ${typeof v}`;
}

/** Throw on a mapping that cannot be right for any row: unknown theme, classes of another theme, empty ids or source. */
function checkArguments(features: RawFeature[], mapping: FieldMapping, options: ApplyMappingOptions): void {
  if (!Array.isArray(features)) throw new TypeError('applyMapping: features must be an array of GeoJSON features');
  if (!mapping || !INFRA_THEMES.includes(mapping.theme))
    throw new RangeError(
      `applyMapping: mapping.theme must be one of ${INFRA_THEMES.join(', ')}, got ${JSON.stringify(mapping?.theme)}`,
    );
  if (!options || typeof options.source !== 'string' || !options.source.trim())
    throw new TypeError('applyMapping: options.source must be a non-empty string (the file name)');
  if (typeof options.idPrefix !== 'string' || !options.idPrefix.trim())
    throw new TypeError('applyMapping: options.idPrefix must be a non-empty string');
  const check = (c: unknown, where: string) => {
    if (c === 'skip') return;
    if (!isInfraClassId(c)) throw new RangeError(`applyMapping: ${where}: unknown class ${JSON.stringify(c)}`);
    const theme = getInfraClass(c).theme;
    if (theme !== mapping.theme)
      throw new RangeError(`applyMapping: ${where}: class "${c}" belongs to theme "${theme}", not "${mapping.theme}"`);
  };
  check(mapping.defaultClass, 'mapping.defaultClass');
  for (const [value, c] of Object.entries(mapping.classValues ?? {}))
    check(c, `mapping.classValues[${JSON.stringify(value)}]`);
}
