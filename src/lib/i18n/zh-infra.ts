/** Chinese strings of the infrastructure layers and the import and OSM tools (merged into zh.ts). */
export const zhInfra = {
  group_infrastructure: '基础设施',
  infra_panel_title: '基础设施',
  infra_unnamed: '名称未知',
  infra_source_attributes: '源文件属性',
  infra_position_approximate: '近似位置',
  infra_position_source: '按来源数据',
  field_infra_class: '类别',
  field_infra_theme: '专题',
  field_ref: '编号',
  field_voltage: '电压',
  field_capacity: '装机容量',
  field_grade: '等级',
  field_position_accuracy: '位置精度',
  field_source: '来源',
} as const;
