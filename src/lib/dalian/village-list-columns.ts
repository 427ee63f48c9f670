import { chooseGeometryColumns } from '../io/formats/csv-columns';
import type { AttributeValue } from '../io/formats/types';
import { resolveCounty } from './gazetteer-index';
import { cleanCode } from './normalise-name';

/** What a column of a village list holds. */
export type ColumnRole =
  | 'name'
  | 'town'
  | 'county'
  | 'code'
  | 'lon'
  | 'lat'
  | 'income'
  | 'designated_year'
  | 'exit_year'
  | 'aid_unit'
  | 'projects'
  | 'linkage_model'
  | 'note';

/** Column name for each role found (a role may be missing; a column has at most one role). */
export type ColumnMapping = Partial<Record<ColumnRole, string>>;

/**
 * Header patterns, checked in this order so that the specific wins: `乡镇名称` is a town column
 * although it ends in 名称, `帮扶项目` is projects, `驻村帮扶单位` an aid unit, not a village.
 */
const HEADER_RULES: [ColumnRole, RegExp][] = [
  ['code', /代码|编码|区划码|^code$|^(village)?code$|^adcode$/],
  ['exit_year', /(脱贫|退出|出列|销号|摘帽).*(年份|年度|时间|日期|年)$|^exit(year)?$/],
  ['designated_year', /(认定|确定|识别|纳入|确认|列入).*(年份|年度|时间|日期|年)$|^designated(year)?$/],
  ['income', /收入|^income/],
  ['aid_unit', /(帮扶|驻村|包扶|对口|联系).*(单位|部门)|^aidunit$/],
  ['linkage_model', /利益联结|联结机制|带动模式|带动方式|联农带农|^linkage/],
  ['projects', /项目|^projects?$/],
  ['county', /^(所属)?(县|区|市|县区|区县|县市区|区市县|县市|市县|县级市|县市区名称|县区名称)(名称|名)?$|^county$/],
  ['town', /^(所属)?(乡|镇|乡镇|镇乡|街道|镇街|街镇|乡镇街道|乡镇街)(名称|名)?$|乡镇|^town(ship)?$/],
  [
    'name',
    /^(贫困|低收入|经济薄弱|重点|扶贫)?(行政)?(村|村庄|村居|村委会|村社区|社区)(名称|名)?$|名称$|^(村|社区)名|^(name|village|villagename|namezh)$/,
  ],
  ['note', /^(备注|说明|附注|note|notes|remarks?)$/],
];

/** `所属乡镇（街道）` → `所属乡镇`; `Exit year` → `exityear`. */
function headerKey(h: string): string {
  return h
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[([【［].*?[)\]】］]/g, '')
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

/**
 * Roles guessed from header texts: the first column matching each role's pattern, specific roles
 * first; lon/lat as the shared CSV reader guesses them (经度/纬度, lon/lat, x/y …).
 */
export function guessColumnsFromHeader(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<number>();
  const geometry = chooseGeometryColumns(headers);
  if (typeof geometry !== 'string' && geometry.kind === 'point') {
    mapping.lon = headers[geometry.lon];
    mapping.lat = headers[geometry.lat];
    taken.add(geometry.lon).add(geometry.lat);
  }
  headers.forEach((h, i) => {
    const key = headerKey(h);
    if (taken.has(i) || !key || key.length > 20) return;
    const rule = HEADER_RULES.find(([role, re]) => !mapping[role] && re.test(key));
    if (rule) {
      mapping[rule[0]] = h;
      taken.add(i);
    }
  });
  return mapping;
}

const VILLAGE_END = /(村|村委会|村民委员会|社区|居委会|居民委员会|生活区)$/;
const TOWN_END = /(镇|乡|街道|街道办事处|镇人民政府|乡人民政府)$/;

function share(values: AttributeValue[], test: (s: string) => boolean): number {
  const texts = values.filter((v) => v !== null && String(v).trim() !== '').map((v) => String(v).trim());
  return texts.length ? texts.filter(test).length / texts.length : 0;
}

/**
 * Roles guessed from cell contents, for lists without a usable header (one name per line, a table
 * copied without its header): names end in 村/社区/委会, towns in 镇/乡/街道, counties are the
 * three, codes have 12 digits. Only columns not in `known` are considered; a column must fit in
 * at least half its non-empty cells. With a single text column, that column is the name.
 */
