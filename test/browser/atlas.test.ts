import { describe, expect, inject, it } from 'vitest';
import { lightTheme } from '../../src/lib/map/theme';
import { openPage, project, screenshot, waitForMap } from './browser';
import { useGuardedBrowser } from './guarded-browser';
import { colourDistance, decodePng, differingFraction, hexToRgb } from './pixels';
import { county, expectedFill, inside, patch } from './map-sampling';

const SAMPLE = ['210283', '211322', '211224', '210421'] as const; // 庄河市, 建平县, 昌图县, 抚顺县

const { open, browser } = useGuardedBrowser();

describe('the atlas at 1440×900', () => {
  it('draws every sampled county in its prefecture colour on the offline basemap', async () => {
    const { page, errors } = await open(inject('appUrl'));
    await waitForMap(page);
    const img = decodePng(await screenshot(page, 'atlas-1440x900-zh'));
    for (const code of SAMPLE) {
      const [lon, lat] = inside(code);
      const { x, y } = await project(page, lon, lat);
      const got = patch(img, x, y);
      expect(colourDistance(got, expectedFill(code)), `${code} at ${x},${y}: got ${got}`).toBeLessThan(28);
    }
    // Sea in the Bohai, beyond the coast.
    const sea = await project(page, 120.6, 39.4);
    expect(colourDistance(patch(img, sea.x, sea.y), hexToRgb(lightTheme.sea))).toBeLessThan(12);
    // The panel lists the layers from the registry, and the counties layer shows its count.
    await page.getByTestId('tab-layers').click();
    await expect(page.locator('[data-layer="counties"] .count').textContent()).resolves.toBe('100');
    expect(errors).toEqual([]);
  });

  it('opens the county panel with the right name when a county is clicked', async () => {
    const { page } = await open(inject('appUrl'));
    await waitForMap(page);
    const [lon, lat] = inside('210283');
    const { x, y } = await project(page, lon, lat);
    await page.mouse.move(x, y);
    await expect(page.locator('[role="tooltip"] .name').textContent()).resolves.toBe('庄河市');
    await page.mouse.click(x, y);
    const panel = page.getByTestId('feature-panel');
    await expect(panel.locator('h2').textContent()).resolves.toBe('庄河市');
    await expect(panel.locator('[data-field="code"]').textContent()).resolves.toBe('210283');
    await expect(panel.locator('[data-field="prefecture_zh"]').textContent()).resolves.toBe('大连市');
    const area = await panel.locator('[data-field="area_km2"]').textContent();
    expect(area).toMatch(/^[\d,]+(\.\d)? 平方千米$/);
    await screenshot(page, 'atlas-county-panel');
    expect(page.url()).toContain('sel=counties:210283');
    await page.keyboard.press('Escape');
    await expect(panel.count()).resolves.toBe(0);
  });

  it('changes the pixels when a layer is switched off and on', async () => {
    const { page } = await open(inject('appUrl'));
    await waitForMap(page);
    const [lon, lat] = inside('211322');
    const { x, y } = await project(page, lon, lat);
    const before = patch(decodePng(await page.screenshot()), x, y);
    await page.getByTestId('tab-layers').click();
    await page.locator('#layer-counties').uncheck();
    await page.waitForTimeout(400);
    const off = patch(decodePng(await screenshot(page, 'atlas-counties-off')), x, y);
    expect(colourDistance(before, expectedFill('211322'))).toBeLessThan(28);
    expect(colourDistance(off, hexToRgb(lightTheme.land))).toBeLessThan(12);
    expect(page.url()).toMatch(/layers=[^&]*land/);
    expect(page.url()).not.toMatch(/layers=([^&]*,)?counties(,|&|$)/);
    await page.locator('#layer-counties').check();
    await page.waitForTimeout(400);
    const on = patch(decodePng(await page.screenshot()), x, y);
    expect(colourDistance(on, before)).toBeLessThan(6);
  });

  it('switches labels and panels to English', async () => {
    const { page } = await open(inject('appUrl'));
    await waitForMap(page);
    const mapBox = { x: 340, y: 60, w: 1080, h: 780 };
    const zhShot = decodePng(await page.screenshot());
    await page.getByTestId('language-switch').click();
    await page.waitForTimeout(800);
    const enShot = decodePng(await screenshot(page, 'atlas-1440x900-en'));
    await expect(page.locator('h1').textContent()).resolves.toBe('Liaoning Rural Industry Atlas');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    // Map labels are redrawn: a visible share of the map's pixels changes, fills stay.
    expect(differingFraction(zhShot, enShot, mapBox)).toBeGreaterThan(0.004);
    const [lon, lat] = inside('210283');
    const { x, y } = await project(page, lon, lat);
    await page.mouse.click(x, y);
    await expect(page.getByTestId('feature-panel').locator('h2').textContent()).resolves.toBe('Zhuanghe City');
    expect(page.url()).toContain('lang=en');
  });

  it('opens a copied link with the same view, layers, language and selection', async () => {
    const base = inject('appUrl');
    const { page } = await open(
      `${base}#/explore?map=8.00/39.7000/122.9000&layers=land,counties&lang=en&sel=counties:210283`,
    );
    await waitForMap(page);
    await expect(page.getByTestId('feature-panel').locator('h2').textContent()).resolves.toBe('Zhuanghe City');
    await page.getByTestId('tab-layers').click();
    await expect(page.locator('#layer-prefectures').isChecked()).resolves.toBe(false);
    await expect(page.locator('#layer-counties').isChecked()).resolves.toBe(true);
    const zoom = await page.evaluate(() => (window as unknown as { __atlas: { zoom(): number } }).__atlas.zoom());
    expect(zoom).toBeCloseTo(8, 1);
    const centre = await project(page, 122.9, 39.7);
    expect(centre.x).toBeCloseTo(330 + (1440 - 330) / 2, -1);
    expect(centre.y).toBeCloseTo(450, -1);
    await screenshot(page, 'atlas-link-restored');
  });
});

