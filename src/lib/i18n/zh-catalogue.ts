/** Chinese strings of the data catalogue's dates and schema field dictionaries (merged into zh.ts). */
export const zhCatalogue = {
  catalogue_date: '日期',
  catalogue_user_licence_osm: 'ODbL 1.0，署名“© OpenStreetMap contributors”（数据来自 OpenStreetMap）',
  catalogue_user_licence_file: '未记录：以文件提供方的许可为准',
  catalogue_bundle_own: '同时打包你导入和绘制的图层（{n} 个，放在 user/ 下）',
  catalogue_attribution: '署名',
  catalogue_copy: '复制',
  catalogue_copied: '已复制',
  catalogue_date_value: '{date}（{kind}）',
  catalogue_date_issued: '印发日期',
  catalogue_date_edition: '版本发布日期',
  catalogue_date_as_of: '数据截止日期',
  catalogue_date_published: '发表日期',
  catalogue_date_retrieved: '下载日期',
  catalogue_date_unknown: '不详',
  catalogue_field_in_zh: '中文：{meaning}',
  catalogue_field_in_en: '英文：{meaning}',
};
