import type { Bilingual } from '../data/schemas/geojson';
import type { ParsedLayer } from '../io/formats/types';
import {
  INFRA_THEMES,
  INFRA_THEME_LABELS,
  classesOfTheme,
  getInfraClass,
  type InfraGeometry,
  type InfraTheme,
} from './classes';
import { classFitsGeometry, classifyValue } from './class-value-rules';
import {
  baseName,
  pickCapacityField,
  pickClassField,
  pickGradeField,
  pickNameField,
  pickRefField,
  pickVoltageField,
  recognisedRows,
  type FieldPick,
} from './guess-fields';
import type { ClassChoice, Confidence, GuessReason, MappingGuess, MappingPart } from './mapping-types';
import { dominantKind, profileLayer, type FieldProfile, type LayerProfile } from './profile-layer';

/** Words in file and column names that point to a theme. */
const THEME_WORDS: Record<InfraTheme, RegExp> = {
  roads: /道路|公路|路网|路线|高速|国道|省道|县道|乡道|村道|铁路|交通|road|highway|street|railway|motorway/i,
  power: /电力|电网|线路|输电|变电|电压|千伏|kv|电厂|电站|发电|装机|power|substation|electric|grid|voltage/i,
  water: /水利|水系|水库|河流|河道|湖泊|渠道|水厂|供水|饮水|水源|库容|流域|水面|river|reservoir|lake|water|canal/i,
  tourism: /景区|景点|旅游|农家乐|农家院|民宿|a级|(?<![a-z0-9])[345]a(?![a-z])|scenic|touris|attraction|farm.?stay/i,
};

/** OpenStreetMap tag keys, and the theme each points to (null: a tag key, but no theme of its own). */
const OSM_KEYS: Record<string, InfraTheme | null> = {
  highway: 'roads',
  railway: 'roads',
  power: 'power',
  waterway: 'water',
  natural: 'water',
  tourism: 'tourism',
  aeroway: 'tourism',
  amenity: null,
  landuse: null,
  man_made: null,
  leisure: null,
  historic: null,
};
const OSM_VALUE = /^[a-z0-9_:;. -]+$/;
/** Columns of ids and codes: their values (C001, S12) would pass for road numbers when judging the theme. */
const ID_LIKE = /编号|编码|代码|code|ref|^id$|objectid|fid/;

const SKIP: Bilingual = { zh: '跳过', en: 'skip' };
const classLabel = (c: ClassChoice): Bilingual => (c === 'skip' ? SKIP : getInfraClass(c).label);
/** One of a geometry kind, for "must be an area or a point". */
const ONE: Record<InfraGeometry, string> = { point: 'a point', line: 'a line', area: 'an area' };
const pct = (x: number) => `${Math.round(x * 100)}%`;
const GEOM: Record<InfraGeometry, Bilingual> = {
  point: { zh: '点', en: 'points' },
  line: { zh: '线', en: 'lines' },
  area: { zh: '面', en: 'areas' },
};

/**
 * Guess how an imported layer maps onto infrastructure features: the theme (unless given), the
 * columns for class, name, ref, voltage, capacity and grade, and a class for every distinct value
 * of the class column (up to 200). Every part has a confidence and a reason the planner can read.
 */
