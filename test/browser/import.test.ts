import proj4 from 'proj4';
import { describe, expect, inject, it } from 'vitest';
import { proj4DefinitionOf } from '../../src/lib/io/crs/definitions';
import { lightTheme } from '../../src/lib/map/theme';
import { makeBigCsv } from '../fixtures/io/make-csv';
import { makeShapefile } from '../fixtures/io/make-shapefile';
import { makeZip, textFile } from '../fixtures/io/make-zip';
import { mapIdle, project, screenshot, waitForMap } from './browser';
import { useGuardedBrowser } from './guarded-browser';
import { dropFiles, storedLayers } from './import-files';
import { colourDistance, decodePng, hexToRgb } from './pixels';

const guarded = useGuardedBrowser();
async function open() {
  const g = await guarded.open(inject('appUrl'));
  await waitForMap(g.page);
  return g;
}

/** Three substations near Zhuanghe (WGS84), written in CGCS2000 3° Gauss–Krüger zone 41 (EPSG:4529). */
const STATIONS = [
  { name: '庄河220千伏变电站', kv: '220kV', at: [122.9651, 39.6812] },
  { name: '青堆66千伏变电站', kv: '66kV', at: [123.2215, 39.8127] },
  { name: '未知变电所', kv: '高压', at: [122.7083, 39.7534] },
] as const;
const gk41 = proj4('EPSG:4326', proj4DefinitionOf({ kind: 'epsg', code: 4529 })!);
const PRJ_ZONE_41 =
  'PROJCS["CGCS2000_3_Degree_GK_Zone_41",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",41500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",123.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

function substationZip() {
  const files = makeShapefile({
    name: '变电站',
    type: 'point',
    encoding: 'gbk',
    fields: [
      { name: '名称', type: 'C', length: 40 },
      { name: '电压等级', type: 'C', length: 10 },
    ],
    records: STATIONS.map((s) => ({ geometry: gk41.forward([...s.at]), values: [s.name, s.kv] })),
    prj: PRJ_ZONE_41,
  });
  return makeZip('庄河电网.zip', files, '电网资料/');
}

