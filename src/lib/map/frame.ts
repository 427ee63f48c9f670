/**
 * The map frame around Liaoning as [west, south, east, north] in WGS84 degrees.
 *
 * The province spans roughly lon 118.8–125.8, lat 38.7–43.5; the frame adds a margin so the map can
 * pan a little beyond it (Bohai and Yellow Sea, the Korea Bay, the North Korean coast). The app uses
 * it as MapLibre's `maxBounds`, and the data pipeline clips the offline basemap (land, lakes, borders)
 * to it, so both always agree.
 */
export const MAP_FRAME: [number, number, number, number] = [116.5, 37.0, 127.5, 45.0];
