/** Turn joined level-1 shoreline chains into land polygons inside a rectangular frame. */
import { traceFrameFaces, type Frame, type FrameFace } from './frame-faces';
import type { JoinedChains } from './join-chains';
import { boundsOf, orientRing, pointInRing, type Position, type Ring } from './ring-geometry';

/** A place whose side of the coast is known for certain, e.g. a city (land) or open sea (water). */
export interface KnownPoint {
  name: string;
  position: Position;
  land: boolean;
}

/** Land polygons (one outer ring each, counter-clockwise) and how they were made. */
export interface LandPolygons {
  rings: Ring[];
  faceCount: number;
  landFaceCount: number;
  islandCount: number;
}

function isInFrame([x, y]: Position, [w, s, e, n]: Frame): boolean {
  return x > w && x < e && y > s && y < n;
}

/**
 * Decide which faces are land. Neighbouring faces (sharing a chain) are always of opposite kinds,
 * because a shoreline has land on one side and water on the other; so one known point fixes every
 * face, and the others check it. This avoids trusting the winding of the GSHHG pieces.
 *
 * @returns `true` for land, per face
 * @throws if no known point lies in the frame, a point falls in no face, or the points disagree
 */
export function classifyFaces(faces: FrameFace[], known: KnownPoint[], frame: Frame): boolean[] {
  const inFrame = known.filter((k) => isInFrame(k.position, frame));
  if (inFrame.length === 0) throw new Error('classifyFaces: no known land/water point lies in the frame');
  const faceOf = (k: KnownPoint): number => {
    const f = faces.findIndex((face) => pointInRing(k.position, face.ring));
    if (f < 0) throw new Error(`classifyFaces: ${k.name} ${k.position.join(',')} is in no face`);
    return f;
  };
  // Faces on either side of each chain.
  const sides = new Map<number, number[]>();
  faces.forEach((face, f) => face.chains.forEach((c) => sides.set(c, [...(sides.get(c) ?? []), f])));

  const isLand = new Array<boolean | undefined>(faces.length).fill(undefined);
  const anchor = inFrame[0];
  const queue = [faceOf(anchor)];
  isLand[queue[0]] = anchor.land;
  while (queue.length > 0) {
    const f = queue.shift()!;
    for (const c of faces[f].chains) {
      for (const g of sides.get(c) ?? []) {
        if (g === f) continue;
        if (isLand[g] === undefined) {
          isLand[g] = !isLand[f];
          queue.push(g);
        } else if (isLand[g] === isLand[f]) {
          throw new Error(`classifyFaces: faces ${f} and ${g} share chain ${c} but both came out the same`);
        }
      }
    }
  }
  for (const k of inFrame) {
    const got = isLand[faceOf(k)];
    if (got !== k.land) {
      throw new Error(`classifyFaces: ${k.name} should be ${k.land ? 'land' : 'water'} but its face is not`);
    }
  }
  return isLand.map((v, f) => {
    if (v === undefined) throw new Error(`classifyFaces: face ${f} is not connected to the others`);
    return v;
  });
}

/**
 * Land polygons from level-1 chains: faces of the frame cut by the open chains that are land, plus
 * every closed chain (an island wholly inside the frame). Islands must lie in water faces; one inside
 * land would mean a shoreline was read wrongly, so that throws rather than draw land over land.
 *
 * @param chains joined level-1 shoreline chains, clipped to `frame`
 * @param known points of known kind, at least one inside the frame
 */
export function polygoniseLand(chains: JoinedChains, frame: Frame, known: KnownPoint[]): LandPolygons {
  const faces = traceFrameFaces(chains.lines, frame);
  const isLand = classifyFaces(faces, known, frame);
  const landFaces = faces.filter((_, f) => isLand[f]).map((face) => face.ring);
  const landBounds = landFaces.map(boundsOf);
  for (const island of chains.rings) {
    const [x, y] = island[0];
    const hit = landFaces.findIndex((ring, i) => {
      const [w, s, e, n] = landBounds[i];
      return x >= w && x <= e && y >= s && y <= n && pointInRing(island[0], ring);
    });
    if (hit >= 0) throw new Error(`polygoniseLand: island at ${x},${y} lies inside land face ${hit}`);
  }
  return {
    rings: [...landFaces, ...chains.rings.map((r) => orientRing(r, true))],
    faceCount: faces.length,
    landFaceCount: landFaces.length,
    islandCount: chains.rings.length,
  };
}