export function guessColumnsFromContent(
  columns: readonly string[],
  rows: readonly AttributeValue[][],
  known: ColumnMapping = {},
): ColumnMapping {
  const mapping: ColumnMapping = { ...known };
  const used = new Set(Object.values(known));
  const values = (i: number) => rows.map((r) => r[i] ?? null);
  const tests: [ColumnRole, (s: string) => boolean][] = [
    ['code', (s) => /^\d{12}$/.test(cleanCode(s))],
    ['county', (s) => resolveCounty(s) !== null],
    ['town', (s) => TOWN_END.test(s) && !VILLAGE_END.test(s)],
    ['name', (s) => VILLAGE_END.test(s.replace(/[(（].*?[)）]/g, ''))],
  ];
  for (const [role, test] of tests) {
    if (mapping[role]) continue;
    let best = -1;
    let bestShare = 0.5;
    columns.forEach((c, i) => {
      if (used.has(c)) return;
      const s = share(values(i), test);
      if (s >= bestShare && s > 0 && (best < 0 || s > bestShare)) [best, bestShare] = [i, s];
    });
    if (best >= 0) {
      mapping[role] = columns[best];
      used.add(columns[best]);
    }
  }
  if (!mapping.name) {
    // A list of bare names (`河川`, `前炉`): the one column that is mostly Chinese text.
    const bare = (s: string) => /^\p{Script=Han}{2,12}$/u.test(s.replace(/\s/g, ''));
    const text = columns.filter((c, i) => !used.has(c) && share(values(i), bare) > 0.5);
    if (text.length === 1) mapping.name = text[0];
  }
  return mapping;
}

/**
 * Which of the first rows is the header: the one whose cells name the most roles, a name column
 * required (the earliest on a tie); null when none does. Title rows (`大连市低收入村名单`) and data
 * rows (`青堆镇`, `河川村`) name no village column, so they are passed over.
 */
export function findHeaderRow(rows: readonly AttributeValue[][], lookAhead = 10): number | null {
  let best: number | null = null;
  let bestScore = 0;
  for (let i = 0; i < Math.min(rows.length, lookAhead); i++) {
    const cells = rows[i].map((v) => (typeof v === 'string' ? v : ''));
    const mapping = guessColumnsFromHeader(cells);
    const score = Object.keys(mapping).length;
    if (mapping.name && score > bestScore) [best, bestScore] = [i, score];
  }
  return best;
}

/**
 * The header row of a table without one the guesser recognises: with `header` given, as given;
 * with a chosen mapping, the first row holding all its column names; else findHeaderRow; else the
 * first row when it is text over a column of village names it does not fit (`名字` over `河川村`),
 * or text over rows with numbers (`序号, 人口`: so an error can name the columns). Null: no header.
 */
export function locateHeader(
  rows: readonly AttributeValue[][],
  options: { header?: boolean; mapping?: ColumnMapping },
): number | null {
  if (options.header !== undefined) return options.header && rows.length ? 0 : null;
  const texts = (r: readonly AttributeValue[]) => r.map((v) => (typeof v === 'string' ? v.trim() : ''));
  if (options.mapping) {
    const wanted = Object.values(options.mapping).filter((c): c is string => !!c);
    const i = rows.slice(0, 10).findIndex((r) => wanted.every((w) => texts(r).includes(w)));
    return i >= 0 ? i : null;
  }
  const found = findHeaderRow(rows);
  if (found !== null || rows.length < 2) return found;
  const first = rows[0];
  const width = Math.max(...rows.map((r) => r.length));
  const generic = Array.from({ length: width }, (_, i) => `column_${i + 1}`);
  const name = guessColumnsFromContent(generic, rows.slice(1)).name;
  const allText = first.every((v) => v === null || typeof v === 'string');
  if (name) {
    const cell = first[generic.indexOf(name)];
    return allText && typeof cell === 'string' && !VILLAGE_END.test(cell.trim()) ? 0 : null;
  }
  return allText && rows.slice(1).some((r) => r.some((v) => typeof v === 'number')) ? 0 : null;
}
