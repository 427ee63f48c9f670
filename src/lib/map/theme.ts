import type { InfraClassId } from '../infra/classes';
import { darkInfraPalette, lightInfraPalette } from '../infra/palette';

/**
 * Colour tokens, named for their role. Layers refer to tokens, never to raw colours, so the
 * light atlas theme and the dark briefing theme are two token sets over the same layers.
 */
export interface ThemeTokens {
  sea: string;
  land: string;
  lake: string;
  coastline: string;
  border_national: string;
  boundary_province: string;
  boundary_prefecture: string;
  boundary_county: string;
  label_text: string;
  label_text_minor: string;
  label_halo: string;
  county_seat: string;
  county_seat_outline: string;
  highlight: string;
  selection: string;
  /** Soft categorical fills for the 14 prefectures, in code order (2101 … 2114). */
  prefecture_fills: readonly string[];
  /** Fills for the plan's five agricultural zones, in the plan's order. */
  zone_fills: readonly string[];
  zone_outline: string;
  /** A county the plan names for a picked industry. */
  industry_county: string;
  /** A county inside a prefecture the plan names for a picked industry. */
  industry_prefecture: string;
  /** Pairing assistance arcs: links that continue, links the plan adds. */
  pairing_continuing: string;
  pairing_new: string;
  /** Outline of the provincial key counties a user loaded. */
  key_county: string;
  /** Plan charts: matrix cells (whole prefecture named / some counties / none), bars, accents. */
  chart_strong: string;
  chart_light: string;
  chart_none: string;
  chart_accent: string;
  chart_grid: string;
  /** Dalian's three county-level cities with designated villages, and the villages by town / income. */
  dalian_city: string;
  village_towns: readonly string[];
  village_income: readonly [string, string];
  village_outline: string;
  /** Infrastructure classes (roads, power, water, tourism), one colour per class. */
  infra: Record<InfraClassId, string>;
  /** Areas the user drew, and the one being drawn. */
  drawn_area: string;
  sketch: string;
}

export const lightTheme: ThemeTokens = {
  sea: '#cfe0ea',
  land: '#f3f0e8',
  lake: '#b9d3e2',
  coastline: '#7d9fb5',
  border_national: '#8b6f8e',
  boundary_province: '#37474f',
  boundary_prefecture: '#5b6770',
  boundary_county: '#ffffff',
  label_text: '#1f2a33',
  label_text_minor: '#45525c',
  label_halo: 'rgba(255,255,255,0.9)',
  county_seat: '#b23a48',
  county_seat_outline: '#ffffff',
  highlight: '#f2a900',
  selection: '#d35400',
  prefecture_fills: [
    '#e8c6a0', // 沈阳
    '#efc4a8', // 大连 (warm: a blue here read as sea)
    '#c9d8a6', // 鞍山
    '#d7bde2', // 抚顺
    '#a8d5c2', // 本溪
    '#f0d58c', // 丹东
    '#e6b8b0', // 锦州
    '#c3b7e3', // 营口
    '#dccaa0', // 阜新
    '#c4e0b0', // 辽阳
    '#e9c2d4', // 盘锦
    '#bfd9d9', // 铁岭
    '#e3d2b8', // 朝阳
    '#cbc3e6', // 葫芦岛
  ],
  zone_fills: ['#e9c46a', '#a7c957', '#52a37a', '#d68c45', '#5fa8d3'],
  zone_outline: '#ffffff',
  industry_county: '#b8323b',
  industry_prefecture: '#f2a7a0',
  drawn_area: '#6741d9',
  sketch: '#e8590c',
  pairing_continuing: '#7b3fa0',
  pairing_new: '#e07a1f',
  key_county: '#1f3b73',
  chart_strong: '#2f7d5b',
  chart_light: '#a8d5b9',
  chart_none: '#eef1f3',
  chart_accent: '#d9822b',
  chart_grid: '#dfe5ea',
  dalian_city: '#0b6e4f',
  village_towns: [
    '#1f77b4',
    '#d62728',
    '#2ca02c',
    '#9467bd',
    '#ff7f0e',
    '#17becf',
    '#8c564b',
    '#e377c2',
    '#bcbd22',
    '#393b79',
    '#ad494a',
    '#637939',
    '#7b4173',
    '#3182bd',
    '#e6550d',
    '#31a354',
  ],
  village_income: ['#fde0c5', '#b2182b'],
  village_outline: '#ffffff',
  infra: lightInfraPalette,
};

/** `a` moved toward `b` by `t` (0–1), for deriving the dark fills from the light ones. */
function mixHex(a: string, b: string, t: number): string {
  const [ra, ga, ba] = hexToRgba(a);
  const [rb, gb, bb] = hexToRgba(b);
  const c = (x: number, y: number) =>
    Math.round(x + (y - x) * t)
      .toString(16)
      .padStart(2, '0');
  return `#${c(ra, rb)}${c(ga, gb)}${c(ba, bb)}`;
}
const DARK_LAND = '#17232d';

/**
 * Dark tokens for the briefing on large screens: a dark sea and land, the same hues for the
 * prefectures and zones pulled toward the land colour, bright lines and labels.
 */
export const darkTheme: ThemeTokens = {
  ...lightTheme,
  prefecture_fills: lightTheme.prefecture_fills.map((c) => mixHex(c, DARK_LAND, 0.62)),
  zone_fills: lightTheme.zone_fills.map((c) => mixHex(c, DARK_LAND, 0.35)),
  sea: '#0b1620',
  land: '#17232d',
  lake: '#12303f',
  coastline: '#3f6b85',
  border_national: '#8e7a9c',
  boundary_province: '#c9d6df',
  boundary_prefecture: '#8fa3b1',
  boundary_county: '#2b3b47',
  label_text: '#eef3f6',
  label_text_minor: '#b7c6d1',
  label_halo: 'rgba(5,12,18,0.85)',
  dalian_city: '#3ddc97',
  village_outline: '#0b1620',
  chart_strong: '#4fd1a5',
  chart_light: '#2e7d62',
  chart_none: '#1c2a34',
  chart_accent: '#f0a04b',
  chart_grid: '#2b3b47',
  zone_outline: '#0b1620',
  industry_county: '#ff6b6b',
  industry_prefecture: '#7a3a3a',
  drawn_area: '#b197fc',
  sketch: '#ffa94d',
  infra: darkInfraPalette,
};

/** `#rrggbb` → [r, g, b, a] for deck.gl. */
export function hexToRgba(hex: string, alpha = 255): [number, number, number, number] {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`expected a #rrggbb colour, got "${hex}"`);
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, alpha];
}