export function guessMapping(
  layer: Pick<ParsedLayer, 'name' | 'fields' | 'features'>,
  theme?: InfraTheme,
  /** The planner's own pick of the class column (null: none), kept instead of guessed. */
  options: { classField?: string | null } = {},
): MappingGuess {
  if (!layer || !Array.isArray(layer.features) || !Array.isArray(layer.fields))
    throw new TypeError('guessMapping: expected a parsed layer with `features` and `fields` arrays');
  if (theme !== undefined && !INFRA_THEMES.includes(theme))
    throw new RangeError(`guessMapping: unknown theme "${String(theme)}"; expected one of ${INFRA_THEMES.join(', ')}`);
  const profile = profileLayer(layer);
  const osm = detectOsm(profile);
  const themePick = theme
    ? {
        theme,
        confidence: 'high' as Confidence,
        reason: {
          zh: `主题：${INFRA_THEME_LABELS[theme].zh}（已选定）`,
          en: `theme: ${INFRA_THEME_LABELS[theme].en} (chosen)`,
        },
      }
    : guessTheme(layer.name ?? '', profile, osm.themes);
  const t = themePick.theme;
  const dominant = dominantKind(profile.geometry);
  // Parts that do not apply to the theme stay null, without a reason to read.
  const notApplicable: FieldPick = { field: null, confidence: 'none', reason: { zh: '', en: '' } };
  const classPick: FieldPick =
    options.classField !== undefined
      ? {
          field: options.classField,
          confidence: 'high',
          reason: {
            zh: options.classField ? `类别字段：“${options.classField}”（已选定）` : '不按字段分类（已选定）',
            en: options.classField ? `class field: “${options.classField}” (chosen)` : 'no class field (chosen)',
          },
        }
      : pickClassField(profile, t);
  const picks: Record<Exclude<MappingPart, 'theme' | 'classValues' | 'defaultClass'>, FieldPick> = {
    classField: classPick,
    nameField: pickNameField(profile),
    refField: pickRefField(profile),
    voltageField: t === 'power' ? pickVoltageField(profile) : notApplicable,
    capacityField: t === 'power' ? pickCapacityField(profile) : notApplicable,
    gradeField: t === 'tourism' ? pickGradeField(profile, classPick.field) : notApplicable,
  };
  const def = guessDefaultClass(layer.name ?? '', t, dominant);
  const classProfile = profile.fields.find((f) => f.name === picks.classField.field) ?? null;
  const values = guessClassValues(classProfile, t, def.choice);

  const reasons: GuessReason[] = [{ part: 'theme', ...themePick.reason }];
  if (osm.tagged)
    reasons.push({
      part: 'osm',
      zh: `列 ${osm.keys.join('、')} 是 OpenStreetMap 标签，宜按 OSM 标签分类`,
      en: `columns ${osm.keys.join(', ')} are OpenStreetMap tags; classify by OSM tags instead`,
    });
  reasons.push({ part: 'classField', ...picks.classField.reason }, ...values.reasons, {
    part: 'defaultClass',
    ...def.reason,
  });
  for (const part of ['nameField', 'refField', 'voltageField', 'capacityField', 'gradeField'] as const)
    if (picks[part].reason.zh) reasons.push({ part, ...picks[part].reason });
  if (t === 'power' && picks.voltageField.field)
    reasons.push({
      part: 'voltageField',
      zh: `“输电线路（电压未知）”和“变电站（电压未知）”的行若在“${picks.voltageField.field}”有电压，按电压分档`,
      en: `lines and substations of unknown voltage are put in a voltage band when “${picks.voltageField.field}” gives one`,
    });

  return {
    theme: t,
    classField: picks.classField.field,
    classValues: values.classValues,
    defaultClass: def.choice,
    nameField: picks.nameField.field,
    refField: picks.refField.field,
    voltageField: picks.voltageField.field,
    capacityField: picks.capacityField.field,
    gradeField: picks.gradeField.field,
    confidence: {
      theme: themePick.confidence,
      classField: picks.classField.confidence,
      classValues: values.confidence,
      defaultClass: def.confidence,
      nameField: picks.nameField.confidence,
      refField: picks.refField.confidence,
      voltageField: picks.voltageField.confidence,
      capacityField: picks.capacityField.confidence,
      gradeField: picks.gradeField.confidence,
    },
    reasons,
    osmTagged: osm.tagged,
    valueCounts: values.valueCounts,
  };
}

/** Columns named as OSM tag keys whose values look like OSM values (lower-case words), or ogr's `other_tags`. */
function detectOsm(profile: LayerProfile): { tagged: boolean; keys: string[]; themes: Set<InfraTheme> } {
  const keys: string[] = [];
  const themes = new Set<InfraTheme>();
  for (const f of profile.fields) {
    const key = f.name.toLowerCase();
    if (key === 'other_tags') keys.push(f.name);
    if (!Object.hasOwn(OSM_KEYS, key) || f.samples.length === 0) continue;
    const osmLike = f.samples.filter((v) => typeof v === 'string' && OSM_VALUE.test(v)).length / f.samples.length;
    if (osmLike < 0.8) continue;
    keys.push(f.name);
    const theme = OSM_KEYS[key];
    if (theme && (key !== 'natural' || f.values?.has('water'))) themes.add(theme);
  }
  return { tagged: keys.length > 0, keys, themes };
}

