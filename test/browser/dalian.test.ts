import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, inject, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/data/schemas/gazetteer';
import { mapIdle, project, screenshot, waitForMap } from './browser';
import { useGuardedBrowser } from './guarded-browser';
import { county, inside } from './map-sampling';

const gazetteer = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../data/dalian/gazetteer.json'), 'utf8'),
) as Gazetteer;
const town = (code: string) => gazetteer.towns.find((t) => t.code === code)!;
const zhuanghe = gazetteer.villages.filter((v) => v.town_code.startsWith('210283') && v.kind === '村委会').slice(0, 6);
const shengli = gazetteer.villages.find((v) => v.base_name === '胜利' && town(v.town_code).name_zh === '城山镇')!;
const typo = zhuanghe[5];

/** A list as an office might keep it: suffix variants, one name without its town, one typo, one position. */
function listCsv(): string {
  const suffix = ['村', '村委会', '村民委员会', '', '村', '村'];
  const rows = zhuanghe.slice(0, 5).map((v, i) => `庄河市,${town(v.town_code).name_zh},${v.base_name}${suffix[i]},`);
  rows[0] += ''; // the first row carries a position
  const typoName = `${typo.base_name.slice(0, -1)}${typo.base_name.endsWith('沟') ? '勾' : '沟'}村`;
  return [
    '县市区,乡镇,村名,经度,纬度',
    `${rows[0]}122.9651,39.6812`,
    ...rows.slice(1).map((r) => `${r},`),
    `,,胜利村,,`,
    `庄河市,${town(typo.town_code).name_zh},${typoName},,`,
  ].join('\n');
}

async function storedList(page: import('playwright-core').Page) {
  return page.evaluate(
    () =>
      new Promise<{ collection: { features: { id: string; properties: Record<string, unknown> }[] } } | undefined>(
        (res, rej) => {
          const open = indexedDB.open('atlas-dalian-villages', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('list');
          open.onerror = () => rej(open.error);
          open.onsuccess = () => {
            const r = open.result.transaction('list').objectStore('list').get('current');
            r.onsuccess = () => (open.result.close(), res(r.result));
          };
        },
      ),
  );
}

const guarded = useGuardedBrowser();

describe('Dalian low-income villages', () => {
  it('says the list is not public, loads one, resolves an ambiguous and a misspelt row, places a village by hand, and keeps it all across a reload', async () => {
    expect(zhuanghe).toHaveLength(6);
    const { page } = await guarded.open(inject('appUrl'));
    await waitForMap(page);
    await page.getByTestId('tab-dalian').click();
    await expect(page.getByTestId('dalian-no-list').textContent()).resolves.toContain('名单未公开');
    await expect(page.locator('[data-figure="villages-identified"] .n').textContent()).resolves.toBe('128');
    await screenshot(page, 'dalian-no-list');

    await page.getByTestId('dalian-load').click();
    await page.getByTestId('vload-file').setInputFiles({
      name: '低收入村名单.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(listCsv()),
    });
    await page.getByTestId('vload-summary').waitFor();
    await expect(page.getByTestId('vload-checks').textContent()).resolves.toContain('报告为128个');
    // 胜利 without a town: five villages of that name; choose the one in 城山镇.
    const amb = page.getByTestId('vload-ambiguous').locator('select');
    await expect(amb.locator('option').count()).resolves.toBe(1 + 5);
    await amb.selectOption(shengli.code);
    // The misspelt name: its first suggestion is the intended village.
    const un = page.getByTestId('vload-unmatched').locator('select');
    await expect(un.locator('option').nth(1).getAttribute('value')).resolves.toBe(typo.code);
    await un.selectOption(typo.code);
    await screenshot(page, 'dalian-loader-review');
    await page.getByTestId('vload-save').click();
    await page.getByTestId('village-loader').waitFor({ state: 'detached' });

    await expect(page.getByTestId('dalian-checks').textContent()).resolves.toContain(
      '名单中有 7 个村，报告为 128 个村',
    );
    const table = page.getByTestId('village-table');
    await expect(table.locator('tbody tr').count()).resolves.toBe(7);

    // Place 胜利村 (城山镇, 庄河市) by clicking inside 庄河市.
    await table.locator(`tr[data-village="${shengli.code}"] [data-testid="place-village"]`).click();
    await page.getByTestId('pick-prompt').waitFor();
    const target = inside('210283');
    const p = await project(page, target[0], target[1]);
    await page.mouse.click(p.x, p.y);
    await page.getByTestId('pick-prompt').waitFor({ state: 'detached' });
    // Stored first, then shown.
    await table.locator(`tr[data-village="${shengli.code}"]`).filter({ hasText: '手工放置' }).waitFor();

    const stored = await storedList(page);
    const placed = stored!.collection.features.find((f) => f.id === shengli.code)!.properties;
    expect(placed.position_accuracy).toBe('placed by hand');
    const [lon, lat] = placed.position as [number, number];
    expect(Math.abs(lon - target[0])).toBeLessThan(0.02);
    expect(Math.abs(lat - target[1])).toBeLessThan(0.02);
    expect(booleanPointInPolygon([lon, lat], county('210283'))).toBe(true);
    const fromFile = stored!.collection.features.find((f) => f.id === zhuanghe[0].code)!.properties;
    expect(fromFile.position).toEqual([122.9651, 39.6812]);
    expect(fromFile.position_accuracy).toBe('from file');
    await mapIdle(page);
    await screenshot(page, 'dalian-list-loaded');

    await page.reload();
    await waitForMap(page);
    await page.getByTestId('tab-dalian').click();
    const again = page.getByTestId('village-table');
    await expect(again.locator('tbody tr').count()).resolves.toBe(7);
    await expect(again.locator(`tr[data-village="${shengli.code}"]`).textContent()).resolves.toContain('城山镇');
    await expect(again.locator(`tr[data-village="${shengli.code}"]`).textContent()).resolves.toContain('手工放置');
    await expect(again.locator(`tr[data-village="${typo.code}"]`).count()).resolves.toBe(1);
  });
});
