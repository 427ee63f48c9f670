import { z } from 'zod';
import { featureCollectionSchema, lineStringSchema } from './geojson';

/**
 * Pairing-assistance links as lines from helper to helped (prefecture label point or county seat).
 * Links whose helper has no place (an enterprise) are not drawn; `undrawn` lists them in the plan.
 */
export const pairingLinePropertiesSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  from_zh: z.string().min(1),
  from_en: z.string().min(1),
  to_zh: z.string().min(1),
  to_en: z.string().min(1),
  status: z.enum(['continuing', 'new']),
  reading_zh: z.string().min(1),
  reading_en: z.string().min(1),
});
export const pairingLinesSchema = featureCollectionSchema(pairingLinePropertiesSchema, lineStringSchema);
