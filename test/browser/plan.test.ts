import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Plan } from '../../src/lib/data/schemas/plan';
import { lightTheme } from '../../src/lib/map/theme';
import { project, screenshot, waitForMap } from './browser';
import { useGuardedBrowser } from './guarded-browser';
import { expectedFill, inside, patch } from './map-sampling';
import { blend, colourDistance, decodePng, hexToRgb } from './pixels';

const plan = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/plan/plan.json'), 'utf8')) as Plan;
const tobacco = plan.industries.find((i) => i.id === 'tobacco')!;
const tobaccoCounties = tobacco.groups.flatMap((g) => g.places.filter((p) => p.level === 'county').map((p) => p.code));

/** A county the plan names for a picked industry: the strong colour over the county's own fill. */
const named = (code: string) => blend(hexToRgb(lightTheme.industry_county), expectedFill(code), 0.85);

const guarded = useGuardedBrowser();
/** Open the atlas and wait for the map. */
async function open(url: string) {
  const g = await guarded.open(url);
  await waitForMap(g.page);
  return g;
}

describe('the plan on the map', () => {
  it('highlights the nine tobacco counties when 烟草 is picked, and puts the pick in the link', async () => {
    expect(tobaccoCounties).toHaveLength(9);
    const { page } = await open(inject('appUrl'));
    await page.locator('button.chip[data-industry="tobacco"]').click();
    await expect(page.locator('button.chip[data-industry="tobacco"]').getAttribute('aria-pressed')).resolves.toBe(
      'true',
    );
    await page.waitForTimeout(600);
    const img = decodePng(await screenshot(page, 'plan-tobacco'));
    for (const code of tobaccoCounties) {
      const [lon, lat] = inside(code);
      const p = await project(page, lon, lat);
      const got = patch(img, p.x, p.y);
      expect(colourDistance(got, named(code)), `${code}: ${got}`).toBeLessThan(30);
    }
    // 庄河市 is not a tobacco county: its own fill shows.
    const [lon, lat] = inside('210283');
    const z = await project(page, lon, lat);
    expect(colourDistance(patch(img, z.x, z.y), expectedFill('210283'))).toBeLessThan(28);
    expect(page.url()).toContain('ind=tobacco');
  });

  it('lists every industry the plan assigns to a clicked county, with the quoted clause', async () => {
    const { page } = await open(inject('appUrl'));
    const [lon, lat] = inside('210283');
    const p = await project(page, lon, lat);
    await page.mouse.click(p.x, p.y);
    const section = page.getByTestId('county-plan');
    const ids = await section
      .locator('li[data-industry]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-industry')));
    const expected = plan.industries
      .filter((i) => i.groups.some((g) => g.places.some((pl) => pl.code === '210283' || pl.code === '210200')))
      .map((i) => i.id);
    expect(ids).toEqual(expected);
    const fungi = section.locator('li[data-industry="edible-fungi"]');
    await expect(fungi.locator('.badge.strong').textContent()).resolves.toContain('庄河市');
    await expect(fungi.locator('blockquote').textContent()).resolves.toContain(
      '庄河市、凌源市、喀左县、朝阳县、建昌县',
    );
    await expect(section.locator('.zone').textContent()).resolves.toContain('沿海');
    await expect(section.getByTestId('ecommerce-demo').count()).resolves.toBe(0);
    await screenshot(page, 'plan-county-zhuanghe');
  });

  it('restores picked industries from a link and shows the zones layer with its legend', async () => {
    const { page } = await open(`${inject('appUrl')}#/explore?ind=oilseeds,unknown-one&lang=en`);
    await expect(page.locator('button.chip[data-industry="oilseeds"]').getAttribute('aria-pressed')).resolves.toBe(
      'true',
    );
    await page.waitForTimeout(300);
    expect(page.url()).toContain('ind=oilseeds');
    expect(page.url()).not.toContain('unknown-one');
    await page.getByLabel('Show the five agricultural zones (atlas reading)').check();
    await page.getByTestId('tab-layers').click();
    const legend = await page.locator('[data-layer="zones"] .legend li').allTextContents();
    expect(legend.map((t) => t.trim())).toEqual(plan.zones.map((z) => z.name.en));
    await screenshot(page, 'plan-zones-en');
  });

  it('keeps the matrix and the map in step both ways', async () => {
    const { page } = await open(inject('appUrl'));
    // Hovering 油料 × 锦州 previews 锦州's counties (prefecture named: light) and nothing else.
    const cell = page.locator('[data-testid="industry-matrix"] [data-industry="oilseeds"][data-prefecture="210700"]');
    await cell.hover();
    await page.waitForTimeout(600);
    const img = decodePng(await screenshot(page, 'plan-matrix-hover'));
    const light = (code: string) => blend(hexToRgb(lightTheme.industry_prefecture), expectedFill(code), 0.85);
    for (const code of ['210727', '210781']) {
      const [lon, lat] = inside(code); // 义县, 凌海市
      const p = await project(page, lon, lat);
      expect(colourDistance(patch(img, p.x, p.y), light(code)), code).toBeLessThan(30);
    }
    const [lon, lat] = inside('210921'); // 阜新蒙古族自治县: 阜新 is named for 油料, but not in the hovered column
    const f = await project(page, lon, lat);
    expect(colourDistance(patch(img, f.x, f.y), expectedFill('210921'))).toBeLessThan(28);
    // Clicking a county marks its industries' rows and its prefecture's column.
    await page.mouse.move(5, 5);
    const z = await project(page, ...inside('210283'));
    await page.mouse.click(z.x, z.y);
    const expectedRows = plan.industries.filter((i) =>
      i.groups.some((g) => g.places.some((pl) => pl.code === '210283' || pl.code === '210200')),
    ).length;
    await expect(page.locator('[data-testid="industry-matrix"] rect.row-band').count()).resolves.toBe(expectedRows);
    await expect(page.locator('[data-testid="industry-matrix"] rect.col-band').count()).resolves.toBe(1);
  });

  it('loads a key-county list only after the user checks and confirms it, and keeps it across a reload', async () => {
    const { page } = await open(inject('appUrl'));
    await expect(page.getByTestId('key-counties').textContent()).resolves.toContain('15');
    const loader = page.getByTestId('key-counties-loader');
    await loader.locator('summary').click();
    await loader.locator('textarea').fill('建昌县、宽甸县\n铁西区\n北京市');
    await loader.getByRole('button', { name: '核对' }).click();
    const status = (await loader.getByRole('status').textContent()) ?? '';
    expect(status).toContain('已匹配 2 个');
    expect(status).toContain('铁西区 (沈阳市/鞍山市)');
    expect(status).toContain('北京市');
    await expect(loader.locator('.loaded').count()).resolves.toBe(0);
    await loader.getByRole('button', { name: '使用此名单' }).click();
    await expect(loader.locator('.loaded').textContent()).resolves.toContain('2 个县');
    await page.reload();
    await waitForMap(page);
    await expect(page.getByTestId('key-counties-loader').locator('.loaded').textContent()).resolves.toContain('2 个县');
    await screenshot(page, 'plan-key-counties');
  });

  it('shows the plan’s lists: eleven key projects, six linkage models, the e-commerce demonstration counties', async () => {
    const { page } = await open(inject('appUrl'));
    await page.getByTestId('key-projects').locator('summary').click();
    await expect(page.getByTestId('key-projects').locator(':scope > ol > li').count()).resolves.toBe(11);
    await expect(page.getByTestId('linkage-models').locator('li').count()).resolves.toBe(6);
    await page.locator('details.targets summary').click();
    const exit = (await page.getByTestId('exit-targets-chart').locator('svg').textContent()) ?? '';
    expect(exit).toContain('12.67'); // 2019: 12.67万人
    expect(exit).toContain('439,731');
    await expect(page.getByTestId('industry-targets-chart').locator('svg').textContent()).resolves.toContain('1,500');
    const seat = await project(page, ...inside('210522')); // 桓仁满族自治县
    await page.mouse.click(seat.x, seat.y);
    await expect(page.getByTestId('ecommerce-demo').textContent()).resolves.toContain(
      '桓仁满族自治县、凌源市、清原满族自治县',
    );
  });
});
