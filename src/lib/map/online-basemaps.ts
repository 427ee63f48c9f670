import type { RasterSourceSpecification } from 'maplibre-gl';

/** The online basemap a user has switched on; `none` (the default) keeps the atlas fully offline. */
export type OnlineBasemap =
  | { kind: 'none' }
  | { kind: 'osm' }
  | { kind: 'tianditu'; key: string }
  | { kind: 'xyz'; url: string }
  | { kind: 'style'; url: string };

export const ONLINE_BASEMAP_KINDS = ['none', 'osm', 'tianditu', 'xyz', 'style'] as const;

export type BasemapProblem = 'url_invalid' | 'xyz_needs_placeholders' | 'key_missing';

/** Check what the user typed before any request is made. Returns the problem, or null if usable. */
export function checkOnlineBasemap(b: OnlineBasemap): BasemapProblem | null {
  if (b.kind === 'tianditu') return /^[0-9a-zA-Z]{8,64}$/.test(b.key.trim()) ? null : 'key_missing';
  if (b.kind === 'xyz' || b.kind === 'style') {
    let u: URL;
    try {
      u = new URL(b.url.trim());
    } catch {
      return 'url_invalid';
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'url_invalid';
    if (b.kind === 'xyz' && !['{z}', '{x}', '{y}'].every((p) => b.url.includes(p))) return 'xyz_needs_placeholders';
  }
  return null;
}

/** Raster source for the XYZ kinds (the `style` kind is merged by the map wiring instead). */
export function rasterSourceFor(b: OnlineBasemap): RasterSourceSpecification | null {
  switch (b.kind) {
    case 'osm':
      return {
        type: 'raster',
        tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
        tileSize: 256,
        maxzoom: 19,
        attribution: '© OpenStreetMap contributors (ODbL)',
      };
    case 'tianditu': {
      // Tianditu's Web Mercator ("_w") vector tiles; CGCS2000 ≈ WGS84 at map scale, no shift needed.
      const key = encodeURIComponent(b.key.trim());
      return {
        type: 'raster',
        tiles: [0, 1, 2, 3].map(
          (i) =>
            `https://t${i}.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=vec&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${key}`,
        ),
        tileSize: 256,
        maxzoom: 18,
        attribution: '© 天地图 Tianditu',
      };
    }
    case 'xyz':
      return { type: 'raster', tiles: [b.url.trim()], tileSize: 256, attribution: b.url.trim() };
    default:
      return null;
  }
}
