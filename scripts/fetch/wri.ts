/**
 * WRI Global Power Plant Database (CSV, v1.3.0 is the last release) → power plant features in Liaoning.
 */
import Papa from 'papaparse';
import type { InfraClassId } from '../../src/lib/infra/classes';
import type { InfraFeature } from '../../src/lib/infra/osm-to-features';
import { roundCoordinates } from '../build-data/lib/geojson-utils';
import type { LiaoningArea } from '../osm/liaoning-area';

/** `primary_fuel` → plant class; Waste counts as biomass, as in China's statistics; the rest is "other". */
const FUEL_CLASS: Record<string, InfraClassId> = {
  Coal: 'plant_coal',
  Gas: 'plant_gas',
  Oil: 'plant_oil',
  Nuclear: 'plant_nuclear',
  Hydro: 'plant_hydro',
  Wind: 'plant_wind',
  Solar: 'plant_solar',
  Biomass: 'plant_biomass',
  Waste: 'plant_biomass',
};

const REQUIRED = ['country', 'name', 'gppd_idnr', 'capacity_mw', 'latitude', 'longitude', 'primary_fuel'];

/**
 * Plants with country CHN whose position is in Liaoning. Throws naming the file if required
 * columns are missing. Every value is kept in `attributes` (empty ones left out).
 */
export function wriPlantFeatures(csv: string, file: string, area: LiaoningArea, source: string): InfraFeature[] {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  const columns = parsed.meta.fields ?? [];
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length > 0)
    throw new Error(`${file}: missing column(s) ${missing.join(', ')} (has: ${columns.slice(0, 10).join(', ')}…)`);
  const out: InfraFeature[] = [];
  for (const [i, row] of parsed.data.entries()) {
    if (row.country !== 'CHN') continue;
    const [lon, lat] = [Number(row.longitude), Number(row.latitude)];
    if (!row.longitude || !row.latitude || !Number.isFinite(lon) || !Number.isFinite(lat)) continue;
    if (!area.contains(lon, lat)) continue;
    if (!row.gppd_idnr) throw new Error(`${file} row ${i + 2}: empty gppd_idnr`);
    const capacity = row.capacity_mw === '' ? NaN : Number(row.capacity_mw);
    const id = `wri-${row.gppd_idnr}`;
    const attributes: Record<string, string> = {};
    for (const c of columns) if (row[c] !== undefined && row[c] !== '') attributes[c] = row[c];
    out.push({
      type: 'Feature',
      id,
      properties: {
        id,
        theme: 'power',
        class: FUEL_CLASS[row.primary_fuel] ?? 'plant_other',
        name: row.name || null,
        ref: null,
        voltage_kv: null,
        capacity_mw: Number.isFinite(capacity) && capacity >= 0 ? capacity : null,
        grade: null,
        // The database states that its geolocations vary in accuracy; none was checked here.
        approximate: true,
        source,
        attributes,
      },
      geometry: { type: 'Point', coordinates: roundCoordinates([lon, lat]) },
    });
  }
  return out;
}
