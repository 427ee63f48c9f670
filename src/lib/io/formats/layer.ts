import { reconcileCrs } from '../crs/coordinates';
import { buildFieldInfo } from './field-info';
import { bboxOf } from './geometry';
import type { CrsDetection, FileFormat, ParsedLayer, RawFeature, RowError } from './types';

/** What a reader found, before fields and CRS are worked out. */
export interface LayerDraft {
  name: string;
  format: FileFormat;
  files: string[];
  features: RawFeature[];
  /** What the file says about its CRS (a .prj, a `crs` member, "KML is WGS84"). */
  declaredCrs: CrsDetection;
  encoding?: string;
  rowErrors: RowError[];
  warnings: string[];
}

/** Completes a reader's draft: field descriptions, and the declared CRS checked against the coordinates. */
export function finishLayer(draft: LayerDraft): ParsedLayer {
  const { declaredCrs, ...rest } = draft;
  return {
    ...rest,
    fields: buildFieldInfo(draft.features),
    crs: reconcileCrs(declaredCrs, bboxOf(draft.features)),
  };
}

/** `dir/道路.shp` → `道路`. */
export function fileStem(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** `dir/道路.SHP` → `shp`. */
export function fileExtension(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}
