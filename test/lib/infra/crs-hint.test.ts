import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { suggestCrsShift } from '../../../src/lib/infra/crs-hint';

type LonLat = [number, number];
interface Seat {
  properties: { name_zh: string };
  geometry: { coordinates: LonLat };
}

const seatsFile = resolve(import.meta.dirname, '../../../data/boundaries/county-seats.geojson');
const seats = (JSON.parse(readFileSync(seatsFile, 'utf8')).features as Seat[]).map((f) => ({
  name: f.properties.name_zh,
  position: f.geometry.coordinates,
}));
const seatAt = (name: string) => seats.find((s) => s.name === name)!.position;

const toGcj = (p: LonLat) => gcoord.transform(p, gcoord.WGS84, gcoord.GCJ02) as LonLat;
const toBd = (p: LonLat) => gcoord.transform(p, gcoord.WGS84, gcoord.BD09) as LonLat;
/** Move a point by metres east and north, to stand for a government building a little off the seat. */
const nudge = ([lon, lat]: LonLat, east: number, north: number): LonLat => [
  lon + east / (111_320 * Math.cos((lat * Math.PI) / 180)),
  lat + north / 110_574,
];

// A tourism table whose rows include a few county governments, as planners' tables often do.
const names = ['庄河市人民政府', '冰峪沟景区', '凤城市', '长海县政府', '大鹿岛', '铁西区人民政府'];
const truth: LonLat[] = [
  nudge(seatAt('庄河市'), 40, -30),
  [122.95, 40.08],
  nudge(seatAt('凤城市'), -50, 20),
  nudge(seatAt('长海县'), 10, 60),
  [123.73, 39.75],
  [123.35, 41.8], // 铁西区 is a district of both Shenyang and Anshan: ambiguous, never matched
];

describe('suggestCrsShift', () => {
  it('suggests GCJ-02 when named county seats sit at the GCJ-02 offset', () => {
    const r = suggestCrsShift(truth.map(toGcj), { seats, names });
    expect(r.suggestion).toBe('gcj02');
    expect(r.evidence.en).toMatch(
      /^3 known places \(庄河市人民政府, 凤城市, 长海县政府\) sit a median \d+ m E, \d+ m N/,
    );
    expect(r.evidence.zh).toContain('GCJ-02');
  });

  it('suggests BD-09 when they sit at the Baidu offset, about a kilometre further', () => {
    const r = suggestCrsShift(truth.map(toBd), { seats, names });
    expect(r.suggestion).toBe('bd09');
    expect(r.evidence.en).toContain('the BD-09 shift');
  });

  it('finds no shift for WGS84 points, even when the columns mention Amap', () => {
    const r = suggestCrsShift(truth, { seats, names }, ['名称', 'gcj_lng']);
    expect(r.suggestion).toBeNull();
    expect(r.evidence.en).toMatch(
      /^3 known places .* are a median \d+ m from their reference positions: no sign of a shift$/,
    );
  });

  it('needs two places: one shifted seat alone says nothing', () => {
    const r = suggestCrsShift([toGcj(seatAt('庄河市'))], { seats, names: ['庄河市'] });
    expect(r).toEqual({ suggestion: null, evidence: { zh: '没有坐标偏移的迹象', en: 'no sign of a shift' } });
  });

  it('falls back on column names from the web-map APIs', () => {
    const pts: LonLat[] = [[122.9, 39.7]];
    expect(suggestCrsShift(pts, { seats }, ['名称', 'gcj02_lng', 'gcj02_lat']).suggestion).toBe('gcj02');
    expect(suggestCrsShift(pts, { seats }, ['name', '百度经度', '百度纬度']).suggestion).toBe('bd09');
    const amap = suggestCrsShift(pts, { seats }, ['name', 'typecode', 'adname', 'address']);
    expect(amap.suggestion).toBe('gcj02');
    expect(amap.evidence.en).toBe('columns look like an Amap POI export (typecode, adname …): typecode, adname');
    expect(suggestCrsShift(pts, { seats }, ['uid', 'street_id', 'name']).suggestion).toBe('bd09');
    expect(suggestCrsShift(pts, { seats }, ['名称', '经度', '纬度', 'lng', 'lat']).suggestion).toBeNull();
  });

  it('checks its arguments', () => {
    expect(() => suggestCrsShift([[1, 2]], { seats, names: [] })).toThrow('0 names for 1 points');
    expect(() => suggestCrsShift(null as never, { seats })).toThrow(/points/);
  });
});
