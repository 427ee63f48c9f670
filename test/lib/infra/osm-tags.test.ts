import { describe, expect, it } from 'vitest';
import {
  classFromChineseRef,
  classifyOsmTags,
  gradeFromName,
  parseCapacityMw,
  parseGrade,
  parseVoltageKv,
  type OsmGeometryKind,
} from '../../../src/lib/infra/osm-tags';

const cls = (tags: Record<string, string>, geometry: OsmGeometryKind = 'line') =>
  classifyOsmTags(tags, geometry)?.class ?? null;

describe('classifyOsmTags: roads and rail', () => {
  it('makes motorways and their links expressways, whatever their ref', () => {
    expect(cls({ highway: 'motorway', ref: 'G15' })).toBe('expressway');
    expect(cls({ highway: 'motorway_link' })).toBe('expressway');
    expect(cls({ highway: 'motorway', ref: 'S11' })).toBe('expressway');
  });

  it("prefers China's route number over the highway tag", () => {
    expect(cls({ highway: 'trunk', ref: 'G202' })).toBe('national_road');
    expect(cls({ highway: 'secondary', ref: 'S106' })).toBe('provincial_road');
    expect(cls({ highway: 'primary', ref: 'X023' })).toBe('county_road');
    expect(cls({ highway: 'tertiary', ref: 'Y012' })).toBe('rural_road');
    expect(cls({ highway: 'unclassified', ref: 'C001' })).toBe('rural_road');
    // The strongest of several numbers wins.
    expect(cls({ highway: 'secondary', ref: 'S201;G102' })).toBe('national_road');
  });

  it('falls back to the highway class without a Chinese ref', () => {
    expect(cls({ highway: 'trunk' })).toBe('national_road');
    expect(cls({ highway: 'trunk_link' })).toBe('national_road');
    expect(cls({ highway: 'primary', ref: '沈阳环线' })).toBe('provincial_road');
    expect(cls({ highway: 'secondary' })).toBe('county_road');
    expect(cls({ highway: 'tertiary' })).toBe('rural_road');
    expect(cls({ highway: 'unclassified' })).toBe('rural_road');
  });

  it('skips streets, tracks and paths, and highways that are not lines', () => {
    for (const highway of ['residential', 'service', 'track', 'footway', 'path', 'living_street'])
      expect(cls({ highway, ref: 'X001' })).toBeNull();
    expect(cls({ highway: 'primary' }, 'point')).toBeNull();
    expect(cls({ highway: 'primary', area: 'yes' }, 'area')).toBeNull();
  });

  it('keeps main railway lines and train stations, not sidings, disused lines or subway', () => {
    expect(cls({ railway: 'rail' })).toBe('railway');
    expect(cls({ railway: 'narrow_gauge' })).toBe('railway');
    expect(cls({ railway: 'rail', service: 'siding' })).toBeNull();
    expect(cls({ railway: 'rail', disused: 'yes' })).toBeNull();
    expect(cls({ railway: 'abandoned' })).toBeNull();
    expect(cls({ railway: 'subway' })).toBeNull();
    expect(cls({ railway: 'station', name: '沈阳北站' }, 'point')).toBe('rail_station');
    expect(cls({ railway: 'halt' }, 'point')).toBe('rail_station');
    expect(cls({ public_transport: 'station', train: 'yes' }, 'area')).toBe('rail_station');
    expect(cls({ railway: 'station', station: 'subway' }, 'point')).toBeNull();
    expect(cls({ public_transport: 'station', bus: 'yes' }, 'point')).toBeNull();
  });

  it('returns the name (name:zh first), ref and nulls as tagged', () => {
    expect(
      classifyOsmTags({ highway: 'trunk', ref: 'G15;G1501', name: 'Shenhai', 'name:zh': '沈海高速' }, 'line'),
    ).toEqual({
      theme: 'roads',
      class: 'national_road',
      name: '沈海高速',
      ref: 'G15;G1501',
      voltage_kv: null,
      capacity_mw: null,
      grade: null,
    });
    expect(classifyOsmTags({ highway: 'trunk', name: '' }, 'line')?.name).toBeNull();
  });
});

