import { z } from 'zod';
import { featureCollectionSchema, pointSchema } from './geojson';

/**
 * A populated place from Natural Earth's `ne_10m_populated_places` (written by `npm run data:fetch`
 * as `fetched/ne-places.geojson`). Values as Natural Earth gives them; missing ones are null.
 */
export const placePropertiesSchema = z.object({
  /** Natural Earth `NAME` (romanised, e.g. `Shenyang`). */
  name: z.string().min(1),
  /** Natural Earth `NAME_ZH` (e.g. `沈阳市`); null where Natural Earth has none. */
  name_zh: z.string().min(1).nullable(),
  /** Natural Earth `POP_MAX`: largest population estimate of the place's urban area. */
  pop_max: z.number().int().nonnegative().nullable(),
  /** Natural Earth `FEATURECLA`, e.g. `Admin-1 capital`, `Populated place`. */
  feature_class: z.string().min(1).nullable(),
  /** Natural Earth `SCALERANK`, 0 (most important) to 10. */
  rank: z.number().int().min(0).max(10).nullable(),
});
export type PlaceProperties = z.infer<typeof placePropertiesSchema>;

export const placesCollectionSchema = featureCollectionSchema(placePropertiesSchema, pointSchema);
export type PlacesCollection = z.infer<typeof placesCollectionSchema>;
