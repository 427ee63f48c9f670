/** Console output of the boundary pipeline: what a maintainer should read after a rebuild. */
import type { CountyFeature } from './normalise-counties';
import type { CrosscheckRow, CrosscheckSummary } from './crosscheck';
import { generateCountyName, generatePrefectureName } from './english-names';
import { NAME_OVERRIDES } from './name-overrides';

/**
 * Print which overrides change the generated name and which only pin a reading that pinyin-pro
 * currently gets right, so a reviewer sees at once if a dictionary update made a pin necessary.
 */
export function reportNamePins(counties: readonly CountyFeature[]): void {
  const changed: string[] = [];
  const pinned: string[] = [];
  for (const o of NAME_OVERRIDES) {
    const county = counties.find((c) => c.id === o.code);
    const generated = county
      ? generateCountyName(county.properties.name_zh, county.properties.kind)
      : generatePrefectureName(o.name_zh);
    (generated === o.name_en ? pinned : changed).push(`${o.name_zh} ${generated} → ${o.name_en}`);
  }
  console.log(
    `  name overrides: ${changed.length} change the generated name (${changed.join('; ')}); ${pinned.length} pins agree with it`,
  );
}

const row = (r: CrosscheckRow) =>
  `${r.code} ${r.name_zh} ${r.centroid_distance_m} m, ${r.area_diff_pct > 0 ? '+' : ''}${r.area_diff_pct} % (${r.area_km2_ours} vs ${r.area_km2_reference} km²)`;

/** Print the cross-check statistics and the five worst counties by distance and by area. */
export function printCrosscheck(summary: {
  counties: CrosscheckSummary;
  prefectures: CrosscheckSummary;
  province: CrosscheckRow;
}): void {
  for (const [label, s] of [
    ['counties', summary.counties],
    ['prefectures', summary.prefectures],
  ] as const) {
    const d = s.centroid_distance_m;
    const a = s.abs_area_diff_pct;
    console.log(
      `  cross-check ${label} (${s.count}): centroid distance median ${d.median} m, p90 ${d.p90} m, max ${d.max} m; |area diff| median ${a.median} %, p90 ${a.p90} %, max ${a.max} %`,
    );
  }
  console.log(`    worst counties by distance: ${summary.counties.worst_by_distance.map(row).join('; ')}`);
  console.log(`    worst counties by area: ${summary.counties.worst_by_area.map(row).join('; ')}`);
  console.log(`    province: ${row(summary.province)}`);
}
