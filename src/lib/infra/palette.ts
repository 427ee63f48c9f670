import type { InfraClassId } from './classes';

/**
 * Colours of the infrastructure classes, one token per class, for the light atlas theme. Roads are
 * warm (red–orange–ochre), power cool (purple–magenta–violet by voltage), water blue, tourism
 * red–green, so themes shown together stay apart.
 */
export const lightInfraPalette: Record<InfraClassId, string> = {
  expressway: '#d9480f',
  national_road: '#e8590c',
  provincial_road: '#f08c00',
  county_road: '#b08d3c',
  rural_road: '#8f8a7a',
  railway: '#3b3b3b',
  rail_station: '#3b3b3b',
  power_line_500: '#4a148c',
  power_line_220: '#c2185b',
  power_line_110: '#7b61ff',
  power_line_35: '#9e86a8',
  power_line: '#757575',
  substation_500: '#4a148c',
  substation_220: '#c2185b',
  substation_110: '#7b61ff',
  substation_35: '#9e86a8',
  substation: '#757575',
  plant_coal: '#4e342e',
  plant_gas: '#f9a825',
  plant_oil: '#795548',
  plant_nuclear: '#ad1457',
  plant_hydro: '#1565c0',
  plant_wind: '#00838f',
  plant_solar: '#f4b400',
  plant_biomass: '#558b2f',
  plant_other: '#616161',
  river: '#3a7dc9',
  canal: '#5fa3d9',
  reservoir: '#2f6fb0',
  lake: '#4a8cc8',
  water_body: '#5b95c9',
  water_works: '#00695c',
  water_project: '#26a69a',
  scenic_5a: '#c62828',
  scenic_4a: '#e65100',
  scenic_3a: '#f9a825',
  scenic_spot: '#a1887f',
  rural_tourism_village: '#2e7d32',
  farm_stay: '#7cb342',
  airport: '#37474f',
  port: '#1f4e79',
};

/** The dark briefing theme: the same hues, with the darkest ones lifted off a dark map. */
export const darkInfraPalette: Record<InfraClassId, string> = {
  ...lightInfraPalette,
  railway: '#c9c9c9',
  rail_station: '#c9c9c9',
  power_line_500: '#b388ff',
  substation_500: '#b388ff',
  plant_coal: '#bcaaa4',
  plant_oil: '#bcaaa4',
  river: '#64a8f0',
  reservoir: '#5a9be0',
  airport: '#cfd8dc',
  port: '#90caf9',
};
