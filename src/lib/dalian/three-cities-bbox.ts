import { computeBbox } from '../data/bbox';
import { DESIGNATED_COUNTY_CODES } from '../data/schemas/designated-villages';
import type { AnyCollection } from '../layers/types';

/** The extent of 普兰店区, 瓦房店市 and 庄河市 from the bundled counties; null until they are loaded. */
export function threeCitiesBbox(counties: AnyCollection | undefined): [number, number, number, number] | null {
  const features = counties?.features.filter((f) =>
    (DESIGNATED_COUNTY_CODES as readonly string[]).includes(String(f.properties.code)),
  );
  return features?.length ? computeBbox({ type: 'FeatureCollection', features }) : null;
}
