/**
 * Rivers and lake/reservoir shores that touch Liaoning, from GSHHG (WDBII) through GMT, as infra
 * features. Reuses the basemap's GMT dump, parsing, joining, lake assembly and simplification.
 */
import { MAP_FRAME } from '../../../src/lib/map/frame';
import { runGmtCoast } from '../basemap/gmt-coast';
import { parseGmtSegments } from '../basemap/parse-gmt-segments';
import { dedupePieces, joinSegments } from '../basemap/join-chains';
import { clipLineToFrame } from '../basemap/clip-line';
import { lakesFromSegments } from '../basemap/assemble-lakes';
import { countPositions, finishLine, finishPolygon, simplifyGeometries } from '../basemap/simplify-polygons';
import { toLineFeatures, toPolygonFeatures } from '../basemap/to-features';
import { ringAreaKm2, type Position } from '../basemap/ring-geometry';
import { MIN_ISLAND_KM2 } from '../basemap/basemap-meta';
import type { PolygonTests } from './near-polygons';
import { selectRiversNear, type LeveledLine } from './select-rivers';
import { makeInfraFeature, type InfraFeature } from './infra-feature';
import { LAKES_SIMPLIFY_M, RIVER_BUFFER_KM, RIVER_LEVELS, RIVER_SIMPLIFY_M, WATER_META } from './infra-meta';

function log(message: string): void {
  console.log(`  infra: ${message}`);
}

/**
 * River lines of the requested GSHHG levels inside the map frame, each level's bin pieces joined
 * into chains. GMT does not clip river lines to -R (it writes whole bins), so they are clipped here.
 */
export function readRiverChains(levels: readonly number[]): LeveledLine[] {
  const riverFlags = levels.map((l) => `-I${l}`);
  const segments = parseGmtSegments(runGmtCoast(MAP_FRAME, riverFlags));
  const out: LeveledLine[] = [];
  for (const level of levels) {
    const pieces = dedupePieces(segments.filter((s) => s.level === level).map((s) => s.points));
    const chains = joinSegments(pieces);
    // A closed chain (a braid) is still a line here; it is kept as drawn.
    for (const chain of [...chains.lines, ...chains.rings]) {
      for (const line of clipLineToFrame(chain, MAP_FRAME)) out.push({ level, line });
    }
  }
  return out;
}

/** River features, longest first (`gshhg-river-0001`, …), simplified lightly. */
export async function buildRivers(province: PolygonTests): Promise<InfraFeature[]> {
  const chains = readRiverChains(RIVER_LEVELS);
  const selected = selectRiversNear(chains, province, RIVER_BUFFER_KM);
  const simplified = await simplifyGeometries(
    selected.map(({ line }) => ({ type: 'LineString' as const, coordinates: line })),
    RIVER_SIMPLIFY_M,
  );
  // Simplification can pull a line that only grazed the province back out; such a line is dropped.
  const levelOf = new Map<Position[], number>();
  simplified.forEach((g, i) => {
    const line = g ? finishLine(g.coordinates) : null;
    if (line && line.some((p) => province.contains(p))) levelOf.set(line, selected[i].level);
  });
  const lines = [...levelOf.keys()];
  log(
    `rivers: ${chains.length} chains in the frame → ${selected.length} parts near Liaoning; ` +
      `${countPositions(selected.map((s) => s.line))} → ${countPositions(lines)} vertices after simplification`,
  );
  // toLineFeatures keeps each line array as the geometry, so its level can be looked up by identity.
  return toLineFeatures('gshhg-river', 'river', lines).map((f) =>
    makeInfraFeature(
      {
        id: f.id,
        theme: 'water',
        class: 'river',
        source: WATER_META.id,
        attributes: { gshhg_level: levelOf.get(f.geometry.coordinates)! },
      },
      f.geometry,
    ),
  );
}

/**
 * Lake and reservoir polygons (GSHHG level 2, islands of level 3 as holes) with part of their shore
 * inside the province. Kept whole, not cut at the boundary: a cut would draw a false straight shore.
 */
export async function buildWaterBodies(province: PolygonTests): Promise<InfraFeature[]> {
  const lakes = lakesFromSegments(parseGmtSegments(runGmtCoast(MAP_FRAME, ['-W', '-A0/2/4'])));
  // The basemap's speck threshold too, so every water body here is also a basemap lake.
  const touching = lakes.filter(
    (polygon) => ringAreaKm2(polygon[0]) >= MIN_ISLAND_KM2 && polygon[0].some((p) => province.contains(p)),
  );
  const simplified = await simplifyGeometries(
    touching.map((coordinates) => ({ type: 'Polygon' as const, coordinates })),
    LAKES_SIMPLIFY_M,
  );
  const polygons = simplified.map((g, i) => {
    const finished = g ? finishPolygon(g.coordinates) : null;
    // keep-shapes means no polygon may vanish; if one does, something is wrong with it.
    if (!finished) throw new Error(`infra: water body ${i} vanished in simplification`);
    return finished;
  });
  log(`water bodies: ${lakes.length} in the frame → ${touching.length} touching Liaoning`);
  return toPolygonFeatures('gshhg-water-body', 'water_body', polygons).map((f) =>
    makeInfraFeature(
      { id: f.id, theme: 'water', class: 'water_body', source: WATER_META.id, attributes: { gshhg_level: 2 } },
      f.geometry,
    ),
  );
}