describe('importing infrastructure files', () => {
  it('reads a GBK shapefile zip in CGCS2000 GK zone 41 dropped on the map, with a rejected-row report, and keeps it across a reload', async () => {
    const { page } = await open();
    await dropFiles(page, [substationZip()]);
    const review = page.getByTestId('import-review');
    await review.waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('import-facts').textContent()).resolves.toContain('3');
    await expect(page.getByTestId('import-crs').locator('option:checked').textContent()).resolves.toContain('4529');
    await expect(page.locator('#imp-theme option:checked').textContent()).resolves.toBe('电力');
    await screenshot(page, 'import-review-shapefile');
    await page.getByTestId('import-apply').click();
    const result = page.getByTestId('import-result');
    await result.waitFor({ timeout: 30_000 });
    // 高压 is not a voltage: that row is reported, as text, with its row number.
    await expect(result.textContent()).resolves.toContain('将导入 2 个要素');
    const rejected = await page.getByTestId('rejected-rows').locator('tbody tr').allTextContents();
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatch(/^3.*高压/);
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' });

    // Stored in WGS84, within 1e-6° of where the stations are; names read from GBK exactly.
    const [layer] = await storedLayers(page);
    expect(layer.theme).toBe('power');
    const byName = new Map(layer.collection.features.map((f) => [f.properties.name, f]));
    for (const s of STATIONS.slice(0, 2)) {
      const f = byName.get(s.name)!;
      expect(f, s.name).toBeDefined();
      const [lon, lat] = f.geometry.coordinates as number[];
      expect(Math.abs(lon - s.at[0])).toBeLessThan(1e-6);
      expect(Math.abs(lat - s.at[1])).toBeLessThan(1e-6);
    }
    expect(byName.get(STATIONS[0].name)!.properties.class).toBe('substation_220');
    expect(byName.get(STATIONS[1].name)!.properties.class).toBe('substation_110');

    // Legend and map: the 220 kV station is drawn in its class colour where it is.
    const row = page.locator(`[data-layer="${layer.id}"]`);
    await expect(row.locator('.legend').textContent()).resolves.toContain('220–330千伏变电站');
    await page.waitForTimeout(300);
    await mapIdle(page);
    const img = decodePng(await screenshot(page, 'import-shapefile-map'));
    const p = await project(page, STATIONS[0].at[0], STATIONS[0].at[1]);
    const px = img.at(Math.round(p.x), Math.round(p.y));
    expect(colourDistance(px, hexToRgb(lightTheme.infra.substation_220))).toBeLessThan(40);

    await page.reload();
    await waitForMap(page);
    await page.getByTestId('tab-layers').click();
    await expect(page.locator(`[data-layer="${layer.id}"] .title`).textContent()).resolves.toBe('变电站');
    await expect(page.getByTestId('user-layer-provenance').textContent()).resolves.toContain('EPSG:4529');
  });

  it('shows HTML in a file as text, and a failed import leaves the map and the stored layers as they were', async () => {
    const { page } = await open();
    const csv = [
      '名称,经度,纬度,等级',
      '"<img src=x onerror=""window.__pwned=1"">冰峪沟",122.8612,40.0468,AAAA',
      '坏坐标,12l.5,40.1,AAA',
      '大黑山,121.9720,39.0910,4A',
    ].join('\n');
    await dropFiles(page, [textFile('景区.csv', csv)]);
    await page.getByTestId('import-review').waitFor({ timeout: 30_000 });
    const readErrors = page.getByTestId('read-errors');
    await expect(readErrors.textContent()).resolves.toContain("'12l.5'");
    await page.getByTestId('import-apply').click();
    await page.getByTestId('import-result').waitFor();
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' });
    const stored = await storedLayers(page);
    expect(stored).toHaveLength(1);
    expect(stored[0].collection.features.map((f) => f.properties.class).sort()).toEqual(['scenic_4a', 'scenic_4a']);

    // Hover the first spot (once the map has fitted the new layer): the name's markup shows as characters.
    await page.waitForTimeout(300);
    await mapIdle(page);
    const p = await project(page, 122.8612, 40.0468);
    await page.mouse.move(p.x, p.y);
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor();
    await expect(tooltip.textContent()).resolves.toContain('<img src=x');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);

    // A truncated zip: a clear error naming the file; nothing stored or drawn changes.
    const zip = substationZip();
    await dropFiles(page, [{ name: zip.name, bytes: zip.bytes.slice(0, zip.bytes.length >> 1) }]);
    const error = page.getByTestId('import-error');
    await error.waitFor({ timeout: 30_000 });
    await expect(error.textContent()).resolves.toContain('庄河电网.zip');
    await page.getByRole('button', { name: '取消' }).click();
    expect(await storedLayers(page)).toHaveLength(1);
    await expect(page.locator('[data-testid="user-layer-controls"]').count()).resolves.toBe(1);
  });

  it('parses a 400,000-row CSV off the main thread with progress, and cancelling adds nothing', async () => {
    const { page } = await open();
    await dropFiles(page, [{ name: 'big.csv', bytes: makeBigCsv(400_000) }]);
    const progress = page.getByTestId('import-progress');
    await progress.waitFor({ timeout: 10_000 });
    // Progress arrives from the worker while it parses (the page is free to paint it).
    await page.waitForFunction(
      () =>
        Number(
          document.querySelector('[data-testid="import-progress"] [role="progressbar"]')?.getAttribute('aria-valuenow'),
        ) > 0,
      undefined,
      { timeout: 30_000 },
    );
    await screenshot(page, 'import-progress');
    await page.getByTestId('import-cancel').click();
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' });
    expect(await storedLayers(page)).toHaveLength(0);
  });
});
