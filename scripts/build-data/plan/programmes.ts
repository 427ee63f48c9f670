/**
 * Programmes that name places: the national e-commerce demonstration counties, pairing assistance
 * (对口帮扶) and the lost list of provincial key counties. Places are as the plan words them.
 */
import type { Bilingual } from '../../../src/lib/data/schemas/geojson';
import type { Plan } from '../../../src/lib/data/schemas/plan';
import { citePlan } from './cite';
import type { PlaceLevel } from './resolve-place';

export const ECOMMERCE_SECTION = '三、(三)电商脱贫 3.重点帮扶';
export const ECOMMERCE_QUOTE = '以我省桓仁满族自治县、凌源市、清原满族自治县等国家电子商务进农村综合示范试点为契机';
/** As written in ECOMMERCE_QUOTE, in its order. */
export const ECOMMERCE_COUNTIES = ['桓仁满族自治县', '凌源市', '清原满族自治县'];

export const PAIRING_SECTION = '五、(一)4.完善利益联结机制';
export const PAIRING_QUOTE =
  '在沈阳、大连、鞍山市继续对口帮扶阜新、朝阳、铁岭市的基础上,新增营口市、鞍钢集团公司共同对口帮扶建昌县';

export interface PairingSource {
  id: string;
  /** A helper place (resolved at `level`), or an organisation that is not a place (`level: null`, with its names). */
  from: { as_written: string; level: PlaceLevel | null; name?: Bilingual };
  to: { as_written: string; level: PlaceLevel };
  status: 'continuing' | 'new';
  reading: Bilingual;
}

const RESPECTIVE: Bilingual = {
  zh: '解读：按列出的先后顺序一一对应（沈阳→阜新、大连→朝阳、鞍山→铁岭）；规划未写明具体配对',
  en: 'Reading: respective order, as listed (Shenyang→Fuxin, Dalian→Chaoyang, Anshan→Tieling); the plan does not state the pairs',
};
const JOINT: Bilingual = {
  zh: '规划写明：营口市与鞍钢集团公司共同对口帮扶建昌县',
  en: 'As stated: Yingkou and Angang Group Company jointly assist Jianchang County',
};

export const PAIRINGS: readonly PairingSource[] = [
  {
    id: 'shenyang-fuxin',
    from: { as_written: '沈阳', level: 'prefecture' },
    to: { as_written: '阜新', level: 'prefecture' },
    status: 'continuing',
    reading: RESPECTIVE,
  },
  {
    id: 'dalian-chaoyang',
    from: { as_written: '大连', level: 'prefecture' },
    to: { as_written: '朝阳', level: 'prefecture' },
    status: 'continuing',
    reading: RESPECTIVE,
  },
  {
    id: 'anshan-tieling',
    from: { as_written: '鞍山', level: 'prefecture' },
    to: { as_written: '铁岭', level: 'prefecture' },
    status: 'continuing',
    reading: RESPECTIVE,
  },
  {
    id: 'yingkou-jianchang',
    from: { as_written: '营口市', level: 'prefecture' },
    to: { as_written: '建昌县', level: 'county' },
    status: 'new',
    reading: JOINT,
  },
  {
    id: 'angang-jianchang',
    from: {
      as_written: '鞍钢集团公司',
      level: null,
      name: { zh: '鞍钢集团公司', en: 'Angang Group Company' },
    },
    to: { as_written: '建昌县', level: 'county' },
    status: 'new',
    reading: {
      zh: `${JOINT.zh}；鞍钢集团公司是企业而非地方，故不设地点（place 为 null）`,
      en: `${JOINT.en}; Angang Group Company is an enterprise, not a place, so it has no place (null)`,
    },
  },
];

export const KEY_COUNTIES: Plan['key_counties'] = {
  status: 'unknown',
  expected_count: 15,
  counties: null,
  note: {
    zh: '规划“人口布局”表以*标出省脱贫开发重点县，但该表在本文本中缺失：名单未知，本图集不作重构。规划在别处提到15个省级贫困县。',
    en: 'The plan marks the provincial key counties for poverty alleviation with * in its population-layout table (人口布局), but the table is missing from this copy: the list is unknown and this atlas does not reconstruct it. Elsewhere the plan speaks of 15 provincial poor counties.',
  },
  citation: citePlan('二、(二)人口布局', '带*为省脱贫开发重点县'),
  count_citation: citePlan(ECOMMERCE_SECTION, '重点为15个省级贫困县网商提供创业孵化服务'),
};
