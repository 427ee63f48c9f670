import { describe, expect, it } from 'vitest';
import { detectCrsFromCoordinates, detectCrsFromPrj, reconcileCrs } from '../../../src/lib/io/crs/prj';

const GCS_CGCS2000 =
  'GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
const GCS_WGS84 =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';

/** An ESRI Gauss–Krüger .prj as ArcGIS writes it. */
function esriGk(name: string, cm: number, falseEasting: number): string {
  return `PROJCS["${name}",${GCS_CGCS2000},PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",${falseEasting}.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",${cm}.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`;
}

describe('detectCrsFromPrj', () => {
  it.each([
    [esriGk('CGCS2000_3_Degree_GK_Zone_40', 120, 40500000), { kind: 'epsg', code: 4528 }],
    [esriGk('CGCS2000_3_Degree_GK_Zone_41', 123, 41500000), { kind: 'epsg', code: 4529 }],
    [esriGk('CGCS2000_3_Degree_GK_CM_120E', 120, 500000), { kind: 'epsg', code: 4549 }],
    [esriGk('CGCS2000_3_Degree_GK_CM_123E', 123, 500000), { kind: 'epsg', code: 4550 }],
    [esriGk('CGCS2000_GK_Zone_21', 123, 21500000), { kind: 'epsg', code: 4499 }],
    [esriGk('CGCS2000_GK_CM_117E', 117, 500000), { kind: 'epsg', code: 4509 }],
    [GCS_CGCS2000, { kind: 'cgcs2000' }],
    [GCS_CGCS2000.replace('GCS_China_Geodetic_Coordinate_System_2000', 'CGCS_2000'), { kind: 'cgcs2000' }],
    [GCS_WGS84, { kind: 'wgs84' }],
    [
      `PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",${GCS_WGS84},PROJECTION["Mercator_Auxiliary_Sphere"],PARAMETER["False_Easting",0.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",0.0],PARAMETER["Standard_Parallel_1",0.0],PARAMETER["Auxiliary_Sphere_Type",0.0],UNIT["Meter",1.0]]`,
      { kind: 'epsg', code: 3857 },
    ],
  ])('reads %s', (prj, expected) => {
    expect(detectCrsFromPrj(prj).crs).toEqual(expected);
  });

  it('takes the outermost EPSG authority, not the datum’s or the unit’s', () => {
    const ogc =
      'PROJCS["CGCS2000 / 3-degree Gauss-Kruger zone 39",GEOGCS["China Geodetic Coordinate System 2000",DATUM["China_2000",SPHEROID["CGCS2000",6378137,298.257222101,AUTHORITY["EPSG","1024"]],AUTHORITY["EPSG","1043"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4490"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",117],PARAMETER["scale_factor",1],PARAMETER["false_easting",39500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AUTHORITY["EPSG","4527"]]';
    const d = detectCrsFromPrj(ogc);
    expect(d.crs).toEqual({ kind: 'epsg', code: 4527 });
    expect(d.evidence).toEqual({
      zh: '.prj 文件：CGCS2000 / 3-degree Gauss-Kruger zone 39（EPSG:4527）→ CGCS2000 3度带高斯-克吕格投影 第 39 带（中央经线 117°E，坐标含带号）（EPSG:4527）',
      en: '.prj: CGCS2000 / 3-degree Gauss-Kruger zone 39 (EPSG:4527) → CGCS2000 / 3-degree Gauss-Kruger zone 39 (EPSG:4527)',
    });
    // Without its own authority, the trailing unit authority (9001) must not be taken for the CRS.
    const noAuthority = ogc.replace(',AUTHORITY["EPSG","4527"]]', ']');
    expect(detectCrsFromPrj(noAuthority).crs).toEqual({ kind: 'epsg', code: 4527 });
  });

  it('finds the zone from the central meridian and false easting when the name says nothing', () => {
    const d = detectCrsFromPrj(esriGk('辽宁_自定义', 123, 41500000));
    expect(d.crs).toEqual({ kind: 'epsg', code: 4529 });
    expect(d.evidence.en).toContain('central meridian 123°');
    expect(d.evidence.en).toContain('false easting 41500000 m');
    expect(d.evidence.zh).toBe(
      '.prj 文件：辽宁_自定义（Gauss_Kruger，中央经线 123°，东偏移量 41500000 米）→ CGCS2000 3度带高斯-克吕格投影 第 41 带（中央经线 123°E，坐标含带号）（EPSG:4529）',
    );
  });

  it('believes the parameters when they contradict the name', () => {
    expect(detectCrsFromPrj(esriGk('CGCS2000_3_Degree_GK_Zone_40', 123, 41500000)).crs).toEqual({
      kind: 'epsg',
      code: 4529,
    });
  });

  it('keeps an unknown projection as a proj4 definition', () => {
    const utm = `PROJCS["WGS_1984_UTM_Zone_51N",${GCS_WGS84},PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",123.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`;
    const d = detectCrsFromPrj(utm);
    expect(d.crs).toMatchObject({ kind: 'proj4', name: 'WGS_1984_UTM_Zone_51N' });
    expect(d.evidence.en).toContain('central meridian 123°');
  });

  it('reads Xian 1980 and Beijing 1954 zones by name', () => {
    const xian = esriGk('Xian_1980_3_Degree_GK_Zone_41', 123, 41500000).replace(
      GCS_CGCS2000,
      'GEOGCS["GCS_Xian_1980",DATUM["D_Xian_1980",SPHEROID["Xian_1980",6378140.0,298.257]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]',
    );
    expect(detectCrsFromPrj(xian).crs).toEqual({ kind: 'epsg', code: 2365 });
    expect(detectCrsFromPrj('PROJCS["Beijing_1954_GK_Zone_21N",GEOGCS["GCS_Beijing_1954"]]').crs).toEqual({
      kind: 'epsg',
      code: 21481,
    });
  });

  it('says so when the .prj is empty or unreadable', () => {
    expect(detectCrsFromPrj('  ')).toEqual({ crs: null, evidence: { zh: '.prj 文件为空', en: '.prj is empty' } });
    const d = detectCrsFromPrj('this is not WKT');
    expect(d.crs).toBeNull();
    expect(d.evidence.en).toBe('.prj: this is not WKT is not a coordinate system this atlas can read; choose one');
    expect(d.evidence.zh).toBe('.prj 文件：this is not WKT 不是本图集能读取的坐标系；请选择坐标系');
  });
});

