// shpjs 6 ships no types; only the default export (zip bytes → GeoJSON) is used by these tests.
declare module 'shpjs' {
  import type { FeatureCollection } from 'geojson';
  type Parsed = FeatureCollection & { fileName: string };
  export default function shp(input: ArrayBuffer | Uint8Array): Promise<Parsed | Parsed[]>;
}
