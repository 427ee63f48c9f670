/**
 * The plan's eleven key projects (四、重点工程, "十一项产业脱贫工程") and the sub-projects listed
 * under (一) and (二). Headings are copied exactly (without the closing 。); the bodies under them
 * are empty in this copy of the plan, so only the headings are data.
 */
import type { Bilingual } from '../../../src/lib/data/schemas/geojson';
import type { z } from 'zod';
import type { keyProjectSchema } from '../../../src/lib/data/schemas/plan';
import { citePlan } from './cite';

type KeyProject = z.infer<typeof keyProjectSchema>;

interface ProjectSource {
  marker: string;
  zh: string;
  en: string;
  items?: [zh: string, en: string][];
}

const SECTION = '四、重点工程';

const PROJECTS: readonly ProjectSource[] = [
  {
    marker: '(一)',
    zh: '特色种养产业脱贫工程',
    en: 'Specialty crop and livestock farming poverty-alleviation project',
    items: [
      [
        '贫困地区“一村一品”强村富民工程',
        '"One village, one product" project to strengthen villages and enrich villagers in poor areas',
      ],
      ['特色粮油脱贫工程', 'Specialty grain and oilseed poverty-alleviation project'],
      ['设施农业及水果产业脱贫工程', 'Protected agriculture and fruit poverty-alleviation project'],
      [
        '特色园艺(蚕花药)产业脱贫工程',
        'Specialty horticulture (silkworms, flowers, medicinal herbs) poverty-alleviation project',
      ],
      ['特色畜牧业脱贫工程', 'Specialty livestock poverty-alleviation project'],
      ['特色渔业脱贫工程', 'Specialty fisheries poverty-alleviation project'],
    ],
  },
  {
    marker: '(二)',
    zh: '特色林业产业脱贫工程',
    en: 'Specialty forestry poverty-alleviation project',
    items: [
      ['特色林业生态脱贫工程', 'Specialty forestry and ecology poverty-alleviation project'],
      ['林下经济脱贫工程', 'Under-forest economy poverty-alleviation project'],
      ['林木种苗脱贫工程', 'Tree seedling poverty-alleviation project'],
      ['森林旅游脱贫工程', 'Forest tourism poverty-alleviation project'],
    ],
  },
  {
    marker: '(三)',
    zh: '农村一二三产业融合发展示范工程',
    en: 'Demonstration project for integrating rural primary, secondary and tertiary industries',
  },
  {
    marker: '(四)',
    zh: '贫困地区新型经营主体培育工程',
    en: 'Project to foster new types of agricultural business entities in poor areas',
  },
  { marker: '(五)', zh: '贫困地区新型职业农民培育工程', en: 'Project to train new professional farmers in poor areas' },
  {
    marker: '(六)',
    zh: '贫困村致富带头人培训工程',
    en: 'Training project for leaders in getting rich in poor villages',
  },
  { marker: '(七)', zh: '旅游基础设施提升工程', en: 'Tourism infrastructure upgrading project' },
  { marker: '(八)', zh: '乡村旅游脱贫工程', en: 'Rural tourism poverty-alleviation project' },
  { marker: '(九)', zh: '休闲农业脱贫工程', en: 'Leisure agriculture poverty-alleviation project' },
  { marker: '(十)', zh: '电商脱贫工程', en: 'E-commerce poverty-alleviation project' },
  {
    marker: '(十一)',
    zh: '小水电及光伏产业脱贫工程',
    en: 'Small hydropower and photovoltaic poverty-alleviation project',
  },
];

const name = (zh: string, en: string): Bilingual => ({ zh, en });

/** Flatten into the plan's order: each project, then its sub-projects (ids kp-01, kp-01-1 …). */
export function keyProjects(): KeyProject[] {
  return PROJECTS.flatMap((p, i) => {
    const id = `kp-${String(i + 1).padStart(2, '0')}`;
    const top: KeyProject = {
      id,
      number: p.marker,
      name: name(p.zh, p.en),
      parent: null,
      citation: citePlan(SECTION, `${p.marker}${p.zh}`),
    };
    const items = (p.items ?? []).map(([zh, en], j): KeyProject => ({
      id: `${id}-${j + 1}`,
      number: `${p.marker}${j + 1}`,
      name: name(zh, en),
      parent: id,
      citation: citePlan(`${SECTION} ${p.marker}${p.zh}`, `${j + 1}.${zh}`),
    }));
    return [top, ...items];
  });
}

/** The plan's own count of its key projects, quoted. */
export const KEY_PROJECT_COUNT = { count: 11, citation: citePlan(SECTION, '以“十一项产业脱贫工程”为突破口') };
