import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import * as togeojson from '@tmcw/togeojson';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { Download, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { verifyDataBundle } from '../../src/lib/io/export/bundle';
import { mapIdle, project, screenshot, waitForMap } from './browser';
import { useGuardedBrowser } from './guarded-browser';
import { storeRows } from './import-files';

const guarded = useGuardedBrowser();
// Around Zhuanghe's seat (county-seats.geojson 210283: 122.962244, 39.679604), well inside 庄河市.
const SEAT: [number, number] = [122.962244, 39.679604];
const d = 0.04;
const CORNERS: [number, number][] = [
  [SEAT[0] - d, SEAT[1] - d],
  [SEAT[0] + d, SEAT[1] - d],
  [SEAT[0] + d, SEAT[1] + d],
  [SEAT[0] - d, SEAT[1] + d],
];

async function clickAt(page: Page, lonLat: [number, number], options: { clickCount?: number } = {}) {
  const { x, y } = await project(page, lonLat[0], lonLat[1]); // page pixels
  if (options.clickCount === 2) await page.mouse.dblclick(x, y);
  else await page.mouse.click(x, y);
}

function drawnRows(page: Page) {
  return storeRows<{ name: string; note: string; polygon: { coordinates: number[][][] } }>(
    page,
    'atlas-drawn-areas',
    'areas',
  );
}

/** A downloaded CSV as rows keyed by header (the BOM dropped). */
async function readCsv(download: Download): Promise<Record<string, string>[]> {
  const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

describe('drawing an area and downloading within it', () => {
  it('draws, refuses a crossing outline, saves, survives a reload, and subsets a download', async () => {
    const { page } = await guarded.open(`${inject('appUrl')}#/explore?map=10.00/39.6796/122.9622`);
    await waitForMap(page);
    await mapIdle(page);
    await page.getByTestId('draw-start').click();
    await expect(page.getByTestId('draw-bar').isVisible()).resolves.toBe(true);

    // A bow-tie first: Enter refuses it and says where it crosses.
    for (const c of [CORNERS[0], CORNERS[2], CORNERS[1], CORNERS[3]]) await clickAt(page, c);
    await expect(page.getByTestId('draw-figures').textContent()).resolves.toContain('4 个拐点');
    await page.keyboard.press('Enter');
    const problem = await page.getByTestId('draw-problem').textContent();
    expect(problem).toContain('自相交');
    expect(problem).toContain('122.96'); // the crossing is the centre of the square

    // Backspace takes corners back; then the square, closed by a double click on the last corner.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
    await expect(page.getByTestId('draw-figures').textContent()).resolves.toContain('1 个拐点');
    await clickAt(page, CORNERS[1]);
    await clickAt(page, CORNERS[2]);
    await clickAt(page, CORNERS[3], { clickCount: 2 });
    const name = page.getByTestId('draw-name');
    await name.waitFor();
    await expect(name.inputValue()).resolves.toBe('区域 1');
    // About 6.8 km × 8.9 km ≈ 60.6 km² (0.08° of lat × 0.08° of lon at 39.7°N).
    await expect(page.getByTestId('draw-bar').textContent()).resolves.toMatch(/约 6[01](\.\d)? 平方千米/);
    await name.fill('庄河示范区');
    await page.getByTestId('draw-note').fill('草图：食用菌基地选址');
    await screenshot(page, 'draw-naming-1440x900');
    await page.getByTestId('draw-save').click();
    await page.getByTestId('drawn-area-item').first().waitFor();
    await expect(page.getByTestId('drawn-areas-panel').textContent()).resolves.toContain('庄河示范区');
    await mapIdle(page);
    await screenshot(page, 'draw-saved-1440x900');

    const [row] = await drawnRows(page);
    expect(row.name).toBe('庄河示范区');
    expect(row.note).toBe('草图：食用菌基地选址');
    const ring = row.polygon.coordinates[0];
    expect(ring).toHaveLength(5);
    // Corners land where they were clicked, within a pixel at zoom 10 (~0.0007°).
    for (const [i, c] of CORNERS.entries()) {
      const got = ring.find((p) => Math.abs(p[0] - c[0]) < 0.001 && Math.abs(p[1] - c[1]) < 0.001);
      expect(got, `corner ${i}`).toBeDefined();
    }

    // Keyboard: Space adds a corner at the centre cross, arrow keys move the map, Escape cancels.
    await page.getByTestId('draw-start').click();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('draw-figures').textContent()).resolves.toContain('1 个拐点');
    await page.keyboard.press('ArrowRight');
    await mapIdle(page);
    await page.keyboard.press('Space');
    await expect(page.getByTestId('draw-figures').textContent()).resolves.toContain('2 个拐点');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('draw-bar').count()).resolves.toBe(0);
    expect(await drawnRows(page)).toHaveLength(1);

    // All areas download from the panel as GeoJSON.
    const [geojson] = await Promise.all([page.waitForEvent('download'), page.getByTestId('drawn-download').click()]);
    const saved = JSON.parse(readFileSync((await geojson.path())!, 'utf8')) as {
      features: { properties: { name: string }; geometry: { coordinates: number[][][] } }[];
    };
    expect(saved.features.map((f) => f.properties.name)).toEqual(['庄河示范区']);
    expect(saved.features[0].geometry.coordinates).toEqual(row.polygon.coordinates);

    // Still there after a reload.
    await page.reload();
    await page.getByTestId('tab-layers').click();
    await page.getByTestId('drawn-area-item').first().waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('drawn-area-item').count()).resolves.toBe(1);

    // Clicked, it says where it lies and how far the infrastructure the atlas has is.
    await mapIdle(page);
    const centre = await project(page, SEAT[0] + 0.01, SEAT[1] + 0.01);
    await page.mouse.click(centre.x, centre.y);
    const summary = page.getByTestId('area-summary');
    await summary.waitFor();
    await expect(summary.locator('[data-county]').count()).resolves.toBe(1);
    await expect(summary.locator('[data-county="210283"]').textContent()).resolves.toMatch(/庄河市\s*100%/);
    await expect(summary.locator('[data-county="210283"]').textContent()).resolves.toContain('食用菌');
    await expect(summary.locator('[data-nearest="infra-airports"]').textContent()).resolves.toMatch(/\d+ km/);
    await expect(summary.locator('[data-nearest="infra-water"]').textContent()).resolves.toMatch(
      /\d+(\.\d)? km|在区域内/,
    );
    // Only layers that have data are listed (no attempt to load datasets the manifest lacks).
    await expect(summary.locator('[data-nearest]').count()).resolves.toBe(2);
    await expect(page.getByTestId('error-banner').count()).resolves.toBe(0);
    await screenshot(page, 'draw-summary-1440x900');

    // The catalogue offers it as an extent: counties → only 庄河市.
    await page.getByTestId('catalogue-link').click();
    const card = page.locator('[data-dataset="counties"]');
    await card.locator('[data-testid="download-convert"]:not([disabled])').waitFor({ timeout: 60_000 });
    await expect(page.locator('[data-dataset="drawn-areas"]').textContent()).resolves.toContain('庄河示范区');
    const option = await card
      .getByTestId('download-subset')
      .locator('option', { hasText: '庄河示范区' })
      .getAttribute('value');
    await card.getByTestId('download-subset').selectOption(option!);
    await expect(card.getByTestId('download-subset-count').textContent()).resolves.toBe('1 / 100 个要素');
    const [file] = await Promise.all([page.waitForEvent('download'), card.getByTestId('download-convert').click()]);
    const fc = JSON.parse(readFileSync((await file.path())!, 'utf8')) as {
      features: { properties: { code: string } }[];
    };
    expect(fc.features.map((f) => f.properties.code)).toEqual(['210283']);

    // The drawn areas themselves download as data, with their names.
    const drawnCard = page.locator('[data-dataset="drawn-areas"]');
    await drawnCard.getByTestId('download-format').selectOption('csv');
    const [csv] = await Promise.all([page.waitForEvent('download'), drawnCard.getByTestId('download-convert').click()]);
    const rows = await readCsv(csv);
    expect(rows.map((r) => r.name)).toEqual(['庄河示范区']);
    expect(Number(rows[0].area_km2)).toBeGreaterThan(59);
    expect(Number(rows[0].area_km2)).toBeLessThan(62);

    // KML, read back by an independent reader: the name in Chinese and the ring where it was drawn.
    await drawnCard.getByTestId('download-format').selectOption('kml');
    const [kml] = await Promise.all([page.waitForEvent('download'), drawnCard.getByTestId('download-convert').click()]);
    const doc = new DOMParser().parseFromString(readFileSync((await kml.path())!, 'utf8'), 'text/xml');
    const back = togeojson.kml(doc as unknown as Document);
    expect(back.features).toHaveLength(1);
    expect(back.features[0].properties?.name).toBe('庄河示范区');
    const backRing = (back.features[0].geometry as { coordinates: number[][][] }).coordinates[0];
    expect(backRing).toHaveLength(5);
    for (const [i, p] of backRing.entries()) {
      expect(Math.abs(p[0] - ring[i][0]), `lon ${i}`).toBeLessThan(1e-7);
      expect(Math.abs(p[1] - ring[i][1]), `lat ${i}`).toBeLessThan(1e-7);
    }

    // The whole-data zip can carry the user's own layers; its checksums still verify.
    await page.getByTestId('bundle-include-own').check();
    const [zip] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByTestId('download-bundle').click(),
    ]);
    const zipBytes = new Uint8Array(readFileSync((await zip.path())!));
    expect(verifyDataBundle(zipBytes)).toEqual({ ok: true, problems: [] });
    const inZip = unzipSync(zipBytes);
    const own = JSON.parse(strFromU8(inZip['user/drawn-areas.geojson'])) as {
      features: { properties: { name: string } }[];
    };
    expect(own.features.map((f) => f.properties.name)).toEqual(['庄河示范区']);
  });

  it('downloads the counties the picked industries name (the current filter)', async () => {
    const { page } = await guarded.open(`${inject('appUrl')}#/explore?ind=tobacco`);
    await waitForMap(page);
    await page.getByTestId('catalogue-link').click();
    const card = page.locator('[data-dataset="counties"]');
    await card.locator('[data-testid="download-convert"]:not([disabled])').waitFor({ timeout: 60_000 });
    await card.getByTestId('download-subset').selectOption('filter');
    await expect(card.getByTestId('download-subset-count').textContent()).resolves.toBe('9 / 100 个要素');
    // The mini map previews the subset: the nine strong, the other 91 faint.
    await expect(card.locator('svg.mini path.in').count()).resolves.toBe(9);
    await expect(card.locator('svg.mini path.out').count()).resolves.toBe(91);
    await card.getByTestId('download-format').selectOption('csv');
    const [csv] = await Promise.all([page.waitForEvent('download'), card.getByTestId('download-convert').click()]);
    const rows = await readCsv(csv);
    // 003, 二、(一) 烟草产业: 凤城市、宽甸县、开原市、西丰县、阜蒙县、彰武县、建平县、北票市、昌图县.
    expect(rows.map((r) => r.code).sort()).toEqual([
      '210624',
      '210682',
      '210921',
      '210922',
      '211223',
      '211224',
      '211282',
      '211322',
      '211381',
    ]);
    // The feature id (the county code) is the CSV's first column, and the panel says so.
    expect(rows.every((r) => r.id === r.code)).toBe(true);
    await expect(card.getByTestId('download-notes').textContent()).resolves.toContain('feature.id');
    await screenshot(page, 'catalogue-filter-1440x900');
  });
});
