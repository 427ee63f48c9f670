/**
 * Offline basemap: land, lakes and national borders inside the map frame, from Debian's GMT and the
 * full-resolution GSHHG data. Writes data/basemap/{land,lakes,borders}.geojson and their manifest entries.
 *
 * GMT can only dump shorelines as pieces cut at GSHHG bin edges (`coast -M` cannot fill), so the
 * pieces are joined into chains, the chains that leave the frame are closed along it, and the sides
 * are told apart with known land and sea points (see basemap/polygonise-land.ts).
 */
import { MAP_FRAME } from '../../src/lib/map/frame';
import { landSchema, lakesSchema, basemapLinesSchema } from '../../src/lib/data/schemas/basemap';
import { writeDataset } from './lib/write-dataset';
import { assertGmtInstalled, runGmtCoast } from './basemap/gmt-coast';
import { parseGmtSegments, type GmtSegment } from './basemap/parse-gmt-segments';
import { bridgeGaps, dedupePieces, joinSegments } from './basemap/join-chains';
import { clipLineToFrame, dropOffshoreLines } from './basemap/clip-line';
import { polygoniseLand, type KnownPoint } from './basemap/polygonise-land';
import { assembleLakes, type LeveledRing } from './basemap/assemble-lakes';
import { ringAreaKm2, type Position, type Ring } from './basemap/ring-geometry';
import { simplifyGeometries, finishPolygon, finishLine, countPositions } from './basemap/simplify-polygons';
import { toPolygonFeatures, toLineFeatures } from './basemap/to-features';
import {
  BORDERS_META,
  LAKES_META,
  LAND_META,
  MIN_ISLAND_KM2,
  PINNED_VERSIONS,
  SIMPLIFY_INTERVAL_M,
  withGshhgDate,
} from './basemap/basemap-meta';

/** Places whose side of the coast is certain; the first fixes land/sea, the rest must agree. */
const KNOWN_POINTS: KnownPoint[] = [
  { name: 'Shenyang', position: [123.43, 41.8], land: true },
  { name: 'Bohai Sea', position: [121.0, 39.5], land: false },
  { name: 'Yellow Sea', position: [124.0, 38.0], land: false },
  { name: 'Shandong peninsula tip', position: [122.2, 37.4], land: true },
];

/** Border gaps up to this (degrees, ~500 m) are bridged: WDBII has one of ~350 m on the Yalu near Dandong. */
const BORDER_MAX_GAP_DEG = 0.005;

/** Build and write the three basemap datasets. */
export async function buildBasemap(): Promise<void> {
  assertGmtInstalled(PINNED_VERSIONS);
  const land = await buildLand();
  const lakes = await buildLakes();
  const borders = await buildBorders(land.map((f) => f.geometry.coordinates[0]));
  writeDataset(withGshhgDate(LAND_META, 'Land from'), landSchema, { type: 'FeatureCollection', features: land });
  writeDataset(withGshhgDate(LAKES_META, 'Lakes and reservoirs from'), lakesSchema, {
    type: 'FeatureCollection',
    features: lakes,
  });
  writeDataset(withGshhgDate(BORDERS_META, 'Borders from the WDBII data bundled with'), basemapLinesSchema, {
    type: 'FeatureCollection',
    features: borders,
  });
}

function log(message: string): void {
  console.log(`  basemap: ${message}`);
}

/** Join the pieces of one GSHHG level at a time: pieces of different levels never connect. */
function joinByLevel(segments: GmtSegment[]): Map<number, ReturnType<typeof joinSegments>> {
  const levels = [...new Set(segments.map((s) => s.level))].sort((a, b) => a - b);
  return new Map(levels.map((l) => [l, joinSegments(segments.filter((s) => s.level === l).map((s) => s.points))]));
}

