import type { PositionAccuracy } from '../data/schemas/designated-villages';
import type { MessageKey } from '../i18n/zh';

/** Message key of a position accuracy, for tables, tooltips and panels. */
export const ACCURACY_LABEL: Record<PositionAccuracy, MessageKey> = {
  surveyed: 'accuracy_surveyed',
  'from file': 'accuracy_from_file',
  'placed by hand': 'accuracy_placed_by_hand',
  none: 'accuracy_none',
};
