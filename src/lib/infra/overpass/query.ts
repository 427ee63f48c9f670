import type { Bilingual } from '../../data/schemas/geojson';
import { INFRA_THEMES, type InfraTheme } from '../classes';

/** [west, south, east, north] in WGS84 degrees, the order MapLibre's `getBounds().toArray().flat()` gives. */
export type Bbox = [west: number, south: number, east: number, north: number];

/** The main public Overpass instance. Nothing is sent anywhere until the user asks for it. */
export const DEFAULT_OVERPASS_ENDPOINT = 'https://overpass-api.de/api/interpreter';

/** Other public instances the user can pick from (any http(s) URL may also be typed). */
export const OVERPASS_ENDPOINTS: readonly { url: string; label: Bilingual }[] = [
  {
    url: DEFAULT_OVERPASS_ENDPOINT,
    label: { zh: 'overpass-api.de（德国，主站）', en: 'overpass-api.de (Germany, main)' },
  },
  { url: 'https://overpass.kumi.systems/api/interpreter', label: { zh: 'Kumi Systems', en: 'Kumi Systems' } },
  {
    url: 'https://maps.mail.ru/osm/tools/overpass/api/interpreter',
    label: { zh: 'VK Maps（俄罗斯）', en: 'VK Maps (Russia)' },
  },
  { url: 'https://overpass.private.coffee/api/interpreter', label: { zh: 'private.coffee', en: 'private.coffee' } },
];

/**
 * Largest side of the view, in degrees, per theme. Roads and power are dense (tens of MB for a
 * 1.5° square around Shenyang); water and tourism are sparse. Whole Liaoning (≈ 8° × 6°) is too
 * much for a public instance with any theme.
 */
export const MAX_BBOX_SPAN_DEGREES: Record<InfraTheme, number> = { roads: 1.5, power: 1.5, water: 3, tourism: 3 };

/**
 * Tag filters per theme, as Overpass statements without the bbox (the query sets a global one).
 * `nwr` where the feature may be a node or an area; ways only for linear features. They mirror
 * what `classifyOsmTags` (../osm-tags.ts) keeps, so the server does not send what would be dropped.
 */
const THEME_FILTERS: Record<InfraTheme, readonly string[]> = {
  roads: [
    'way["highway"~"^((motorway|trunk|primary|secondary|tertiary)(_link)?|unclassified)$"]',
    // Yards and sidings are dense around every station and are not lines a planner reads.
    'way["railway"~"^(rail|narrow_gauge)$"]["service"!~"^(yard|siding|spur|crossover)$"]',
    'nwr["railway"~"^(station|halt)$"]',
    'nwr["public_transport"="station"]["train"="yes"]',
  ],
  power: [
    'way["power"~"^(line|minor_line|cable)$"]',
    'nwr["power"~"^(substation|plant)$"]',
    // Solar and wind farms mapped without a power=plant outline. Single turbines (nodes) and
    // rooftop panels are left out: thousands of them, and the farm is what a planner looks at.
    'wr["power"="generator"]["generator:source"~"^(solar|wind)$"]["location"!="roof"]',
  ],
  water: [
    'way["waterway"~"^(river|canal)$"]',
    // Fish ponds cover the coast and plains by the thousand: typed lakes and reservoirs, and
    // untyped water only when named.
    'wr["natural"="water"]["water"~"^(reservoir|lake|oxbow)$"]',
    'wr["natural"="water"][!"water"]["name"]',
    'wr["natural"="water"][!"water"]["name:zh"]',
    'wr["landuse"="reservoir"]',
    'nwr["man_made"="water_works"]',
  ],
  tourism: [
    'nwr["tourism"~"^(attraction|theme_park|zoo|guest_house|chalet)$"]',
    // A-grade scenic areas are sometimes only a park or a nature reserve with a grade.
    'nwr["tourism:grade"]',
    'nwr["aeroway"="aerodrome"]',
    'nwr["harbour"="yes"]',
    'nwr["seamark:type"="harbour"]',
    'wr["landuse"~"^(harbour|port)$"]',
    'nwr["industrial"="port"]',
  ],
};

/** Options of {@link buildOverpassQuery}. */
export interface OverpassQueryOptions {
  /** Server-side time limit; the instance stops with a `remark` past it. Default 90. */
  timeoutSeconds?: number;
  /** Server-side memory limit in bytes; smaller requests are scheduled sooner. Default 256 MiB. */
  maxSizeBytes?: number;
}

const fmt = (v: number) => v.toFixed(6);

/**
 * Overpass QL for the given themes inside a bbox ([w, s, e, n], written in Overpass order s,w,n,e).
 * Output is `out geom qt`: tags, relation members and inline coordinates (no metadata; `tags` verbosity would drop the members a multipolygon needs), in the server's
 * fastest order, so ways and relations need no second round trip for their nodes.
 */
