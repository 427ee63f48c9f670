/**
 * Reviewed English names that replace the generated pinyin. Every generated name was read by eye
 * (see data/README.md); entries are either corrections, customary spellings, or pins of polyphonic
 * characters that pinyin-pro reads correctly today but could read otherwise after a dictionary
 * update. The pipeline prints which pins currently agree with the generated name.
 */
export interface NameOverride {
  /** 6-digit NBS code (county level, or 21xx00 for a prefecture). */
  code: string;
  /** The Chinese name the override was reviewed for; a mismatch with the source fails the build. */
  name_zh: string;
  name_en: string;
  /** One line: why the generated name is not used as is. */
  reason: string;
}

export const NAME_OVERRIDES: readonly NameOverride[] = [
  {
    code: '210113',
    name_zh: '沈北新区',
    name_en: 'Shenbei New District',
    reason: 'pin: 沈 is polyphonic (shěn/chén); 新区 is rendered "New District" as customary',
  },
  {
    code: '210212',
    name_zh: '旅顺口区',
    name_en: 'Lüshunkou District',
    reason: 'pin: keep ü (not "Lvshunkou"/"Lushunkou")',
  },
  {
    code: '210224',
    name_zh: '长海县',
    name_en: 'Changhai County',
    reason: 'pin: 长 is polyphonic (cháng/zhǎng)',
  },
  {
    code: '210804',
    name_zh: '鲅鱼圈区',
    name_en: 'Bayuquan District',
    reason: 'pin: 鲅 (bà/bō) and 圈 (quān/juàn) are polyphonic',
  },
  {
    code: '210881',
    name_zh: '盖州市',
    name_en: 'Gaizhou City',
    reason: 'pin: 盖 is polyphonic (gài/gě)',
  },
  {
    code: '211005',
    name_zh: '弓长岭区',
    name_en: 'Gongchangling District',
    reason: 'pin: 长 is polyphonic (cháng/zhǎng)',
  },
  {
    code: '211104',
    name_zh: '大洼区',
    name_en: 'Dawa District',
    reason: 'pin: 大 is polyphonic (dà/dài)',
  },
  {
    code: '211281',
    name_zh: '调兵山市',
    name_en: 'Diaobingshan City',
    reason: 'correction: 调 here is diào (to deploy troops); pinyin-pro reads tiáo',
  },
  {
    code: '211300',
    name_zh: '朝阳市',
    name_en: 'Chaoyang',
    reason: 'pin: 朝 is polyphonic (cháo/zhāo)',
  },
  {
    code: '211321',
    name_zh: '朝阳县',
    name_en: 'Chaoyang County',
    reason: 'pin: 朝 is polyphonic (cháo/zhāo)',
  },
  {
    code: '211324',
    name_zh: '喀喇沁左翼蒙古族自治县',
    name_en: 'Harqin Left Wing Mongol Autonomous County',
    reason: 'customary: 喀喇沁 is a Mongolian name (Harqin), 左翼 translated "Left Wing"; pinyin gives "Kalaqinzuoyi"',
  },
];
