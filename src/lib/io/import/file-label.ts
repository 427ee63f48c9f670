/**
 * A short label for the files of one layer: `a.zip/道路/x.shp, a.zip/道路/x.dbf …` becomes
 * `a.zip › 道路/x (.shp .dbf …)`; the full list says little more and fills a panel.
 */
export function fileLabel(files: readonly string[]): string {
  const stems = new Map<string, string[]>();
  for (const f of files) {
    const m = /^(.*?)(\.[^./]+)?$/.exec(f)!;
    stems.set(m[1], [...(stems.get(m[1]) ?? []), m[2] ?? '']);
  }
  return [...stems]
    .map(([stem, exts]) => {
      const shown = stem.replace('.zip/', '.zip › ');
      return exts.filter(Boolean).length > 1 ? `${shown} (${exts.join(' ')})` : `${shown}${exts.join('')}`;
    })
    .join(', ');
}

/** The CRS part of a layer's provenance: the conversion says it all when there was one. */
export function crsLabel(crs: string, conversion: string): string {
  return /^none\b/i.test(conversion) || !conversion ? crs : conversion;
}