/** Score each theme by file name, column names, recognised values and OSM keys; rows the theme cannot draw count against it. */
function guessTheme(fileName: string, profile: LayerProfile, osmThemes: Set<InfraTheme>) {
  const scored = INFRA_THEMES.map((theme) => {
    const zh: string[] = [];
    const en: string[] = [];
    let score = 0;
    if (THEME_WORDS[theme].test(fileName)) {
      score += 4;
      zh.push(`文件名“${fileName}”`);
      en.push(`file name “${fileName}”`);
    }
    const named = profile.fields.filter((f) => THEME_WORDS[theme].test(f.name)).map((f) => f.name);
    if (named.length) {
      score += Math.min(6, 2 * named.length);
      zh.push(`列名 ${named.join('、')}`);
      en.push(`columns ${named.join(', ')}`);
    }
    const text = (f: FieldProfile) => f.type !== 'number' && f.type !== 'boolean' && !ID_LIKE.test(baseName(f.name));
    let best: { field: string; share: number } | null = null;
    for (const f of profile.fields.filter(text)) {
      const share = profile.rows ? recognisedRows(f, theme) / profile.rows : 0;
      if (share > 0 && (!best || share > best.share)) best = { field: f.name, share };
    }
    if (best) {
      score += 5 * best.share;
      zh.push(`“${best.field}”${pct(best.share)} 的值可识别`);
      en.push(`${pct(best.share)} of “${best.field}” values recognised`);
    }
    if (osmThemes.has(theme)) {
      score += 5;
      zh.push('OSM 标签键');
      en.push('OSM tag keys');
    }
    const drawable = new Set(classesOfTheme(theme).flatMap((k) => k.geometry));
    const misfit = (['point', 'line', 'area'] as const).filter((k) => !drawable.has(k) && profile.geometry[k] > 0);
    const misfitShare = misfit.reduce((n, k) => n + profile.geometry[k], 0) / Math.max(1, profile.rows);
    if (misfitShare > 0) {
      score -= 4 * misfitShare;
      zh.push(`${pct(misfitShare)} 的行是本主题不画的${misfit.map((k) => GEOM[k].zh).join('、')}`);
      en.push(
        `${pct(misfitShare)} of rows are ${misfit.map((k) => GEOM[k].en).join(', ')}, which this theme does not draw`,
      );
    }
    return { theme, score, zh, en };
  }).sort((a, b) => b.score - a.score);
  const [top, second] = scored;
  const label = INFRA_THEME_LABELS;
  if (top.score <= 0) {
    const theme: InfraTheme = dominantKind(profile.geometry) === 'line' ? 'roads' : 'tourism';
    return {
      theme,
      confidence: 'low' as Confidence,
      reason: {
        zh: `主题：${label[theme].zh}——文件名、列名和值都没有线索，按几何类型猜测`,
        en: `theme: ${label[theme].en} — no clue in file name, columns or values; guessed from the geometry`,
      },
    };
  }
  const gap = top.score - second.score;
  const confidence: Confidence = top.score >= 4 && gap >= 2 ? 'high' : gap >= 1 ? 'medium' : 'low';
  const s = (x: number) => x.toFixed(1);
  return {
    theme: top.theme,
    confidence,
    reason: {
      zh: `主题：${label[top.theme].zh}（得分 ${s(top.score)}，其次${label[second.theme].zh} ${s(second.score)}）：${top.zh.join('；')}`,
      en: `theme: ${label[top.theme].en} (score ${s(top.score)}, next ${label[second.theme].en} ${s(second.score)}): ${top.en.join('; ')}`,
    },
  };
}

/** The class of a theme for values no rule knows: the "unknown voltage" classes, other scenic spots, rivers or water surfaces. Roads have none. */
function genericClass(theme: InfraTheme, geom: InfraGeometry | null): ClassChoice {
  if (geom === null) return 'skip';
  const byTheme: Record<InfraTheme, Partial<Record<InfraGeometry, ClassChoice>>> = {
    roads: {},
    power: { line: 'power_line', point: 'substation', area: 'substation' },
    water: { line: 'river', area: 'water_body' },
    tourism: { point: 'scenic_spot', area: 'scenic_spot' },
  };
  return byTheme[theme][geom] ?? 'skip';
}

