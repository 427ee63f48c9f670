import { detectCrsFromPrj } from '../crs/prj';
import { chooseDbfEncoding, DbfTable, readDbfLayout } from './dbf';
import { checkGeometry } from './geometry';
import { fileStem, finishLayer } from './layer';
import type { Pacer } from './pacer';
import { readShpHeader, readShpRecords } from './shp';
import {
  ReadError,
  type AttributeValue,
  type CrsDetection,
  type InputFile,
  type ParsedLayer,
  type RawFeature,
  type RowError,
} from './types';

/** The files of one shapefile, grouped by stem. */
export interface ShapefileGroup {
  shp?: InputFile;
  shx?: InputFile;
  dbf?: InputFile;
  prj?: InputFile;
  cpg?: InputFile;
}

/**
 * Reads a shapefile: geometry from the .shp (records paired with the .dbf by position), attributes
 * from the .dbf in the encoding of `chooseDbfEncoding`, the CRS from the .prj checked against the
 * coordinates. A .shp without .dbf still gives geometry, with a warning; a .dbf alone is an error.
 * MultiPoints are split into points that share the record's attributes.
 */
export async function readShapefile(
  group: ShapefileGroup,
  encoding: string | undefined,
  pacer: Pacer,
): Promise<ParsedLayer> {
  const { shp, dbf, prj, cpg } = group;
  if (!shp) {
    const lone = dbf ?? group.shx ?? prj ?? cpg;
    throw new ReadError(
      lone?.name ?? 'shapefile',
      'is part of a shapefile, but its .shp is missing: drop the .shp (with the .dbf, .shx and .prj) too',
    );
  }
  const warnings: string[] = [];
  const header = readShpHeader(shp);
  warnings.push(...header.warnings);
  let table: DbfTable | null = null;
  if (dbf) {
    const layout = readDbfLayout(dbf);
    const choice = chooseDbfEncoding(dbf, layout, cpg, encoding, warnings);
    table = new DbfTable(dbf, layout, choice);
    warnings.push(...table.warnings);
    if (choice.guessed && choice.encoding === 'gbk')
      warnings.push(
        `${dbf.name}: no .cpg or language driver byte, and the text is not valid UTF-8: read as GBK — choose another encoding if names look wrong`,
      );
  } else {
    warnings.push(`${fileStem(shp.name)}.dbf is missing: the geometry is read without attributes`);
  }

  const features: RawFeature[] = [];
  const rowErrors: RowError[] = [];
  let records = 0;
  let deleted = 0;
  for (const record of readShpRecords(shp)) {
    records = record.index;
    if ((records & 1023) === 0 && pacer.due()) await pacer.pause(record.end / shp.bytes.length);
    let properties: Record<string, AttributeValue> = {};
    if (table && record.index <= table.count) {
      const values = table.record(record.index - 1);
      if (!values) {
        deleted++;
        continue;
      }
      properties = values;
    }
    if ('error' in record) {
      rowErrors.push({ row: record.index, message: `record ${record.index}: ${record.error}` });
      continue;
    }
    const checked = checkGeometry(record.geometry);
    if (!checked.ok) {
      rowErrors.push({ row: record.index, message: `record ${record.index}: ${checked.reason}` });
      continue;
    }
    for (const geometry of checked.geometries)
      features.push({
        type: 'Feature',
        geometry,
        properties: checked.geometries.length > 1 ? { ...properties } : properties,
      });
  }
  if (table && table.count > records)
    warnings.push(`${table.count - records} records of the .dbf have no shape in the .shp (it holds ${records})`);
  if (table && records > table.count)
    warnings.push(
      `the .shp holds ${records} shapes but the .dbf only ${table.count} records: the rest have no attributes`,
    );
  if (deleted) warnings.push(`${deleted === 1 ? '1 record' : `${deleted} records`} marked deleted in the .dbf skipped`);
  if (table) warnings.push(...table.misfitWarnings());

  return finishLayer({
    name: fileStem(shp.name),
    format: 'shapefile',
    files: Object.values(group).map((f: InputFile) => f.name),
    features,
    declaredCrs: prjCrs(prj),
    encoding: table?.encoding.encoding,
    rowErrors,
    warnings,
  });
}

function prjCrs(prj: InputFile | undefined): CrsDetection {
  if (!prj) return { crs: null, evidence: { zh: '没有 .prj 文件', en: 'no .prj' } };
  return detectCrsFromPrj(new TextDecoder('utf-8').decode(prj.bytes));
}