describe('classifyOsmTags: power', () => {
  it('bands lines and substations by their highest voltage', () => {
    expect(classifyOsmTags({ power: 'line', voltage: '220000;66000' }, 'line')).toMatchObject({
      class: 'power_line_220',
      voltage_kv: 220,
    });
    expect(classifyOsmTags({ power: 'line', voltage: '500000' }, 'line')).toMatchObject({
      class: 'power_line_500',
      voltage_kv: 500,
    });
    expect(classifyOsmTags({ power: 'minor_line', voltage: '10000' }, 'line')).toMatchObject({
      class: 'power_line_35',
      voltage_kv: 10,
    });
    expect(classifyOsmTags({ power: 'cable' }, 'line')).toMatchObject({ class: 'power_line', voltage_kv: null });
    expect(classifyOsmTags({ power: 'substation', voltage: '66000;10000' }, 'area')).toMatchObject({
      class: 'substation_110',
      voltage_kv: 66,
    });
    expect(classifyOsmTags({ power: 'substation', voltage: 'high' }, 'point')).toMatchObject({
      class: 'substation',
      voltage_kv: null,
    });
    expect(cls({ power: 'line', voltage: '220000' }, 'point')).toBeNull();
  });

  it('classifies plants by source with their capacity', () => {
    expect(
      classifyOsmTags({ power: 'plant', 'plant:source': 'coal', 'plant:output:electricity': '1.2 GW' }, 'area'),
    ).toMatchObject({ class: 'plant_coal', capacity_mw: 1200 });
    expect(
      classifyOsmTags({ power: 'plant', 'plant:source': 'nuclear', 'plant:output:electricity': '6710 MW' }, 'area'),
    ).toMatchObject({ class: 'plant_nuclear', capacity_mw: 6710 });
    expect(cls({ power: 'plant', 'plant:source': 'waste' }, 'point')).toBe('plant_biomass');
    expect(cls({ power: 'plant', 'plant:source': 'coal;gas' }, 'point')).toBe('plant_coal');
    expect(cls({ power: 'plant', 'plant:source': 'geothermal' }, 'point')).toBe('plant_other');
    expect(classifyOsmTags({ power: 'plant' }, 'area')).toMatchObject({ class: 'plant_other', capacity_mw: null });
  });

  it('takes a generator only as a named or farm-sized solar/wind area', () => {
    expect(
      classifyOsmTags({ power: 'generator', 'generator:source': 'solar', name: '康平光伏' }, 'area'),
    ).toMatchObject({ class: 'plant_solar' });
    expect(
      classifyOsmTags(
        { power: 'generator', 'generator:source': 'wind', 'generator:output:electricity': '49.5 MW' },
        'area',
      ),
    ).toMatchObject({ class: 'plant_wind', capacity_mw: 49.5 });
    expect(
      cls({ power: 'generator', 'generator:source': 'solar', 'generator:output:electricity': '200 kW' }, 'area'),
    ).toBeNull();
    expect(cls({ power: 'generator', 'generator:source': 'wind', name: 'T1' }, 'point')).toBeNull();
    expect(cls({ power: 'generator', 'generator:source': 'solar', location: 'roof', name: '屋顶' }, 'area')).toBeNull();
    expect(cls({ power: 'generator', 'generator:source': 'coal', name: '#1' }, 'area')).toBeNull();
  });
});

describe('classifyOsmTags: water', () => {
  it('takes rivers and canals as lines only', () => {
    expect(cls({ waterway: 'river', name: '辽河' })).toBe('river');
    expect(cls({ waterway: 'canal' })).toBe('canal');
    expect(cls({ waterway: 'stream' })).toBeNull();
    expect(cls({ waterway: 'river' }, 'area')).toBeNull();
  });

  it('tells reservoirs from lakes and keeps only named untyped water', () => {
    expect(cls({ natural: 'water', water: 'reservoir' }, 'area')).toBe('reservoir');
    expect(cls({ landuse: 'reservoir' }, 'area')).toBe('reservoir');
    expect(cls({ natural: 'water', water: 'lake' }, 'area')).toBe('lake');
    expect(cls({ natural: 'water', water: 'reservoir' }, 'point')).toBe('reservoir');
    expect(cls({ natural: 'water', name: '月牙湖' }, 'area')).toBe('water_body');
    expect(cls({ natural: 'water' }, 'area')).toBeNull();
    expect(cls({ natural: 'water', water: 'pond', name: '鱼塘' }, 'area')).toBeNull();
    expect(cls({ natural: 'water', water: 'reservoir' }, 'line')).toBeNull();
    expect(cls({ man_made: 'water_works' }, 'point')).toBe('water_works');
  });
});

