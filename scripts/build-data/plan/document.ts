/** The plan document itself: title, designation and date, as printed in the notice (seed 003). */
import type { Plan } from '../../../src/lib/data/schemas/plan';
import { citePlan } from './cite';

/** The date as the notice prints it; the build checks it and the ISO date below agree. */
export const DATE_AS_WRITTEN = '2016年8月27日';

export const DOCUMENT: Plan['document'] = {
  title: {
    zh: '辽宁省产业精准脱贫规划(2016—2020)',
    en: 'Liaoning Province Plan for Targeted Poverty Alleviation through Industry (2016–2020)',
  },
  number: '辽政发〔2016〕62号',
  date: '2016-08-27',
  citation: citePlan('辽宁省人民政府关于印发辽宁省产业精准脱贫规划(2016—2020)的通知', '辽政发〔2016〕62号'),
};
