import { bbox as computeBbox, bboxPolygon, booleanIntersects } from '@turf/turf';
import type { BBox, Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';

/** [west, south, east, north] in WGS84 degrees. */
export type ExportBbox = [number, number, number, number];

/** Which features of a dataset to export. */
export type ExportSubset =
  | { kind: 'bbox'; bbox: ExportBbox }
  | { kind: 'polygon'; polygon: Polygon | MultiPolygon | Feature<Polygon | MultiPolygon> }
  | { kind: 'ids'; ids: readonly (string | number)[]; property?: string };

type Fc<P> = FeatureCollection<Geometry | null, P>;

function checkCollection(fc: unknown, where: string): void {
  const c = fc as { type?: unknown; features?: unknown } | null;
  if (!c || c.type !== 'FeatureCollection' || !Array.isArray(c.features))
    throw new TypeError(`${where}: expected a GeoJSON FeatureCollection`);
}

function overlaps(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

function inside(inner: BBox, outer: BBox): boolean {
  return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
}

/** Keeps whole features for which `test` holds; features without geometry are never kept. */
function keep<P>(fc: Fc<P>, test: (f: Feature<Geometry, P>) => boolean): Fc<P> {
  return { ...fc, features: fc.features.filter((f) => f.geometry !== null && test(f as Feature<Geometry, P>)) };
}

/**
 * The features of `fc` that touch or overlap `bbox` (whole features, not clipped). A feature whose
 * own bbox lies inside is kept without the exact test; one whose bbox misses is dropped.
 */
export function subsetByBbox<P>(fc: Fc<P>, bbox: ExportBbox): Fc<P> {
  checkCollection(fc, 'subsetByBbox');
  const [w, s, e, n] = bbox;
  if (![w, s, e, n].every(Number.isFinite) || w > e || s > n)
    throw new RangeError(`subsetByBbox: bbox [${bbox.join(', ')}] is not [west, south, east, north]`);
  const box = bboxPolygon(bbox);
  return keep(fc, (f) => {
    const fb = computeBbox(f.geometry);
    if (!overlaps(fb, bbox)) return false;
    return inside(fb, bbox) || booleanIntersects(f.geometry, box);
  });
}

/** The features of `fc` that touch or overlap a drawn polygon (whole features, not clipped). */
export function subsetByPolygon<P>(
  fc: Fc<P>,
  polygon: Polygon | MultiPolygon | Feature<Polygon | MultiPolygon>,
): Fc<P> {
  checkCollection(fc, 'subsetByPolygon');
  const g = polygon && 'geometry' in polygon ? polygon.geometry : polygon;
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon'))
    throw new TypeError(
      `subsetByPolygon: the area must be a Polygon or MultiPolygon, got ${g ? (g as { type?: unknown }).type : String(g)}`,
    );
  const area: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: {}, geometry: g };
  const areaBox = computeBbox(area);
  return keep(fc, (f) => overlaps(computeBbox(f.geometry), areaBox) && booleanIntersects(f.geometry, area));
}

/**
 * The features whose id is in `ids`, in the collection's order. The id is `feature.id`, or
 * `properties[property]` when `property` is given; ids compare as text (`210102` matches `'210102'`).
 */
export function subsetByIds<P>(fc: Fc<P>, ids: readonly (string | number)[], property?: string): Fc<P> {
  checkCollection(fc, 'subsetByIds');
  const wanted = new Set(ids.map(String));
  return {
    ...fc,
    features: fc.features.filter((f) => {
      const id = property === undefined ? f.id : (f.properties as Record<string, unknown> | null)?.[property];
      return (typeof id === 'string' || typeof id === 'number') && wanted.has(String(id));
    }),
  };
}

/** Applies an ExportSubset (or returns `fc` itself when there is none). */
export function applySubset<P>(fc: Fc<P>, subset: ExportSubset | undefined): Fc<P> {
  if (!subset) return fc;
  switch (subset.kind) {
    case 'bbox':
      return subsetByBbox(fc, subset.bbox);
    case 'polygon':
      return subsetByPolygon(fc, subset.polygon);
    case 'ids':
      return subsetByIds(fc, subset.ids, subset.property);
  }
}
