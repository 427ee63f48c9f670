import type { Bilingual } from '../data/schemas/geojson';
import type { AttributeValue } from '../io/formats/types';
import type { InfraTheme } from './classes';
import { classifyValue } from './class-value-rules';
import type { Confidence } from './mapping-types';
import { isMissing, parseCapacityMw, parseGrade, parseVoltageCellKv } from './parse-infra-values';
import { dominantKind, type FieldProfile, type LayerProfile } from './profile-layer';

/**
 * Which column holds the name, ref, class, voltage, capacity and grade: by the column names
 * Chinese GIS and spreadsheet tables use, checked against what the column holds.
 */

export interface FieldPick {
  field: string | null;
  confidence: Confidence;
  reason: Bilingual;
}

interface NameRule {
  /** Usual column names, best first (compared after `baseName`). */
  exact: string[];
  /** Words that make a column a weaker candidate. */
  contains: string[];
  /** Columns that contain a word but mean something else (所属单位名称, 行政区划代码 …). */
  avoid?: RegExp;
}

/** Lower case, no units in brackets, no spaces or separators: `电压(kV)` → `电压`, `NAME_ZH` → `namezh`. */
export function baseName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[(（[][^)）\]]*[)）\]]/g, '')
    .replace(/[\s_\-.:]/g, '');
}

function nameScore(field: string, rule: NameRule): { score: number; exact: boolean; word?: string } {
  const base = baseName(field);
  if (rule.avoid?.test(base)) return { score: 0, exact: false };
  const i = rule.exact.findIndex((e) => baseName(e) === base);
  if (i >= 0) return { score: 3 - i * 0.02, exact: true };
  const word = rule.contains.find((w) => base.includes(w));
  return word ? { score: 1.5, exact: false, word } : { score: 0, exact: false };
}

