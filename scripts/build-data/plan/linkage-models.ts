/**
 * The six interest-linkage models of the Guizhou guidance (seed 002, "2. Promotion model", line 23).
 * The seed is an English machine translation: `en` keeps its words (capitalised), `zh` is this
 * atlas's back-translation, since the Chinese original is not among the seeds.
 */
import type { Plan } from '../../../src/lib/data/schemas/plan';
import { citeLinkage } from './cite';

const SECTION = '2. Promotion model';

const READING = {
  zh: '英文名取自资料002的机器译文；中文名为本图集的回译，资料中无中文原文',
  en: "English name as in seed 002's machine translation; the Chinese name is this atlas's back-translation (the Chinese original is not in the seeds)",
};

const model = (id: string, quote: string, zh: string): Plan['linkage_models'][number] => ({
  id,
  name: { zh, en: quote.charAt(0).toUpperCase() + quote.slice(1) },
  reading: READING,
  citation: citeLinkage(SECTION, quote),
});

export const LINKAGE_MODELS: Plan['linkage_models'] = [
  model(
    'enterprise-cooperative-base-farmer',
    'leading enterprises + cooperatives + bases + farmers',
    '龙头企业+合作社+基地+农户',
  ),
  model(
    'park-enterprise-cooperative-base-farmer',
    'agricultural poverty alleviation parks + leading enterprises + cooperatives + bases + farmers',
    '农业扶贫园区+龙头企业+合作社+基地+农户',
  ),
  model(
    'party-government-enterprise-cooperative-base-farmer',
    'rural party and government + enterprises + cooperatives + bases + farmers',
    '农村党政+企业+合作社+基地+农户',
  ),
  model('farmer-mutual-aid', 'mutual assistance and cooperation between farmers', '农户互助合作'),
  model(
    'technical-department-township-base-farmer',
    'technical departments + township governments (cooperatives, associations) + bases + farmers',
    '技术部门+乡镇政府(合作社、协会)+基地+农户',
  ),
  model(
    'government-bank-enterprise-cooperative-farmer',
    'government + banks + enterprises + cooperatives + farmers',
    '政府+银行+企业+合作社+农户',
  ),
];