describe('classifyOsmTags: tourism and gateways', () => {
  it('grades scenic spots from an explicit tag or the name, otherwise scenic_spot', () => {
    expect(classifyOsmTags({ tourism: 'attraction', 'tourism:grade': '5A' }, 'point')).toMatchObject({
      class: 'scenic_5a',
      grade: 5,
    });
    expect(classifyOsmTags({ tourism: 'zoo', grade: 'AAAA' }, 'area')).toMatchObject({ class: 'scenic_4a', grade: 4 });
    expect(classifyOsmTags({ tourism: 'theme_park', name: '发现王国（国家4A级旅游景区）' }, 'area')).toMatchObject({
      class: 'scenic_4a',
      grade: 4,
    });
    expect(classifyOsmTags({ tourism: 'attraction', name: '某景区 AAA级' }, 'point')).toMatchObject({
      class: 'scenic_3a',
      grade: 3,
    });
    expect(classifyOsmTags({ tourism: 'attraction', 'tourism:grade': '2A' }, 'point')).toMatchObject({
      class: 'scenic_spot',
      grade: 2,
    });
    expect(classifyOsmTags({ tourism: 'attraction', name: '5A写字楼' }, 'point')).toMatchObject({
      class: 'scenic_spot',
      grade: null,
    });
    // An explicit grade tag makes a park a graded scenic area even without tourism=*.
    expect(classifyOsmTags({ leisure: 'park', 'tourism:grade': 'AAAAA', name: '棒棰岛' }, 'area')).toMatchObject({
      class: 'scenic_5a',
      grade: 5,
    });
    expect(cls({ tourism: 'viewpoint' }, 'point')).toBeNull();
    expect(cls({ tourism: 'museum' }, 'point')).toBeNull();
  });

  it('takes guest houses as farm stays only with a farm tag or a 农家乐 name', () => {
    expect(cls({ tourism: 'guest_house', name: '老张家农家院' }, 'point')).toBe('farm_stay');
    expect(cls({ tourism: 'guest_house', name: '海边渔家乐' }, 'point')).toBe('farm_stay');
    expect(cls({ tourism: 'chalet', agritourism: 'yes' }, 'point')).toBe('farm_stay');
    expect(cls({ tourism: 'guest_house', guest_house: 'farmstay' }, 'area')).toBe('farm_stay');
    expect(cls({ tourism: 'guest_house', name: '城市快捷宾馆' }, 'point')).toBeNull();
    expect(cls({ tourism: 'hotel', name: '农家乐大酒店' }, 'point')).toBeNull();
  });

  it('keeps civil aerodromes with their IATA code as ref, not military ones', () => {
    expect(
      classifyOsmTags({ aeroway: 'aerodrome', iata: 'DLC', icao: 'ZYTL', name: '大连周水子国际机场' }, 'area'),
    ).toMatchObject({ class: 'airport', ref: 'DLC' });
    expect(classifyOsmTags({ aeroway: 'aerodrome', icao: 'ZYYK' }, 'point')).toMatchObject({ ref: 'ZYYK' });
    expect(cls({ aeroway: 'aerodrome', military: 'airfield' }, 'area')).toBeNull();
    expect(cls({ aeroway: 'aerodrome', 'aerodrome:type': 'military' }, 'area')).toBeNull();
    expect(cls({ aeroway: 'aerodrome', landuse: 'military' }, 'area')).toBeNull();
  });

  it('finds ports from any of the harbour tags', () => {
    const portTags: Record<string, string>[] = [
      { harbour: 'yes' },
      { industrial: 'port' },
      { landuse: 'harbour' },
      { 'seamark:type': 'harbour' },
    ];
    for (const tags of portTags) expect(cls(tags, 'area')).toBe('port');
    expect(cls({ harbour: 'yes' }, 'line')).toBeNull();
  });

  it('returns null for objects of no class', () => {
    expect(classifyOsmTags({ building: 'yes' }, 'area')).toBeNull();
    expect(classifyOsmTags({}, 'point')).toBeNull();
  });
});

describe('value parsers', () => {
  it('parseVoltageKv reads volts, explicit kV, and takes the highest', () => {
    expect(parseVoltageKv('220000;66000')).toBe(220);
    expect(parseVoltageKv('10500')).toBe(10.5);
    expect(parseVoltageKv('220 kV')).toBe(220);
    expect(parseVoltageKv('medium')).toBeNull();
    expect(parseVoltageKv(undefined)).toBeNull();
    expect(parseVoltageKv('0')).toBeNull();
  });

  it('parseCapacityMw needs a unit', () => {
    expect(parseCapacityMw('600 MW')).toBe(600);
    expect(parseCapacityMw('600MW')).toBe(600);
    expect(parseCapacityMw('1.2 GW')).toBe(1200);
    expect(parseCapacityMw('500 kW')).toBe(0.5);
    expect(parseCapacityMw('20 MWp')).toBe(20);
    expect(parseCapacityMw('600')).toBeNull();
    expect(parseCapacityMw('yes')).toBeNull();
    expect(parseCapacityMw('2 MW;3 MW')).toBeNull();
  });

  it('parseGrade and gradeFromName read the common spellings', () => {
    expect([parseGrade('5A'), parseGrade('AAAAA'), parseGrade('4'), parseGrade('3A级'), parseGrade('AAAA级')]).toEqual([
      5, 5, 4, 3, 4,
    ]);
    expect([parseGrade('6A'), parseGrade('high'), parseGrade(undefined)]).toEqual([null, null, null]);
    expect([
      gradeFromName('国家5A级旅游景区'),
      gradeFromName('4A级景区'),
      gradeFromName('AAAA级景区'),
      gradeFromName('5A写字楼'),
    ]).toEqual([5, 4, 4, null]);
  });

  it('classFromChineseRef tolerates spaces and case', () => {
    expect(classFromChineseRef('g 202')).toBe('national_road');
    expect(classFromChineseRef('X023; Y101')).toBe('county_road');
    expect(classFromChineseRef('E45')).toBeNull();
  });
});
