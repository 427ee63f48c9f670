import { csvText } from './to-csv';
import { DBF_TEXT_BYTES, type DbfFieldPlan } from './dbf-fields';
import type { DbfTruncation } from './dbf-writer';
import type { ExportCrsChoice } from './export-crs';
import type { ExportNote } from './feature-ids';
import type { ShapeSet } from './to-shapefile';

const KIND_TEXT = { point: 'Point', multipoint: 'MultiPoint', polyline: 'PolyLine', polygon: 'Polygon' };

function typeText(f: DbfFieldPlan): string {
  return f.type === 'N' ? `N(${f.length},${f.decimals})` : f.type === 'L' ? 'L' : `C(${f.length})`;
}

/**
 * The field mapping (`original,short,type,note`, UTF-8 with BOM) for every field, or null when
 * nothing needs explaining: all names kept, no notes, no value cut. Cut values are listed by
 * 1-based feature number with their full length in bytes.
 */
export function fieldMappingCsv(fields: readonly DbfFieldPlan[], truncations: readonly DbfTruncation[]): string | null {
  const changed = fields.some((f) => f.name !== f.original || f.notes.length > 0);
  if (!changed && truncations.length === 0) return null;
  const data = fields.map((f) => {
    const cut = truncations.filter((t) => t.field === f.original);
    const notes = f.featureId ? ['GeoJSON feature id (feature.id), not a property', ...f.notes] : [...f.notes];
    if (cut.length)
      notes.push(
        `${cut.length} value(s) longer than ${DBF_TEXT_BYTES} bytes cut at a character boundary: ` +
          cut.map((t) => `feature ${t.record + 1} (${t.bytes} bytes)`).join('; '),
      );
    return [f.original, f.name, typeText(f), notes.join(' | ')];
  });
  return csvText(['original', 'short', 'type', 'note'], data);
}

/**
 * The README of a shapefile export: coordinate system (with the GCJ-02/BD-09 warning), sets,
 * encoding, field names, then `notes` (the feature id field, null vs empty) in Chinese and English.
 */
export function describeShapefileExport(
  name: string,
  crs: ExportCrsChoice,
  sets: readonly ShapeSet[],
  mappingFile: string | null,
  notes: readonly ExportNote[] = [],
): string {
  const lines = [
    `${name}`,
    '',
    `坐标系 / Coordinate system: ${crs.zh} / ${crs.en}`,
    crs.note.zh,
    crs.note.en,
    '',
    '文件 / Files:',
    ...sets.map((s) => `  ${s.stem}.shp — ${KIND_TEXT[s.kind]}, ${s.features.length} features`),
    '',
    '属性表为 UTF-8 编码（见 .cpg）。/ Attributes are UTF-8 (see the .cpg).',
  ];
  if (mappingFile)
    lines.push(
      `字段名限 10 个字符，原字段名及说明见 ${mappingFile}。`,
      `Field names are limited to 10 characters; the original names and notes are in ${mappingFile}.`,
    );
  for (const note of notes) lines.push(`${note.zh} / ${note.en}`);
  return lines.join('\r\n') + '\r\n';
}