describe('detectCrsFromCoordinates', () => {
  it('reads degrees as WGS84', () => {
    const d = detectCrsFromCoordinates([118.8, 38.7, 125.8, 43.5]);
    expect(d.crs).toEqual({ kind: 'wgs84' });
    expect(d.evidence).toEqual({
      zh: '坐标看起来是经纬度（x 118.8…125.8，y 38.7…43.5）：按 WGS84 / CGCS2000 处理——如果来自国内网络地图，请改选国测局坐标 GCJ-02 或百度坐标 BD-09',
      en: 'coordinates look like degrees (x 118.8…125.8, y 38.7…43.5): taken as WGS 84 / CGCS2000 — choose GCJ-02 or BD-09 if they come from a Chinese web map',
    });
  });

  it('reads the zone from 8-digit eastings', () => {
    const d = detectCrsFromCoordinates([41_380_000, 4_300_000, 41_620_000, 4_500_000]);
    expect(d.crs).toEqual({ kind: 'epsg', code: 4529 });
    expect(d.evidence).toEqual({
      zh: '坐标像是以米为单位、东坐标含带号 41 的平面坐标（x 4.14e7…4.16e7，y 4.30e6…4.50e6）：CGCS2000 3度带高斯-克吕格投影 第 41 带（中央经线 123°E，坐标含带号）（EPSG:4529），假定基准为 CGCS2000',
      en: 'coordinates look like metres with zone prefix 41 in the eastings (x 4.14e7…4.16e7, y 4.30e6…4.50e6): CGCS2000 / 3-degree Gauss-Kruger zone 41 (EPSG:4529), datum assumed CGCS2000',
    });
    expect(detectCrsFromCoordinates([21_400_000, 4_300_000, 21_600_000, 4_500_000]).crs).toEqual({
      kind: 'epsg',
      code: 4499,
    });
  });

  it('asks the user to choose for 6-digit eastings without a prefix', () => {
    const d = detectCrsFromCoordinates([380_000, 4_300_000, 620_000, 4_500_000]);
    expect(d.crs).toBeNull();
    expect(d.evidence.en).toMatch(/without a zone prefix.*choose the zone/);
    expect(d.evidence.zh).toMatch(/不含带号.*请选择投影带/);
  });

  it('suggests Web Mercator for eastern-China Web Mercator metres', () => {
    const d = detectCrsFromCoordinates([13_500_000, 4_700_000, 13_900_000, 5_300_000]);
    expect(d.crs).toEqual({ kind: 'epsg', code: 3857 });
    expect(d.evidence.en).toContain('maybe Web Mercator');
    expect(d.evidence.zh).toContain('可能是 Web 墨卡托（EPSG:3857）');
  });

  it('notices swapped axes', () => {
    expect(detectCrsFromCoordinates([4_300_000, 41_380_000, 4_500_000, 41_620_000]).evidence.en).toContain(
      'swap x and y',
    );
  });
});