export function buildOverpassQuery(
  bbox: Bbox,
  themes: readonly InfraTheme[],
  options: OverpassQueryOptions = {},
): string {
  const { timeoutSeconds = 90, maxSizeBytes = 256 * 1024 * 1024 } = options;
  if (!Number.isInteger(timeoutSeconds) || timeoutSeconds <= 0) {
    throw new Error(`buildOverpassQuery: timeoutSeconds must be a positive integer, got ${timeoutSeconds}`);
  }
  if (!Number.isInteger(maxSizeBytes) || maxSizeBytes <= 0) {
    throw new Error(`buildOverpassQuery: maxSizeBytes must be a positive integer, got ${maxSizeBytes}`);
  }
  const unique = INFRA_THEMES.filter((t) => themes.includes(t));
  const unknown = themes.filter((t) => !INFRA_THEMES.includes(t));
  if (unknown.length > 0) throw new Error(`buildOverpassQuery: unknown theme(s) ${unknown.join(', ')}`);
  if (unique.length === 0) throw new Error('buildOverpassQuery: themes is empty; choose at least one theme');
  const [w, s, e, n] = bbox;
  const header = `[out:json][timeout:${timeoutSeconds}][maxsize:${maxSizeBytes}][bbox:${fmt(s)},${fmt(w)},${fmt(n)},${fmt(e)}];`;
  const body = unique.flatMap((t) => [`  // ${t}`, ...THEME_FILTERS[t].map((f) => `  ${f};`)]);
  return [header, '(', ...body, ');', 'out geom qt;', ''].join('\n');
}

/** Result of {@link checkBbox}: fine, or a bilingual reason to show the user. */
export type BboxCheck =
  { ok: true } | { ok: false; reason: 'not-finite' | 'out-of-range' | 'empty' | 'too-large'; message: Bilingual };

/**
 * Refuses a view that cannot or should not be sent to a public Overpass instance: non-finite or
 * out-of-range numbers, an inverted or empty box, or a side longer than the limit for the themes
 * (the smallest of {@link MAX_BBOX_SPAN_DEGREES}, unless `maxSpanDegrees` is given).
 */
export function checkBbox(
  bbox: Bbox,
  themes: readonly InfraTheme[] = INFRA_THEMES,
  maxSpanDegrees?: number,
): BboxCheck {
  if (!Array.isArray(bbox) || bbox.length !== 4 || !bbox.every(Number.isFinite)) {
    return {
      ok: false,
      reason: 'not-finite',
      message: { zh: '视图范围无效（坐标不是有限数值）。', en: 'The view bounds are not valid numbers.' },
    };
  }
  const [w, s, e, n] = bbox;
  if (w < -180 || e > 180 || s < -90 || n > 90) {
    return {
      ok: false,
      reason: 'out-of-range',
      message: {
        zh: '视图范围超出经纬度取值范围，请缩放到辽宁境内。',
        en: 'The view extends past ±180° / ±90°; zoom in on Liaoning.',
      },
    };
  }
  if (!(w < e && s < n)) {
    return {
      ok: false,
      reason: 'empty',
      message: {
        zh: '视图范围为空或颠倒（西 ≥ 东 或 南 ≥ 北）。',
        en: 'The view bounds are empty or inverted (west ≥ east or south ≥ north).',
      },
    };
  }
  // An empty theme list falls back to the strictest limit rather than to no limit.
  const spans = (themes.length > 0 ? themes : INFRA_THEMES).map((t) => MAX_BBOX_SPAN_DEGREES[t] ?? 1.5);
  const limit = maxSpanDegrees ?? Math.min(...spans);
  const dx = e - w;
  const dy = n - s;
  if (dx > limit || dy > limit) {
    const size = `${dx.toFixed(1)}° × ${dy.toFixed(1)}°`;
    const max = `${limit}° × ${limit}°`;
    return {
      ok: false,
      reason: 'too-large',
      message: {
        zh: `当前视图约 ${size}，超过所选主题允许的 ${max}。请放大地图（或少选几个主题）后再加载。`,
        en: `This view is about ${size}, more than the ${max} allowed for the chosen themes. Zoom in (or choose fewer themes) and try again.`,
      },
    };
  }
  return { ok: true };
}

/** Result of {@link validateEndpoint}: the normalised URL, or a bilingual reason. */
export type EndpointCheck = { ok: true; url: string } | { ok: false; message: Bilingual };

/** Accepts any http(s) URL without embedded credentials (they would be sent in the clear to a typed host). */
export function validateEndpoint(input: string): EndpointCheck {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, message: { zh: `不是有效的网址：${input}`, en: `Not a valid URL: ${input}` } };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return {
      ok: false,
      message: {
        zh: `Overpass 地址必须以 http:// 或 https:// 开头：${input}`,
        en: `The Overpass address must start with http:// or https://: ${input}`,
      },
    };
  }
  if (url.username || url.password) {
    return {
      ok: false,
      message: {
        zh: 'Overpass 地址中不能包含用户名或密码。',
        en: 'The Overpass address must not contain a user name or password.',
      },
    };
  }
  return { ok: true, url: url.href };
}
