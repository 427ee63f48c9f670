import { z } from 'zod';
import { dalianOutcomesSchema } from '../data/schemas/dalian-outcomes';
import type { Bilingual } from '../data/schemas/geojson';
import { gazetteerSchema } from '../data/schemas/gazetteer';
import { licencesSchema } from '../data/schemas/licences';
import { planSchema } from '../data/schemas/plan';
import { translate, type Lang } from '../i18n/locale.svelte';
import type { FieldRow } from './field-dictionary';

/** The JSON (non-GeoJSON) datasets of the manifest and the schemas they are checked with. */
export const JSON_DATASET_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  plan: planSchema,
  'dalian-gazetteer': gazetteerSchema,
  'dalian-outcomes': dalianOutcomesSchema,
  licences: licencesSchema,
};

/** The parts of a JSON Schema (as z.toJSONSchema writes it) that the dictionary reads, with the fields' `.meta()`. */
interface JsonNode {
  /** One type, or several for a simple nullable (`["string", "null"]`). */
  type?: string | string[];
  format?: string;
  const?: unknown;
  enum?: unknown[];
  properties?: Record<string, JsonNode>;
  items?: JsonNode | false;
  prefixItems?: JsonNode[];
  anyOf?: JsonNode[];
  oneOf?: JsonNode[];
  zh?: string;
  en?: string;
  unit?: Bilingual;
}

/** A field's type as the rows show it: names (`string`, `object[]`), or literal values (`"county" | "town"`). */
interface TypeParts {
  names: Set<string>;
  values: Set<string>;
  nullable: boolean;
}

interface Entry {
  name: string;
  type: TypeParts;
  /** The node with the field's `.meta()`, if any. */
  node: JsonNode | null;
  /** A bilingual text `{ zh, en }` (in some branch). */
  bilingual: boolean;
}

/** A node with one type. */
type Branch = Omit<JsonNode, 'type'> & { type?: string };
const splitTypes = (n: JsonNode): Branch[] =>
  Array.isArray(n.type) ? n.type.map((type) => ({ ...n, type })) : [{ ...n, type: n.type }];
/** The alternatives of a node: its anyOf/oneOf branches, with one node per type of a `type` list. */
const branchesOf = (n: JsonNode): Branch[] => (n.anyOf ?? n.oneOf)?.flatMap(splitTypes) ?? splitTypes(n);
const nonNull = (n: JsonNode): Branch[] => branchesOf(n).filter((b) => b.type !== 'null');

/** The node that carries the meaning: the field's own, else its one non-null branch (`x.meta().nullable()`). */
function meaningNode(n: JsonNode): JsonNode | null {
  if (n.zh !== undefined || n.en !== undefined) return n;
  if (!n.anyOf && !n.oneOf) return null;
  const rest = nonNull(n);
  return rest.length === 1 ? meaningNode(rest[0]) : null;
}

function itemName(n: JsonNode): string {
  const names = [
    ...new Set(nonNull(n).map((b) => (b.type === 'array' ? `${itemName(b.items || {})}[]` : (b.type ?? 'any')))),
  ];
  return names.length === 1 ? names[0] : `(${names.join(' | ')})`;
}

function addType(parts: TypeParts, n: JsonNode): void {
  for (const b of branchesOf(n)) {
    if (b.anyOf || b.oneOf) addType(parts, b);
    else if (b.type === 'null' && b.const === undefined) parts.nullable = true;
    else if (b.const !== undefined) parts.values.add(JSON.stringify(b.const));
    else if (b.enum) b.enum.forEach((v) => parts.values.add(JSON.stringify(v)));
    else if (b.type === 'array' && b.prefixItems) parts.names.add(`[${b.prefixItems.map(itemName).join(', ')}]`);
    else if (b.type === 'array') parts.names.add(`${b.items ? itemName(b.items) : 'any'}[]`);
    else if (b.type === 'string' && b.format === 'date') parts.names.add('date');
    else parts.names.add(b.type ?? 'any');
  }
}

/** Up to this many literal values are listed; more are summarised (the meaning names them). */
const MAX_VALUES = 4;

function renderType(t: TypeParts): string {
  const values = [...t.values];
  const parts = [...t.names, ...(values.length > MAX_VALUES ? [`one of ${values.length} values`] : values)];
  if (t.nullable) parts.push('null');
  return parts.join(' | ');
}

/** `{ zh, en }`: an object whose only fields are the two language texts. */
const isBilingual = (n: JsonNode): boolean =>
  objectsOf(n).some((o) => Object.keys(o.properties!).sort().join() === 'en,zh');

/** The objects a value of this node can be: one per union branch (arrays are walked separately, as `[]`). */
function objectsOf(n: JsonNode): JsonNode[] {
  return nonNull(n).flatMap((b) =>
    b.anyOf || b.oneOf ? objectsOf(b) : b.type === 'object' && b.properties ? [b] : [],
  );
}

/** Walk the properties of every object `n` can be; rows are added in schema order, parents first. */
function walk(n: JsonNode, prefix: string, rows: Map<string, Entry>): void {
  for (const obj of objectsOf(n))
    for (const [key, child] of Object.entries(obj.properties!)) {
      const name = prefix ? `${prefix}.${key}` : key;
      let entry = rows.get(name);
      if (!entry) {
        entry = { name, type: { names: new Set(), values: new Set(), nullable: false }, node: null, bilingual: false };
        rows.set(name, entry);
      }
      addType(entry.type, child);
      entry.node ??= meaningNode(child);
      entry.bilingual ||= isBilingual(child);
      walk(child, name, rows);
      const arrays = nonNull(child).filter((b) => b.type === 'array' && b.items);
      for (const a of arrays) walk(a.items as JsonNode, `${name}[]`, rows);
    }
}

/**
 * The field dictionary of a zod schema, from its `.meta({ zh, en, unit })`: one row per field, named
 * by its dotted path (`industries[].groups[].places[].code`; `[]` for the items of an array), with
 * its type, meaning and unit in `lang`. Union branches are merged (a field of any branch is listed
 * once). The `zh` and `en` members of a bilingual text take their parent's meaning ("In Chinese: …",
 * "In English: …"). A field without `.meta()` has an empty meaning.
 */
export function schemaDictionary(schema: z.ZodType, lang: Lang): FieldRow[] {
  const root = z.toJSONSchema(schema, { unrepresentable: 'any' }) as JsonNode;
  const rows = new Map<string, Entry>();
  walk(root, '', rows);
  const meaningOf = (e: Entry): string => {
    const own = e.node?.[lang];
    if (own) return own;
    const language = /\.(zh|en)$/.exec(e.name)?.[1];
    const parent = language ? rows.get(e.name.slice(0, -3)) : undefined;
    const parentMeaning = parent?.bilingual ? meaningOf(parent) : '';
    if (!parentMeaning) return '';
    return translate(lang, language === 'zh' ? 'catalogue_field_in_zh' : 'catalogue_field_in_en', {
      meaning: parentMeaning,
    });
  };
  return [...rows.values()].map((e) => ({
    name: e.name,
    type: renderType(e.type),
    meaning: meaningOf(e),
    unit: e.node?.unit?.[lang] ?? '',
  }));
}

/** The field dictionary of a JSON dataset of the manifest (see JSON_DATASET_SCHEMAS); empty for any other id. */
export function jsonDatasetDictionary(datasetId: string, lang: Lang): FieldRow[] {
  const schema = JSON_DATASET_SCHEMAS[datasetId];
  return schema ? schemaDictionary(schema, lang) : [];
}