async function simplifyPolygons(label: string, polygons: Ring[][]): Promise<Ring[][]> {
  const simplified = await simplifyGeometries(
    polygons.map((coordinates) => ({ type: 'Polygon' as const, coordinates })),
    SIMPLIFY_INTERVAL_M,
  );
  const finished = simplified.map((g, i) => {
    // keep-shapes means no polygon may vanish; if one does, something is wrong with it.
    if (!g) throw new Error(`basemap: polygon ${i} vanished in simplification`);
    return finishPolygon(g.coordinates);
  });
  const kept = finished.filter((p): p is Ring[] => p !== null);
  log(`${label}: ${countPositions(polygons)} → ${countPositions(kept)} vertices after simplification`);
  return kept;
}

async function buildLand() {
  const segments = parseGmtSegments(runGmtCoast(MAP_FRAME, ['-W', '-A0/1/1']));
  const chains = joinSegments(segments.map((s) => s.points));
  log(`land: ${segments.length} pieces → ${chains.rings.length} closed + ${chains.lines.length} open chains`);
  const result = polygoniseLand(chains, MAP_FRAME, KNOWN_POINTS);
  const kept = result.rings.filter((r) => ringAreaKm2(r) >= MIN_ISLAND_KM2);
  log(
    `land: ${result.faceCount} faces (${result.landFaceCount} land) + ${result.islandCount} islands; ` +
      `${result.rings.length - kept.length} under ${MIN_ISLAND_KM2} km² dropped`,
  );
  return toPolygonFeatures(
    'land',
    'land',
    await simplifyPolygons(
      'land',
      kept.map((r) => [r]),
    ),
  );
}

async function buildLakes() {
  const segments = parseGmtSegments(runGmtCoast(MAP_FRAME, ['-W', '-A0/2/4']));
  const rings: LeveledRing[] = [];
  for (const [level, chains] of joinByLevel(segments)) {
    if (chains.lines.length > 0) {
      // GMT clips lake polygons to -R and closes them along it (Dali Nur at the west edge), unlike the
      // level-1 pieces; so an open lake chain means pieces failed to join.
      throw new Error(`level-${level} shoreline crosses the frame edge at ${chains.lines[0][0].join(',')}`);
    }
    rings.push(...chains.rings.map((ring) => ({ level, ring })));
  }
  const lakes = assembleLakes(rings);
  // GSHHG has a few lakes of a few hundred m² in North Korea: specks, like the smallest islands.
  const kept = lakes.filter((p) => ringAreaKm2(p[0]) >= MIN_ISLAND_KM2);
  log(
    `lakes: ${rings.length} rings → ${lakes.length} lakes, ${lakes.length - kept.length} under ${MIN_ISLAND_KM2} km² dropped`,
  );
  return toPolygonFeatures('lake', 'lake', await simplifyPolygons('lakes', kept));
}

async function buildBorders(landRings: Ring[]) {
  const segments = parseGmtSegments(runGmtCoast(MAP_FRAME, ['-N1']));
  const chains = joinSegments(dedupePieces(segments.map((s) => s.points)));
  // GMT leaves whole bins in the -M dump of borders, so bridge gaps before clipping to the frame.
  const bridged = bridgeGaps([...chains.lines, ...chains.rings], BORDER_MAX_GAP_DEG);
  const inFrame = bridged.flatMap((line) => clipLineToFrame(line, MAP_FRAME));
  const lines = dropOffshoreLines(inFrame, landRings);
  log(
    `borders: ${segments.length} pieces → ${chains.lines.length + chains.rings.length} chains → ` +
      `${inFrame.length} lines in the frame, ${inFrame.length - lines.length} at sea dropped`,
  );
  const simplified = await simplifyGeometries(
    lines.map((coordinates) => ({ type: 'LineString' as const, coordinates })),
    SIMPLIFY_INTERVAL_M,
  );
  const finished = simplified
    .map((g) => (g ? finishLine(g.coordinates) : null))
    .filter((l): l is Position[] => l !== null);
  log(`borders: ${countPositions(lines)} → ${countPositions(finished)} vertices after simplification`);
  return toLineFeatures('border', 'national_border', finished);
}