describe('keyboard and online sources', () => {
  it('finds a county from the keyboard, opens its panel and frames it', async () => {
    const { page } = await open(inject('appUrl'));
    await waitForMap(page);
    const zoomBefore = await page.evaluate(() => (window as unknown as { __atlas: { zoom(): number } }).__atlas.zoom());
    await page.getByRole('combobox').fill('庄河');
    await expect(page.getByRole('option').first().textContent()).resolves.toContain('庄河市');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('feature-panel').locator('h2').textContent()).resolves.toBe('庄河市');
    await page.waitForTimeout(300);
    const zoomAfter = await page.evaluate(() => (window as unknown as { __atlas: { zoom(): number } }).__atlas.zoom());
    expect(zoomAfter).toBeGreaterThan(zoomBefore + 1);
    const seat = county('210283').properties as unknown as { seat: [number, number] };
    const p = await project(page, ...seat.seat);
    expect(p.x).toBeGreaterThan(330);
    expect(p.x).toBeLessThan(1440);
    expect(p.y).toBeGreaterThan(0);
    expect(p.y).toBeLessThan(900);
    await screenshot(page, 'atlas-search-zhuanghe');
  });

  it('requests tiles off this machine only after an online basemap is switched on', async () => {
    // Not added to `pages`: this page is meant to try an off-site request.
    const g = await openPage(browser());
    await g.page.goto(inject('appUrl'));
    await waitForMap(g.page);
    expect(g.offsite).toEqual([]);
    await g.page.locator('details.basemap summary').click();
    await g.page.locator('details.basemap select').selectOption('xyz');
    await g.page.locator('details.basemap input[type=url]').fill('https://tiles.example.org/{z}/{x}.png');
    await g.page.locator('details.basemap button[type=submit]').click();
    await expect(g.page.locator('details.basemap .problem').textContent()).resolves.toContain('{z}');
    expect(g.offsite).toEqual([]);
    await g.page.locator('details.basemap select').selectOption('osm');
    await g.page.locator('details.basemap button[type=submit]').click();
    await g.page.waitForTimeout(1500);
    expect(g.offsite.length).toBeGreaterThan(0);
    expect(g.offsite.every((u) => u.startsWith('https://tile.openstreetmap.org/'))).toBe(true);
    await g.page.context().close();
  });
});

describe('a corrupted data file', () => {
  it('shows a banner naming the file and draws every other layer', async () => {
    const { page } = await open(inject('corruptUrl'));
    await waitForMap(page);
    const banner = page.getByTestId('error-banner');
    const text = (await banner.textContent()) ?? '';
    expect(text).toContain('data/boundaries/counties.geojson');
    expect(text).toContain('校验和不符');
    await page.getByTestId('tab-layers').click();
    await expect(page.locator('[data-layer="counties"] .badge.error').count()).resolves.toBe(1);
    await expect(page.locator('[data-layer="prefectures"] .count').textContent()).resolves.toBe('14');
    const img = decodePng(await screenshot(page, 'atlas-corrupt-counties'));
    // Where counties would be, land shows; the sea is still drawn.
    const [lon, lat] = inside('211322');
    const p = await project(page, lon, lat);
    expect(colourDistance(patch(img, p.x, p.y), hexToRgb(lightTheme.land))).toBeLessThan(12);
    const sea = await project(page, 120.6, 39.4);
    expect(colourDistance(patch(img, sea.x, sea.y), hexToRgb(lightTheme.sea))).toBeLessThan(12);
  });
});

describe('a data file that passes its hash but not its schema', () => {
  it('names the field, takes the layer off the map and keeps the rest', async () => {
    const { page } = await open(inject('invalidUrl'));
    await waitForMap(page);
    const text = (await page.getByTestId('error-banner').textContent()) ?? '';
    expect(text).toContain('data/boundaries/counties.geojson');
    expect(text).toContain('counties.features[22].properties.code');
    await page.getByTestId('tab-layers').click();
    await page.waitForTimeout(500);
    const img = decodePng(await screenshot(page, 'atlas-invalid-counties'));
    const [lon, lat] = inside('211322');
    const p = await project(page, lon, lat);
    expect(colourDistance(patch(img, p.x, p.y), hexToRgb(lightTheme.land))).toBeLessThan(12);
    await expect(page.locator('[data-layer="prefectures"] .count').textContent()).resolves.toBe('14');
  });
});
