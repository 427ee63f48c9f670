/**
 * The plan's five agricultural zones (二、人口和产业布局), in its order. `focus` holds the farming
 * words of each name (each a substring of it); the build checks both against the seed.
 */
import type { Zone } from '../../../src/lib/data/schemas/plan';
import { citePlan } from './cite';

const SECTION = '二、人口和产业布局';

const zone = (id: string, zh: string, en: string, focus: string[]): Zone => ({
  id,
  name: { zh, en },
  focus,
  citation: citePlan(SECTION, zh),
});

export const ZONES: readonly Zone[] = [
  zone('central', '中部平原精品农业区', 'Central plain premium agriculture zone', ['精品农业']),
  zone('north', '辽北粮油和畜牧业区', 'Northern Liaoning grain, oilseed and livestock zone', ['粮油', '畜牧业']),
  zone('east', '辽东林业和特色农业区', 'Eastern Liaoning forestry and specialty agriculture zone', [
    '林业',
    '特色农业',
  ]),
  zone('west', '辽西畜牧和设施农业区', 'Western Liaoning livestock and protected agriculture zone', [
    '畜牧',
    '设施农业',
  ]),
  zone('coastal', '沿海水产粮食果蔬农业区', 'Coastal aquaculture, grain, fruit and vegetable zone', [
    '水产',
    '粮食',
    '果蔬',
  ]),
];

/** The sentence that names all five zones, cited by the build's check that none is missing. */
export const ZONES_SENTENCE =
  '围绕中部平原精品农业区、辽北粮油和畜牧业区、辽东林业和特色农业区、辽西畜牧和设施农业区、沿海水产粮食果蔬农业区等五大区域布局';
