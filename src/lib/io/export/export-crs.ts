import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { describeCrs } from '../crs/definitions';
import { fromWgs84, mapGeometry } from '../crs/transform';
import type { CrsId } from '../formats/types';

/** The coordinate systems a dataset can be exported in. */
export type ExportCrsKind = 'wgs84' | 'gcj02' | 'bd09' | 'cgcs2000';

/** One entry of the export CRS picker. */
export interface ExportCrsChoice {
  kind: ExportCrsKind;
  crs: CrsId;
  zh: string;
  en: string;
  /** Text of the shapefile .prj (ESRI WKT 1). */
  prj: string;
  /** True when the .prj cannot name the real system (GCJ-02, BD-09 have no WKT): see `note`. */
  prjIsStandIn: boolean;
  /** What a user must know about the coordinates, written into the export's notes. */
  note: { zh: string; en: string };
}

const WKT_WGS84 =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
const WKT_CGCS2000 =
  'GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';

// GCJ-02 and BD-09 are obfuscations of WGS84, not datums: no EPSG code or WKT exists. The .prj says
// WGS84 (so GIS software opens the file as longitude/latitude and lays it over GCJ-02/BD-09 web
// basemaps correctly) and the notes say plainly that the numbers are offset.
const OFFSET_NOTE = {
  zh: '坐标已按 {name} 偏移，不是 WGS84：.prj 只能写 WGS84（该坐标系没有官方 WKT/EPSG 定义），请勿与 WGS84 数据直接叠加。',
  en: 'Coordinates are {name}, NOT WGS 84: the .prj says WGS 84 only because {name} has no official WKT/EPSG definition; do not overlay on WGS 84 data without converting back.',
};

function choice(kind: ExportCrsKind, prj: string, note: { zh: string; en: string }): ExportCrsChoice {
  const crs = { kind } as CrsId;
  return { kind, crs, ...describeCrs(crs), prj, prjIsStandIn: kind === 'gcj02' || kind === 'bd09', note };
}

function offsetNote(name: string): { zh: string; en: string } {
  return { zh: OFFSET_NOTE.zh.replaceAll('{name}', name), en: OFFSET_NOTE.en.replaceAll('{name}', name) };
}

/** The export CRS choices, WGS84 (the default) first. */
export const EXPORT_CRS_CHOICES: readonly ExportCrsChoice[] = [
  choice('wgs84', WKT_WGS84, {
    zh: 'WGS84 经纬度（EPSG:4326），与图集数据一致。',
    en: 'WGS 84 longitude/latitude (EPSG:4326), as the atlas stores it.',
  }),
  choice('gcj02', WKT_WGS84, offsetNote('GCJ-02')),
  choice('bd09', WKT_WGS84, offsetNote('BD-09')),
  choice('cgcs2000', WKT_CGCS2000, {
    zh: 'CGCS2000 经纬度（EPSG:4490）：数值与 WGS84 相同（两者相差厘米级，未做转换），仅标注不同。',
    en: 'CGCS2000 longitude/latitude (EPSG:4490): the numbers are the WGS 84 ones (the systems differ by centimetres; no shift applied), only the label differs.',
  }),
];

/** The export choice for `crs`; throws when `crs` is not one of EXPORT_CRS_CHOICES. */
export function exportCrsChoice(crs: CrsId): ExportCrsChoice {
  const found = EXPORT_CRS_CHOICES.find((c) => c.kind === crs.kind);
  if (!found)
    throw new Error(
      `export CRS: ${describeCrs(crs).en} is not offered for export (choose one of ${EXPORT_CRS_CHOICES.map((c) => c.kind).join(', ')})`,
    );
  return found;
}

const DECIMALS = 1e7;

/**
 * A copy of `fc` (WGS84) in `crs`: WGS84 and CGCS2000 keep the numbers (geometry copied, not
 * shared); GCJ-02 and BD-09 are converted with `fromWgs84` (gcoord) and rounded to 7 decimals
 * (about 1 cm). Throws naming the feature when a position is not a WGS84 longitude/latitude.
 */
export function reprojectCollection<P>(
  fc: FeatureCollection<Geometry | null, P>,
  crs: CrsId,
): FeatureCollection<Geometry | null, P> {
  const { kind } = exportCrsChoice(crs);
  const shift = kind === 'gcj02' || kind === 'bd09';
  const convert = (p: Position): Position => {
    if (!shift) return [p[0], p[1]];
    const q = fromWgs84(p, crs);
    return [Math.round(q[0] * DECIMALS) / DECIMALS, Math.round(q[1] * DECIMALS) / DECIMALS];
  };
  const features = fc.features.map((f, i): Feature<Geometry | null, P> => {
    if (!f.geometry) return { ...f };
    try {
      return { ...f, geometry: mapGeometry(f.geometry, convert) };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`features[${i}].geometry: ${reason}`, { cause: error });
    }
  });
  return { ...fc, features };
}
