import { strToU8 } from 'fflate';
import type { UserLayerRecord } from '../io/import/user-layer-record';
import { drawnAreasCollection, type DrawnArea } from '../draw/drawn-area-record';

/** A file name from a user's layer name: path separators and control characters out, length capped. */
export function safeFileStem(name: string): string {
  const cleaned = [...name.normalize('NFC')]
    .map((c) => (c.charCodeAt(0) < 0x20 ? '_' : c))
    .join('')
    .replace(/[\\/:*?"<>|_]+/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 60);
  return cleaned || 'layer';
}

/**
 * The user's own layers as files for the whole-data zip, under `user/`: each imported layer as
 * GeoJSON with its provenance beside it, and the drawn areas as one GeoJSON. WGS84, as stored.
 */
export function userBundleFiles(
  layers: readonly UserLayerRecord[],
  areas: readonly DrawnArea[],
): { path: string; bytes: Uint8Array }[] {
  const out: { path: string; bytes: Uint8Array }[] = [];
  const used = new Set<string>();
  const unique = (stem: string) => {
    let s = stem;
    for (let i = 2; used.has(s); i++) s = `${stem}-${i}`;
    used.add(s);
    return s;
  };
  for (const r of layers) {
    const stem = unique(safeFileStem(r.name));
    out.push({ path: `user/${stem}.geojson`, bytes: strToU8(JSON.stringify(r.collection) + '\n') });
    out.push({
      path: `user/${stem}.provenance.json`,
      bytes: strToU8(JSON.stringify({ id: r.id, name: r.name, theme: r.theme, ...r.provenance }, null, 2) + '\n'),
    });
  }
  if (areas.length)
    out.push({
      path: `user/${unique('drawn-areas')}.geojson`,
      bytes: strToU8(JSON.stringify(drawnAreasCollection(areas)) + '\n'),
    });
  return out;
}
