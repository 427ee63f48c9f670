import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mapIdle, screenshot, waitForMap } from './browser';
import { useGuardedBrowser } from './guarded-browser';
import { storedLayers } from './import-files';

/** What an Overpass server answers for a view near Zhuanghe (`out geom`): a road, a line, a bench. */
const ANSWER = {
  version: 0.6,
  elements: [
    {
      type: 'way',
      id: 101,
      tags: { highway: 'trunk', ref: 'G201', name: '鹤大线' },
      geometry: [
        { lat: 39.68, lon: 122.95 },
        { lat: 39.72, lon: 123.02 },
      ],
    },
    {
      type: 'way',
      id: 202,
      tags: { power: 'line', voltage: '66000' },
      geometry: [
        { lat: 39.7, lon: 122.9 },
        { lat: 39.75, lon: 122.99 },
      ],
    },
    { type: 'node', id: 303, lat: 39.7, lon: 122.97, tags: { amenity: 'bench' } },
  ],
};

let server: Server;
let endpoint = '';
const bodies: string[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.method === 'OPTIONS') return res.end();
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      bodies.push(decodeURIComponent(body.replace(/^data=/, '').replace(/\+/g, ' ')));
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(ANSWER));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/interpreter`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const guarded = useGuardedBrowser();

describe('OpenStreetMap for the view (opt-in)', () => {
  it('asks nothing until the user loads, then adds one layer per theme from the chosen server, and uses its cache the next time', async () => {
    const { page } = await guarded.open(`${inject('appUrl')}#/explore?map=10/39.71/122.96`);
    await waitForMap(page);
    await page.getByTestId('tab-layers').click();
    await page.getByTestId('osm-button').click();
    const dialog = page.getByTestId('osm-dialog');
    await dialog.waitFor();
    expect(bodies).toHaveLength(0);
    await dialog.locator('input[type="url"]').fill(endpoint);
    await page.getByTestId('osm-load').click();
    await dialog.getByRole('status').filter({ hasText: '已加载' }).waitFor({ timeout: 30_000 });
    expect(bodies).toHaveLength(1);
    // The query covers the view and asks for roads and power (the default themes).
    expect(bodies[0]).toMatch(/\[bbox:39\.\d+,122\.\d+,39\.\d+,123\.\d+\]/);
    expect(bodies[0]).toContain('highway');
    expect(bodies[0]).toContain('power');

    const stored = await storedLayers(page);
    expect(stored.map((l) => l.theme).sort()).toEqual(['power', 'roads']);
    const roads = stored.find((l) => l.theme === 'roads')!;
    expect(roads.collection.features.map((f) => [f.properties.class, f.properties.ref])).toEqual([
      ['national_road', 'G201'],
    ]);
    await page.getByRole('button', { name: '关闭' }).last().click();
    await mapIdle(page);
    await screenshot(page, 'osm-view-loaded');
    await expect(page.locator('[data-testid="infra-panel"] li.layer .title').allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringMatching(/^OSM 交通/), expect.stringMatching(/^OSM 电力/)]),
    );

    // Again, same view: answered from the cache, no second request.
    await page.getByTestId('osm-button').click();
    await page.getByTestId('osm-load').click();
    await page.getByTestId('osm-dialog').getByRole('status').filter({ hasText: '缓存' }).waitFor({ timeout: 30_000 });
    expect(bodies).toHaveLength(1);
  });

  it('refuses a view too large for a public server, with a message to zoom in', async () => {
    const { page } = await guarded.open(inject('appUrl'));
    await waitForMap(page);
    await page.getByTestId('tab-layers').click();
    await page.getByTestId('osm-button').click();
    await page.getByTestId('osm-dialog').locator('input[type="url"]').fill(endpoint);
    const before = bodies.length;
    await page.getByTestId('osm-load').click();
    const error = page.getByTestId('osm-error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toMatch(/放大/);
    expect(bodies.length).toBe(before);
  });
});
