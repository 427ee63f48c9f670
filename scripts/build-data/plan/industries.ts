/**
 * The plan's 16 characteristic industries (二、(一)产业布局), in its order. `clause` is the whole
 * line after "——", copied byte-exactly (half-width `:` `,` `;` `(` as in the seed); `description.zh`
 * is derived from it. Places are as the plan words them; the build resolves them to codes.
 * `regions_text` holds regions the plan names only in words, each an exact substring of the clause.
 */
import type { Bilingual } from '../../../src/lib/data/schemas/geojson';
import type { PlaceLevel } from './resolve-place';

export interface IndustryGroupSource {
  id: string;
  label: Bilingual;
  level: PlaceLevel;
  /** As written in `quote`, in the plan's order. */
  places: string[];
  /** The words that name these places: an exact substring of the industry's clause. */
  quote: string;
}

export interface IndustrySource {
  id: string;
  name: Bilingual;
  clause: string;
  /** Faithful English translation of the clause after "X产业:". */
  description_en: string;
  regions_text: string[];
  groups: IndustryGroupSource[];
}

/** Section marker of an industry's clause, e.g. `二、(一)产业布局 ——油料产业`. */
export const industrySection = (nameZh: string) => `二、(一)产业布局 ——${nameZh}产业`;

/** The single group of an industry that lists prefectures with "包括…等市". */
const included = (places: string[]): IndustryGroupSource => ({
  id: 'main',
  label: { zh: '包括的市', en: 'Prefectures included' },
  level: 'prefecture',
  places,
  quote: `包括${places.join('、')}等市`,
});