/** The class for rows without a recognised value: what the file name says (高速公路.shp, 变电站.kml), else the theme's generic class. */
function guessDefaultClass(fileName: string, theme: InfraTheme, geom: InfraGeometry | null) {
  const hint = /^\d*$/.test(fileName.trim()) ? null : classifyValue(fileName, theme, geom);
  if (hint && hint.choice !== 'skip' && (geom === null || classFitsGeometry(hint.choice, geom))) {
    const l = classLabel(hint.choice);
    return {
      choice: hint.choice,
      confidence: 'medium' as Confidence,
      reason: {
        zh: `其余的行：${l.zh}——文件名“${fileName}”${hint.rule.zh}`,
        en: `other rows: ${l.en} — file name “${fileName}” ${hint.rule.en}`,
      },
    };
  }
  const choice = genericClass(theme, geom);
  const l = classLabel(choice);
  const why: Bilingual =
    choice === 'skip'
      ? { zh: '没有可以放心套用的通用类别', en: 'there is no safe generic class' }
      : {
          zh: `本主题${geom ? GEOM[geom].zh : ''}要素最通用的类别`,
          en: `the most generic class for ${geom ? GEOM[geom].en : 'rows'} of this theme`,
        };
  return {
    choice,
    confidence: 'low' as Confidence,
    reason: { zh: `其余的行：${l.zh}——${why.zh}`, en: `other rows: ${l.en} — ${why.en}` },
  };
}

const quoteList = (values: string[], zh: boolean) => {
  const shown = values.slice(0, 6).map((v) => (zh ? `“${v}”` : `"${v}"`));
  const more = values.length - shown.length;
  return zh
    ? shown.join('、') + (more ? ` 等 ${values.length} 个` : '')
    : shown.join(', ') + (more ? ` and ${more} more` : '');
};

/** A class for each distinct value of the class column, with one reason per rule that decided. */
function guessClassValues(field: FieldProfile | null, theme: InfraTheme, fallback: ClassChoice) {
  const classValues: Record<string, ClassChoice> = {};
  const valueCounts: Record<string, number> = {};
  const groups = new Map<string, { why: Bilingual; choice: ClassChoice; values: string[] }>();
  let rows = 0;
  let known = 0;
  for (const [value, stats] of field?.values ?? []) {
    if (value === '__proto__') continue; // cannot be a plain-object key; such rows get the default class
    const geom = dominantKind(stats);
    const match = classifyValue(value, theme, geom);
    let choice: ClassChoice;
    let why: Bilingual;
    if (match && match.choice !== 'skip' && geom && !classFitsGeometry(match.choice, geom)) {
      const l = getInfraClass(match.choice).label;
      const needs = getInfraClass(match.choice).geometry;
      choice = 'skip';
      why = {
        zh: `像“${l.zh}”，但这些行是${GEOM[geom].zh}，而${l.zh}只能是${needs.map((n) => GEOM[n].zh).join('或')}`,
        en: `look like ${l.en}, but these rows are ${GEOM[geom].en}, and ${l.en} must be ${needs.map((n) => ONE[n]).join(' or ')}`,
      };
    } else if (match) {
      choice = match.choice;
      why = match.rule;
      known += stats.count;
    } else {
      choice = fallback !== 'skip' && geom && classFitsGeometry(fallback, geom) ? fallback : genericClass(theme, geom);
      why = { zh: '未识别，用默认类别', en: 'not recognised; default class' };
    }
    rows += stats.count;
    classValues[value] = choice;
    valueCounts[value] = stats.count;
    const key = `${choice}\u0000${why.zh}`;
    const group = groups.get(key) ?? { why, choice, values: [] };
    group.values.push(value);
    groups.set(key, group);
  }
  const reasons: GuessReason[] = [...groups.values()].map(({ why, choice, values }) => ({
    part: 'classValues',
    zh: `${quoteList(values, true)} → ${classLabel(choice).zh}：${why.zh}`,
    en: `${quoteList(values, false)} → ${classLabel(choice).en}: ${why.en}`,
  }));
  const share = rows ? known / rows : 0;
  const confidence: Confidence = !field ? 'none' : share >= 0.9 ? 'high' : share >= 0.6 ? 'medium' : 'low';
  return { classValues, valueCounts, reasons, confidence };
}
