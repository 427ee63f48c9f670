import type { Bilingual } from '../data/schemas/geojson';
import type { Industry } from '../data/schemas/plan';

/**
 * How strongly the plan ties an industry to a prefecture: it names the whole prefecture, it names
 * only some of its counties, or it names neither.
 */
export type MatrixStrength = 'prefecture' | 'county' | 'none';

export interface IndustryMatrixCell {
  industryId: string;
  prefectureCode: string;
  strength: MatrixStrength;
  /** Counties of this prefecture the plan names for the industry, sorted by code (also when the whole prefecture is named). */
  countyCodes: string[];
}

export interface IndustryMatrixRow {
  industryId: string;
  name: Bilingual;
  /** The plan gives this industry's regions only in words (乡村旅游, 电商): no place can be marked. */
  wordsOnly: boolean;
  /** One cell per column, in column order. */
  cells: IndustryMatrixCell[];
}

export interface IndustryMatrixColumn {
  code: string;
  name: Bilingual;
}

/** Industries (plan order) × prefectures (code order), with the names a chart needs. */
export interface IndustryMatrix {
  columns: IndustryMatrixColumn[];
  rows: IndustryMatrixRow[];
  /** Names of the counties that appear in some cell's `countyCodes`. */
  counties: Record<string, Bilingual>;
}

interface NamedProperties {
  code: string;
  name_zh: string;
  name_en: string;
}
/** The parts of data/boundaries/prefectures.geojson the matrix reads. */
export interface PrefectureCollection {
  features: readonly { properties: NamedProperties }[];
}
/** The parts of data/boundaries/counties.geojson the matrix reads. */
export interface CountyCollection {
  features: readonly { properties: NamedProperties & { prefecture_code: string } }[];
}

const fail = (path: string, message: string): never => {
  throw new Error(`buildIndustryMatrix: ${path}: ${message}`);
};

function indexFeatures<P extends NamedProperties>(
  collection: { features: readonly { properties: P }[] },
  what: string,
) {
  if (!collection || !Array.isArray(collection.features)) fail(what, 'expected a FeatureCollection with features');
  const byCode = new Map<string, P>();
  collection.features.forEach((f, i) => {
    const code = f?.properties?.code;
    if (typeof code !== 'string')
      fail(`${what}.features[${i}].properties.code`, `expected a string, got ${typeof code}`);
    if (byCode.has(code)) fail(`${what}.features[${i}].properties.code`, `duplicate code ${code}`);
    byCode.set(code, f.properties);
  });
  if (byCode.size === 0) fail(what, 'no features');
  return byCode;
}

/**
 * Cross the plan's 16 characteristic industries with the 14 prefectures: for each pair, does the
 * plan name the prefecture, only some of its counties, or neither? Rows follow the plan's `order`,
 * columns the prefecture codes. Throws if a named place is not in the boundary data.
 */
export function buildIndustryMatrix(
  plan: { industries: readonly Industry[] },
  prefectures: PrefectureCollection,
  counties: CountyCollection,
): IndustryMatrix {
  if (!plan || !Array.isArray(plan.industries)) fail('plan.industries', 'expected an array of industries');
  const prefectureByCode = indexFeatures(prefectures, 'prefectures');
  const countyByCode = indexFeatures(counties, 'counties');
  countyByCode.forEach((c, code) => {
    if (!prefectureByCode.has(c.prefecture_code))
      fail(`counties[${code}].properties.prefecture_code`, `${c.prefecture_code} is not in prefectures`);
  });

  const ids = new Set<string>();
  const orders = new Set<number>();
  plan.industries.forEach((ind, i) => {
    if (typeof ind?.id !== 'string') fail(`plan.industries[${i}].id`, `expected a string, got ${typeof ind?.id}`);
    if (ids.has(ind.id)) fail(`plan.industries[${i}].id`, `duplicate industry id "${ind.id}"`);
    if (!Number.isInteger(ind.order) || orders.has(ind.order))
      fail(`plan.industries[${i}].order`, `expected a unique integer, got ${ind.order}`);
    if (!Array.isArray(ind.groups)) fail(`plan.industries[${i}].groups`, 'expected an array');
    ids.add(ind.id);
    orders.add(ind.order);
  });

  const columns = [...prefectureByCode.values()]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((p) => ({ code: p.code, name: { zh: p.name_zh, en: p.name_en } }));
  const countyNames: Record<string, Bilingual> = {};

  const rows = plan.industries
    .map((ind, i) => ({ ind, i }))
    .sort((a, b) => a.ind.order - b.ind.order)
    .map(({ ind, i }): IndustryMatrixRow => {
      const wholePrefectures = new Set<string>();
      const countiesByPrefecture = new Map<string, Set<string>>();
      ind.groups.forEach((group, g) => {
        if (!Array.isArray(group?.places)) fail(`plan.industries[${i}].groups[${g}].places`, 'expected an array');
        group.places.forEach((place, p) => {
          const path = `plan.industries[${i}].groups[${g}].places[${p}]`;
          if (place.level === 'prefecture') {
            if (!prefectureByCode.has(place.code))
              fail(`${path}.code`, `prefecture ${place.code} is not in prefectures`);
            wholePrefectures.add(place.code);
          } else if (place.level === 'county') {
            const county =
              countyByCode.get(place.code) ?? fail(`${path}.code`, `county ${place.code} is not in counties`);
            const set = countiesByPrefecture.get(county.prefecture_code) ?? new Set<string>();
            countiesByPrefecture.set(county.prefecture_code, set.add(place.code));
            countyNames[place.code] = { zh: county.name_zh, en: county.name_en };
          } else {
            fail(
              `${path}.level`,
              `expected "prefecture" or "county", got ${JSON.stringify((place as { level: unknown }).level)}`,
            );
          }
        });
      });
      const cells = columns.map(({ code }): IndustryMatrixCell => {
        const countyCodes = [...(countiesByPrefecture.get(code) ?? [])].sort();
        const strength = wholePrefectures.has(code) ? 'prefecture' : countyCodes.length > 0 ? 'county' : 'none';
        return { industryId: ind.id, prefectureCode: code, strength, countyCodes };
      });
      return {
        industryId: ind.id,
        name: { zh: ind.name.zh, en: ind.name.en },
        wordsOnly: ind.groups.length === 0,
        cells,
      };
    });

  // Sorted keys keep the output byte-stable whatever order the plan lists places in.
  const namedCounties = Object.fromEntries(
    Object.keys(countyNames)
      .sort()
      .map((code) => [code, countyNames[code]]),
  );
  return { columns, rows, counties: namedCounties };
}
