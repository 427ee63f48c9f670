import type { zhInfra } from './zh-infra';

/** English strings of the infrastructure layers and the import and OSM tools (merged into en.ts). */
export const enInfra: Record<keyof typeof zhInfra, string> = {
  group_infrastructure: 'Infrastructure',
  infra_panel_title: 'Infrastructure',
  infra_unnamed: 'name unknown',
  infra_source_attributes: 'Attributes in the source file',
  infra_position_approximate: 'approximate',
  infra_position_source: 'as in the source',
  field_infra_class: 'Class',
  field_infra_theme: 'Theme',
  field_ref: 'Number',
  field_voltage: 'Voltage',
  field_capacity: 'Capacity',
  field_grade: 'Grade',
  field_position_accuracy: 'Position',
  field_source: 'Source',
};