/** Share of non-missing sample values for which `test` holds (0 when there are none). */
function rate(samples: AttributeValue[], test: (v: AttributeValue) => boolean): number {
  const present = samples.filter((v) => !isMissing(v));
  return present.length ? present.filter(test).length / present.length : 0;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

const NAME: NameRule = {
  exact: [
    '名称',
    'name',
    '名字',
    '路名',
    '道路名称',
    '路线名称',
    '线路名称',
    '景区名称',
    '水库名称',
    '河流名称',
    '电站名称',
    '变电站名称',
    '电厂名称',
    '站名',
    '中文名称',
    '标准名称',
    'namezh',
    '地名',
    'mc',
  ],
  contains: ['名称', 'name', '名'],
  avoid: /英文|拼音|pinyin|简称|别名|曾用|nameen|enname|所属|单位|管理|负责|业主|法人|县名|市名|文件|图层|layer/,
};

const REF: NameRule = {
  exact: ['路线编号', '线路编号', '编号', '路线代码', '路线编码', 'lxbm', 'lxdm', 'ref', '编码', '代码', 'code', 'bh'],
  contains: ['编号', 'ref'],
  avoid: /区划|行政|邮编|邮政|adcode|citycode|电话|objectid|fid|^id$|osm/,
};

const CLASS: Record<InfraTheme, NameRule> = {
  roads: {
    exact: [
      '行政等级',
      '道路等级',
      '公路等级',
      '路线等级',
      '道路类型',
      '道路类别',
      '公路类型',
      'xzdj',
      'gldj',
      'dldj',
      'roadclass',
      'rclass',
      'fclass',
      'highway',
      'railway',
      '技术等级',
      '等级',
      '类型',
      '类别',
      '分类',
      'type',
      'class',
      'kind',
    ],
    contains: ['等级', '类型', '类别', 'class', 'type'],
  },
  power: {
    exact: [
      '设施类型',
      '电站类型',
      '电厂类型',
      '能源类型',
      '发电类型',
      '燃料类型',
      '燃料',
      'power',
      'plantsource',
      'generatorsource',
      'fuel',
      '电压等级',
      '电压',
      'voltage',
      'kv',
      'dydj',
      '类型',
      '类别',
      '分类',
      'type',
      'class',
      'kind',
    ],
    contains: ['类型', '类别', '电压', 'type', 'class'],
  },
  water: {
    exact: [
      '水体类型',
      '工程类型',
      '水利工程类型',
      '设施类型',
      '水库规模',
      '工程规模',
      '规模',
      'waterway',
      'natural',
      'water',
      '类型',
      '类别',
      '分类',
      'type',
      'class',
      'kind',
    ],
    contains: ['类型', '类别', '规模', 'type', 'class'],
  },
  tourism: {
    exact: [
      '景区等级',
      '质量等级',
      'a级',
      '等级',
      '级别',
      '类型',
      '类别',
      '分类',
      'tourism',
      'aeroway',
      'grade',
      'type',
      'class',
      'level',
      'kind',
    ],
    contains: ['等级', '级别', '类型', '类别', 'type', 'class'],
  },
};

/** Rows of a column whose value a class rule of the theme recognises; rows of a generic class count half. */
export function recognisedRows(field: FieldProfile, theme: InfraTheme): number {
  let n = 0;
  for (const [value, stats] of field.values ?? []) {
    const match = classifyValue(value, theme, dominantKind(stats));
    // "线路", "变电站" say less than "220kV": a voltage column beats a type column that only says line.
    if (match) n += GENERIC.has(match.choice) ? stats.count / 2 : stats.count;
  }
  return n;
}
const GENERIC = new Set(['power_line', 'substation']);

/** The column whose values name the class: by its name and by how many of its values the rules know. */
export function pickClassField(profile: LayerProfile, theme: InfraTheme): FieldPick {
  let best: { field: FieldProfile; score: number; exact: boolean; known: number } | null = null;
  for (const field of profile.fields) {
    if (!field.values || field.filled === 0) continue;
    const byName = nameScore(field.name, CLASS[theme]);
    const known = profile.rows ? recognisedRows(field, theme) / profile.rows : 0;
    const score = byName.score + 3 * known;
    if (score >= 2 && (!best || score > best.score)) best = { field, score, exact: byName.exact, known };
  }
  if (!best)
    return {
      field: null,
      confidence: 'none',
      reason: {
        zh: '没有列像类别（等级、类型），所有行用默认类别',
        en: 'no column looks like a class (等级, 类型); every row gets the default class',
      },
    };
  const { field, exact, known } = best;
  const confidence: Confidence = known >= 0.8 ? 'high' : known >= 0.5 || exact ? 'medium' : 'low';
  return {
    field: field.name,
    confidence,
    reason: {
      zh: `类别取自“${field.name}”：${exact ? '常见的类别列名，' : ''}${pct(known)} 的行的值可识别（${field.values!.size} 个不同值）`,
      en: `class from “${field.name}”: ${exact ? 'a usual class column name; ' : ''}${pct(known)} of rows have a value the rules recognise (${field.values!.size} distinct values)`,
    },
  };
}

type ValueCheck = {
  test: (v: AttributeValue) => boolean;
  min: number;
  what: Bilingual;
  nameless?: (f: FieldProfile) => boolean;
};

/** The best column by name score plus value fit; `check.min` is the least share of values that must fit. */
function pickByName(profile: LayerProfile, rule: NameRule, label: Bilingual, check?: ValueCheck): FieldPick {
  let best: { field: FieldProfile; score: number; exact: boolean; fit: number } | null = null;
  for (const field of profile.fields) {
    if (field.filled === 0) continue;
    const byName = nameScore(field.name, rule);
    const fit = check ? rate(field.samples, check.test) : 1;
    if (check && fit < check.min) continue;
    if (byName.score === 0 && !(check?.nameless?.(field) ?? false)) continue;
    const score = byName.score + (check ? 2 * fit : (0.5 * field.filled) / Math.max(1, profile.rows));
    if (!best || score > best.score) best = { field, score, exact: byName.exact, fit };
  }
  if (!best)
    return {
      field: null,
      confidence: 'none',
      reason: { zh: `没有像${label.zh}的列`, en: `no column looks like a ${label.en}` },
    };
  const { field, exact, fit } = best;
  const fills = field.filled / Math.max(1, profile.rows);
  const confidence: Confidence = exact && fit >= 0.8 && fills >= 0.5 ? 'high' : exact || fit >= 0.8 ? 'medium' : 'low';
  const how = exact ? { zh: '常见的列名', en: 'a usual column name' } : { zh: '列名相近', en: 'a similar column name' };
  const fitText = check
    ? { zh: `，${pct(fit)} 的值${check.what.zh}`, en: `; ${pct(fit)} of values ${check.what.en}` }
    : { zh: '', en: '' };
  return {
    field: field.name,
    confidence,
    reason: {
      zh: `${label.zh}取自“${field.name}”：${how.zh}${fitText.zh}，${pct(fills)} 的行有值`,
      en: `${label.en} from “${field.name}”: ${how.en}${fitText.en}; ${pct(fills)} of rows have one`,
    },
  };
}

const isText = (v: AttributeValue) => typeof v === 'string';

/** Name column: text, mostly filled. */
export function pickNameField(profile: LayerProfile): FieldPick {
  return pickByName(
    profile,
    NAME,
    { zh: '名称', en: 'name' },
    { test: isText, min: 0.8, what: { zh: '是文字', en: 'are text' } },
  );
}

/** Ref column (G15, S201, 线路编号); plain number columns named `code` are class codes (Geofabrik), not refs. */
export function pickRefField(profile: LayerProfile): FieldPick {
  const numericCode = (f: FieldProfile) => f.type === 'number' && ['code', '代码', '编码'].includes(baseName(f.name));
  return pickByName({ ...profile, fields: profile.fields.filter((f) => !numericCode(f)) }, REF, {
    zh: '编号',
    en: 'ref',
  });
}

const VOLTAGE: NameRule = {
  exact: ['电压等级', '电压', 'voltage', 'kv', '额定电压', 'dydj', 'voltagekv'],
  contains: ['电压', 'kv', 'voltage'],
};

/** Voltage column: named like one, or holding values with kV/千伏 units. */
export function pickVoltageField(profile: LayerProfile): FieldPick {
  const hasUnits = (f: FieldProfile) => rate(f.samples, (v) => typeof v === 'string' && /kv|千伏/i.test(v)) >= 0.5;
  return pickByName(
    profile,
    VOLTAGE,
    { zh: '电压', en: 'voltage' },
    {
      test: (v) => {
        const p = parseVoltageCellKv(v);
        return p.ok && p.value !== null;
      },
      min: 0.5,
      what: { zh: '可读作电压', en: 'read as voltages' },
      nameless: hasUnits,
    },
  );
}

const CAPACITY: NameRule = {
  exact: [
    '装机容量',
    '容量',
    '装机',
    '装机规模',
    '总装机容量',
    '总装机',
    'capacity',
    'capacitymw',
    'mw',
    'installedcapacity',
  ],
  contains: ['装机', '容量', 'capacity'],
  avoid: /主变|变电|mva|库容|储|蓄水|供水|床位/,
};

/** Installed-capacity column (MW, 万千瓦, GW …); substation MVA and reservoir storage are avoided. */
export function pickCapacityField(profile: LayerProfile): FieldPick {
  return pickByName(
    profile,
    CAPACITY,
    { zh: '装机容量', en: 'capacity' },
    {
      test: (v) => {
        const p = parseCapacityMw(v);
        return p.ok && p.value !== null;
      },
      min: 0.5,
      what: { zh: '可读作容量', en: 'read as capacities' },
    },
  );
}

const GRADE: NameRule = {
  exact: ['景区等级', '质量等级', 'a级', '等级', '级别', '景区级别', 'grade'],
  contains: ['等级', '级别', 'grade'],
};

/**
 * Scenic-grade column; a few grades among 农家乐 and 乡村旅游村 rows are enough (min 20%). The class
 * column counts as named, since one 等级 column often holds both grades and kinds.
 */
export function pickGradeField(profile: LayerProfile, classField: string | null = null): FieldPick {
  const grades = (f: FieldProfile) => rate(f.samples, (v) => parseGrade(v) !== null);
  return pickByName(
    profile,
    GRADE,
    { zh: 'A级', en: 'grade' },
    {
      test: (v) => parseGrade(v) !== null,
      min: 0.2,
      what: { zh: '可读作 A 级', en: 'read as A grades' },
      nameless: (f) => f.name === classField || (grades(f) >= 0.8 && f.type !== 'number'),
    },
  );
}