describe('reconcileCrs', () => {
  it('lets the coordinates win over a .prj that says WGS84 for metres, and says they disagree', () => {
    const declared = detectCrsFromPrj(GCS_WGS84);
    const d = reconcileCrs(declared, [41_380_000, 4_300_000, 41_620_000, 4_500_000]);
    expect(d.crs).toEqual({ kind: 'epsg', code: 4529 });
    expect(d.evidence.en).toContain('.prj: GCS_WGS_1984');
    expect(d.evidence.en).toContain('disagrees with the coordinates');
    expect(d.evidence.en).toContain('zone prefix 41');
    // Each language joined on its own: Chinese with '——' and '；', English with ' — ' and '; '.
    expect(d.evidence.zh).toBe(
      '.prj 文件：GCS_WGS_1984 → WGS84 经纬度（EPSG:4326）——但坐标不是经纬度（x 4.14e7…4.16e7，y 4.30e6…4.50e6，看起来是米），因此声明的坐标系与坐标不符，不予采用；' +
        '坐标像是以米为单位、东坐标含带号 41 的平面坐标（x 4.14e7…4.16e7，y 4.30e6…4.50e6）：CGCS2000 3度带高斯-克吕格投影 第 41 带（中央经线 123°E，坐标含带号）（EPSG:4529），假定基准为 CGCS2000',
    );
  });

  it('rejects a zone whose prefix the eastings do not carry', () => {
    const declared = detectCrsFromPrj(esriGk('CGCS2000_3_Degree_GK_Zone_40', 120, 40500000));
    const d = reconcileCrs(declared, [41_380_000, 4_300_000, 41_620_000, 4_500_000]);
    expect(d.crs).toEqual({ kind: 'epsg', code: 4529 });
    expect(d.evidence.en).toContain('do not carry the zone prefix 40');
    expect(d.evidence.zh).toContain('——但东坐标（x 4.14e7…4.16e7）的开头不是带号 40，');
  });

  it('joins an undecided declaration with what the coordinates say, in each language', () => {
    const d = reconcileCrs(detectCrsFromPrj('this is not WKT'), [121, 40, 122, 41]);
    expect(d.crs).toEqual({ kind: 'wgs84' });
    expect(d.evidence.en).toBe(
      '.prj: this is not WKT is not a coordinate system this atlas can read; choose one; coordinates look like degrees (x 121…122, y 40…41): taken as WGS 84 / CGCS2000 — choose GCJ-02 or BD-09 if they come from a Chinese web map',
    );
    expect(d.evidence.zh).toMatch(
      /^\.prj 文件：this is not WKT 不是本图集能读取的坐标系；请选择坐标系；坐标看起来是经纬度/,
    );
  });

  it('keeps a declaration the coordinates agree with', () => {
    const declared = detectCrsFromPrj(esriGk('CGCS2000_3_Degree_GK_CM_123E', 123, 500000));
    expect(reconcileCrs(declared, [380_000, 4_300_000, 620_000, 4_500_000])).toBe(declared);
  });
});