export const INDUSTRIES: readonly IndustrySource[] = [
  {
    id: 'grain',
    name: { zh: '粮食', en: 'Grain' },
    clause:
      '粮食产业:辽浑太河流域粮食主产区、辽西丘陵粮食产区、辽东山地粮食产区和辽南滨海粮食产区。突出抓好高标准农田建设,积极发展以优质水稻、玉米、大豆、杂粮及马铃薯为主的粮食产业。包括沈阳、鞍山、辽阳、朝阳等市。',
    description_en:
      'The main grain area of the Liao, Hun and Taizi river basins, the grain area of the western Liaoning hills, the grain area of the eastern Liaoning mountains and the coastal grain area of southern Liaoning. Give priority to building high-standard farmland, and actively develop a grain industry based on quality rice, maize, soybeans, minor grains and potatoes. Includes Shenyang, Anshan, Liaoyang, Chaoyang and other cities.',
    regions_text: ['辽浑太河流域粮食主产区', '辽西丘陵粮食产区', '辽东山地粮食产区', '辽南滨海粮食产区'],
    groups: [included(['沈阳', '鞍山', '辽阳', '朝阳'])],
  },
  {
    id: 'oilseeds',
    name: { zh: '油料', en: 'Oilseeds' },
    clause:
      '油料产业:辽西北和沈阳等油料产区,发展以花生为主的油料产业。包括沈阳、丹东、锦州、营口、阜新、朝阳、葫芦岛等市。',
    description_en:
      'The oilseed areas of north-western Liaoning, Shenyang and others: develop an oilseed industry based mainly on peanuts. Includes Shenyang, Dandong, Jinzhou, Yingkou, Fuxin, Chaoyang, Huludao and other cities.',
    regions_text: ['辽西北'],
    groups: [included(['沈阳', '丹东', '锦州', '营口', '阜新', '朝阳', '葫芦岛'])],
  },
  {
    id: 'vegetables',
    name: { zh: '蔬菜', en: 'Vegetables' },
    clause:
      '蔬菜产业:以辽西地区和城市近郊为重点,同时推进东部山区特色型设施农业和沿海地区出口型设施农业发展。包括沈阳、大连、鞍山、锦州、阜新、辽阳、铁岭、朝阳、葫芦岛等市。',
    description_en:
      'Focus on western Liaoning and the outskirts of cities, while promoting specialty protected agriculture in the eastern mountain areas and export-oriented protected agriculture in coastal areas. Includes Shenyang, Dalian, Anshan, Jinzhou, Fuxin, Liaoyang, Tieling, Chaoyang, Huludao and other cities.',
    regions_text: ['辽西地区', '城市近郊', '东部山区', '沿海地区'],
    groups: [included(['沈阳', '大连', '鞍山', '锦州', '阜新', '辽阳', '铁岭', '朝阳', '葫芦岛'])],
  },
  {
    id: 'fruit',
    name: { zh: '水果', en: 'Fruit' },
    clause:
      '水果产业:按照辽南和辽西水果产业带和中北部优势果品产业区的“两带一区”总体布局,使水果生产向优势区域集中。包括丹东、营口、朝阳、葫芦岛等市。',
    description_en:
      'Following the overall "two belts, one area" layout — the southern and western Liaoning fruit belts and the central-northern advantaged fruit area — concentrate fruit production in the advantaged areas. Includes Dandong, Yingkou, Chaoyang, Huludao and other cities.',
    regions_text: ['辽南和辽西水果产业带', '中北部优势果品产业区'],
    groups: [included(['丹东', '营口', '朝阳', '葫芦岛'])],
  },
  {
    id: 'forestry',
    name: { zh: '林业', en: 'Forestry' },
    clause:
      '林业产业:构建以辽东山地丘陵生态屏障区、辽西低山丘陵生态屏障区、沿海防护林带、辽河流域生态走廊为主体的“两屏一带一廊”生态安全战略格局。包括抚顺、本溪、丹东、铁岭、朝阳、葫芦岛等市。',
    description_en:
      'Build the "two screens, one belt, one corridor" ecological security pattern, made up of the eastern Liaoning mountain-and-hill ecological screen, the western Liaoning low-mountain-and-hill ecological screen, the coastal shelterbelt and the Liao River basin ecological corridor. Includes Fushun, Benxi, Dandong, Tieling, Chaoyang, Huludao and other cities.',
    regions_text: ['辽东山地丘陵生态屏障区', '辽西低山丘陵生态屏障区', '沿海防护林带', '辽河流域生态走廊'],
    groups: [included(['抚顺', '本溪', '丹东', '铁岭', '朝阳', '葫芦岛'])],
  },
  {
    id: 'livestock',
    name: { zh: '畜牧', en: 'Livestock' },
    clause:
      '畜牧产业:推进猪、鸡、牛、肉羊等主导产业示范区和绒山羊、肉驴、鸭鹅等特色精品产业示范区建设。加快辽东辽南辽西绒山羊、辽育白牛、辽宁地方优质黑猪产业开发。推进草原生态恢复示范区建设和辽南地区现代饲料企业集群化发展。包括沈阳、锦州、阜新、铁岭、朝阳等市。',
    description_en:
      'Build demonstration areas for the leading industries (pigs, chickens, cattle, mutton sheep and others) and for specialty premium industries (cashmere goats, meat donkeys, ducks and geese and others). Speed up the development of cashmere goats in eastern, southern and western Liaoning, Liaoyu white cattle and Liaoning local quality black pigs. Build grassland ecological restoration demonstration areas, and cluster modern feed enterprises in southern Liaoning. Includes Shenyang, Jinzhou, Fuxin, Tieling, Chaoyang and other cities.',
    regions_text: ['辽东辽南辽西', '辽南地区'],
    groups: [included(['沈阳', '锦州', '阜新', '铁岭', '朝阳'])],
  },
  {
    id: 'fisheries',
    name: { zh: '渔业', en: 'Fisheries' },
    clause:
      '渔业产业:着力打造水产供应基地、人工鱼礁区、渔业增值功能区、种苗生产标准化健康养殖园区和“盘锦河蟹”等渔业品牌建设,推广浅海生态健康立体养殖模式。打造“多宝鱼”全国知名品牌。在辽东、辽北山区建设现代生态渔业养殖示范区,在辽西辽北发展特色生态渔业拓展区和高效立体循环养殖。包括大连、丹东、锦州、营口、盘锦、葫芦岛等市。',
    description_en:
      'Build aquatic-product supply bases, artificial reef areas, fishery enhancement areas, standardised healthy-aquaculture parks for seed production, and fishery brands such as "Panjin river crab"; promote ecological, healthy, multi-layer aquaculture in shallow seas. Make "turbot" (多宝鱼) a nationally known brand. Build modern ecological aquaculture demonstration areas in the mountains of eastern and northern Liaoning, and develop specialty ecological fishery extension areas and efficient multi-layer recirculating aquaculture in western and northern Liaoning. Includes Dalian, Dandong, Jinzhou, Yingkou, Panjin, Huludao and other cities.',
    regions_text: ['辽东、辽北山区', '辽西辽北'],
    groups: [included(['大连', '丹东', '锦州', '营口', '盘锦', '葫芦岛'])],
  },
  {
    id: 'flowers',
    name: { zh: '花卉', en: 'Flowers' },
    clause:
      '花卉产业:在抚顺、朝阳重点发展球根花卉种球繁育;在沈阳、大连、抚顺、本溪、辽阳、朝阳等地重点发展鲜切花生产及出口;在沈阳、鞍山、丹东、辽阳重点发展君子兰、丹东杜鹃等特色花卉生产;在铁岭重点发展观赏苗木产业。',
    description_en:
      'Focus on propagating flower bulbs in Fushun and Chaoyang; on cut-flower production and export in Shenyang, Dalian, Fushun, Benxi, Liaoyang, Chaoyang and other places; on specialty flowers such as clivia and Dandong azalea in Shenyang, Anshan, Dandong and Liaoyang; and on ornamental nursery stock in Tieling.',
    regions_text: [],
    groups: [
      {
        id: 'bulbs',
        label: { zh: '球根花卉种球繁育', en: 'Flower bulb propagation' },
        level: 'prefecture',
        places: ['抚顺', '朝阳'],
        quote: '在抚顺、朝阳重点发展球根花卉种球繁育',
      },
      {
        id: 'cut-flowers',
        label: { zh: '鲜切花生产及出口', en: 'Cut-flower production and export' },
        level: 'prefecture',
        places: ['沈阳', '大连', '抚顺', '本溪', '辽阳', '朝阳'],
        quote: '在沈阳、大连、抚顺、本溪、辽阳、朝阳等地重点发展鲜切花生产及出口',
      },
      {
        id: 'clivia-azalea',
        label: { zh: '君子兰、丹东杜鹃等特色花卉', en: 'Specialty flowers: clivia, Dandong azalea' },
        level: 'prefecture',
        places: ['沈阳', '鞍山', '丹东', '辽阳'],
        quote: '在沈阳、鞍山、丹东、辽阳重点发展君子兰、丹东杜鹃等特色花卉生产',
      },
      {
        id: 'nursery-stock',
        label: { zh: '观赏苗木', en: 'Ornamental nursery stock' },
        level: 'prefecture',
        places: ['铁岭'],
        quote: '在铁岭重点发展观赏苗木产业',
      },
    ],
  },
  {
    id: 'tussah-silk',
    name: { zh: '柞蚕', en: 'Tussah silk' },
    clause:
      '柞蚕产业:建设鞍山、抚顺、本溪、丹东、营口、辽阳、铁岭等优质柞蚕生产基地;建设西丰、凤城柞蚕良种繁育基地和绥中桑蚕种生产基地。',
    description_en:
      'Build quality tussah silkworm production bases in Anshan, Fushun, Benxi, Dandong, Yingkou, Liaoyang, Tieling and other places; build tussah silkworm breeding bases in Xifeng and Fengcheng and a mulberry silkworm egg production base in Suizhong.',
    regions_text: [],
    groups: [
      {
        id: 'production-bases',
        label: { zh: '优质柞蚕生产基地', en: 'Quality tussah silkworm production bases' },
        level: 'prefecture',
        places: ['鞍山', '抚顺', '本溪', '丹东', '营口', '辽阳', '铁岭'],
        quote: '建设鞍山、抚顺、本溪、丹东、营口、辽阳、铁岭等优质柞蚕生产基地',
      },
      {
        id: 'breeding-bases',
        label: { zh: '柞蚕良种繁育基地', en: 'Tussah silkworm breeding bases' },
        level: 'county',
        places: ['西丰', '凤城'],
        quote: '建设西丰、凤城柞蚕良种繁育基地',
      },
      {
        id: 'mulberry-egg-base',
        label: { zh: '桑蚕种生产基地', en: 'Mulberry silkworm egg production base' },
        level: 'county',
        places: ['绥中'],
        quote: '绥中桑蚕种生产基地',
      },
    ],
  },
  {
    id: 'medicinal-herbs',
    name: { zh: '中药材', en: 'Chinese medicinal herbs' },
    clause: '中药材产业:以鞍山、抚顺、本溪、丹东等地为发展重点,构建具有辽宁特色的中药材产业体系。',
    description_en:
      'With Anshan, Fushun, Benxi, Dandong and other places as the focus, build a Chinese medicinal herb industry with Liaoning characteristics.',
    regions_text: [],
    groups: [
      {
        id: 'main',
        label: { zh: '发展重点', en: 'Focus areas' },
        level: 'prefecture',
        places: ['鞍山', '抚顺', '本溪', '丹东'],
        quote: '以鞍山、抚顺、本溪、丹东等地为发展重点',
      },
    ],
  },
  {
    id: 'melons',
    name: { zh: '西甜瓜', en: 'Watermelon and melon' },
    clause: '西甜瓜产业:以沈阳、锦州等主产区为主,打造西甜瓜产业基地。',
    description_en:
      'Based mainly on the main producing areas of Shenyang, Jinzhou and others, build watermelon and melon production bases.',
    regions_text: [],
    groups: [
      {
        id: 'main',
        label: { zh: '主产区', en: 'Main producing areas' },
        level: 'prefecture',
        places: ['沈阳', '锦州'],
        quote: '以沈阳、锦州等主产区为主',
      },
    ],
  },
  {
    id: 'edible-fungi',
    name: { zh: '食用菌', en: 'Edible fungi' },
    clause: '食用菌产业:以鞍山、抚顺、本溪、丹东、辽阳、铁岭等东部山区及庄河市、凌源市、喀左县、朝阳县、建昌县为重点。',
    description_en:
      'Focus on the eastern mountain areas — Anshan, Fushun, Benxi, Dandong, Liaoyang, Tieling and others — and on Zhuanghe City, Lingyuan City, Kazuo County (Harqin Left Wing Mongol Autonomous County), Chaoyang County and Jianchang County.',
    regions_text: ['东部山区'],
    groups: [
      {
        id: 'east-mountains',
        label: { zh: '东部山区', en: 'Eastern mountain areas' },
        level: 'prefecture',
        places: ['鞍山', '抚顺', '本溪', '丹东', '辽阳', '铁岭'],
        quote: '以鞍山、抚顺、本溪、丹东、辽阳、铁岭等东部山区',
      },
      {
        id: 'counties',
        label: { zh: '重点县(市)', en: 'Focus counties' },
        level: 'county',
        places: ['庄河市', '凌源市', '喀左县', '朝阳县', '建昌县'],
        quote: '庄河市、凌源市、喀左县、朝阳县、建昌县为重点',
      },
    ],
  },
  {
    id: 'wild-vegetables',
    name: { zh: '山野菜', en: 'Wild vegetables' },
    clause: '山野菜产业:以鞍山、抚顺、本溪、丹东市为发展重点。',
    description_en: 'Focus on the cities of Anshan, Fushun, Benxi and Dandong.',
    regions_text: [],
    groups: [
      {
        id: 'main',
        label: { zh: '发展重点', en: 'Focus areas' },
        level: 'prefecture',
        places: ['鞍山', '抚顺', '本溪', '丹东市'],
        quote: '以鞍山、抚顺、本溪、丹东市为发展重点',
      },
    ],
  },
  {
    id: 'tobacco',
    name: { zh: '烟草', en: 'Tobacco' },
    clause: '烟草产业:以凤城市、宽甸县、开原市、西丰县、阜蒙县、彰武县、建平县、北票市及昌图县九个县(市)为发展重点。',
    description_en:
      'Focus on nine counties and county-level cities: Fengcheng City, Kuandian County, Kaiyuan City, Xifeng County, Fumeng County, Zhangwu County, Jianping County, Beipiao City and Changtu County.',
    regions_text: [],
    groups: [
      {
        id: 'main',
        label: { zh: '九个县(市)', en: 'The nine counties (cities)' },
        level: 'county',
        places: ['凤城市', '宽甸县', '开原市', '西丰县', '阜蒙县', '彰武县', '建平县', '北票市', '昌图县'],
        quote: '以凤城市、宽甸县、开原市、西丰县、阜蒙县、彰武县、建平县、北票市及昌图县九个县(市)为发展重点',
      },
    ],
  },
  {
    id: 'rural-tourism',
    name: { zh: '乡村旅游', en: 'Rural tourism' },
    clause:
      '乡村旅游产业:突出开发“沿山林、沿江湖、沿河流、沿边境”辽东特色生态旅游休闲度假区和全省中等城市及周边乡村,发展采摘、休闲、农庄、农家院、乡土文化等乡村旅游产业。',
    description_en:
      'Give prominence to developing the eastern Liaoning specialty eco-tourism and leisure resort areas "along mountain forests, rivers and lakes, streams and the border", and the province\'s medium-sized cities and their surrounding countryside; develop rural tourism such as fruit picking, leisure, farm estates, farmhouse stays and local culture.',
    regions_text: ['辽东特色生态旅游休闲度假区', '全省中等城市及周边乡村'],
    groups: [],
  },
  {
    id: 'e-commerce',
    name: { zh: '电商', en: 'E-commerce' },
    clause: '电商产业:推进辽东和辽西北贫困地区宽带、物流、配送门店、快递服务站等电子商务产业发展。',
    description_en:
      'Promote broadband, logistics, delivery outlets, express-delivery stations and other e-commerce development in the poor areas of eastern and north-western Liaoning.',
    regions_text: ['辽东', '辽西北'],
    groups: [],
  },
];
