import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import defaultDeck from '../../src/lib/briefing/default-deck.json';
import { screenshot, waitForMap } from './browser';
import { useGuardedBrowser } from './guarded-browser';

const SCENES = (defaultDeck as { scenes: { id: string }[] }).scenes.map((s) => s.id);
const guarded = useGuardedBrowser();

async function openBriefing(width: number, height: number, query = '', waitMap = true) {
  const g = await guarded.open(`${inject('appUrl')}#/briefing${query}`, width, height);
  await g.page.getByTestId('briefing').waitFor({ timeout: 60_000 });
  // With scenes changing every few frames the camera never rests, so the map never reports idle.
  if (waitMap) await waitForMap(g.page);
  return g;
}

/** Text boxes whose content does not fit (the briefing marks every text box with data-fit). */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-fit]')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
      .map(
        (el) =>
          `${el.className || el.tagName}: "${el.textContent?.trim().slice(0, 40)}" ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`,
      ),
  );
}

const scene = (page: Page) => page.getByTestId('briefing').getAttribute('data-scene');

describe('the briefing on large screens', () => {
  for (const [w, h] of [
    [1920, 1080],
    [3840, 2160],
    [5760, 1080],
  ] as const) {
    it(`steps through every scene at ${w}×${h} with nothing clipped or requested off this machine`, async () => {
      const { page } = await openBriefing(w, h, '?dwell=10');
      const scale = Math.min(w / 1920, h / 1080);
      for (const [i, id] of SCENES.entries()) {
        if (i > 0) await page.keyboard.press('ArrowRight');
        await expect.poll(() => scene(page)).toBe(id);
        await page.waitForTimeout(2600); // the camera flight and the count-up
        expect(await overflowing(page), `scene ${id}`).toEqual([]);
        const caption = await page.locator('.caption').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        expect(caption).toBeGreaterThanOrEqual(28 * scale - 0.5);
        await expect(page.getByTestId('data-date').textContent()).resolves.toMatch(/数据截至/);
        await screenshot(page, `briefing-${w}x${h}-${i + 1}-${id}`);
      }
      // Wide walls put the words beside the map, not over it.
      const layout = await page.getByTestId('briefing').getAttribute('class');
      expect(layout).toContain(w / h >= 2.4 ? 'wide' : 'standard');
    });
  }

  it('answers a presenter’s keys: next, back, jump, pause, restart', async () => {
    const { page } = await openBriefing(1920, 1080, '?dwell=10');
    await expect.poll(() => scene(page)).toBe(SCENES[0]);
    await page.keyboard.press('PageDown');
    await expect.poll(() => scene(page)).toBe(SCENES[1]);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => scene(page)).toBe(SCENES[0]);
    await page.keyboard.press('5');
    await expect.poll(() => scene(page)).toBe(SCENES[4]);
    await page.keyboard.press('p');
    await expect(page.getByTestId('data-date').textContent()).resolves.toContain('已暂停');
    await page.keyboard.press('Home');
    await expect.poll(() => scene(page)).toBe(SCENES[0]);
    await expect(page.getByTestId('data-date').textContent()).resolves.not.toContain('已暂停');
    // The window is resized (a wall switched to ultra-wide): the layout follows, the map keeps drawing.
    await page.setViewportSize({ width: 3840, height: 1080 });
    await expect.poll(() => page.getByTestId('briefing').getAttribute('class')).toContain('wide');
    await page.waitForTimeout(1500);
    expect(await overflowing(page)).toEqual([]);
    const canvasWidth = await page.locator('canvas.maplibregl-canvas').evaluate((c) => c.getBoundingClientRect().width);
    expect(canvasWidth).toBeGreaterThan(3840 * 0.45);
  });

  it('plays by itself and keeps its memory and WebGL context over 200 scene changes', async () => {
    const { page } = await openBriefing(1280, 720, '?dwell=0.01', false);
    const cdp = await page.context().newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
    };
    const changes = () => page.getByTestId('briefing').getAttribute('data-changes').then(Number);
    await expect.poll(changes, { timeout: 60_000 }).toBeGreaterThanOrEqual(20);
    const before = await heap();
    const start = await changes();
    await expect.poll(changes, { timeout: 300_000, interval: 1000 }).toBeGreaterThanOrEqual(start + 200);
    const after = await heap();
    const growthMb = (after - before) / 1e6;
    console.log(
      `briefing heap: ${(before / 1e6).toFixed(1)} MB after ${start} changes, ${(after / 1e6).toFixed(1)} MB after ${await changes()} (${growthMb >= 0 ? '+' : ''}${growthMb.toFixed(1)} MB)`,
    );
    expect(growthMb).toBeLessThan(15);
    const lost = await page.evaluate(() => {
      const c = document.querySelector('canvas');
      const gl = (c?.getContext('webgl2') ?? c?.getContext('webgl')) as WebGLRenderingContext | null;
      return gl ? gl.isContextLost() : 'no context';
    });
    expect(lost).toBe(false);
  }, 420_000);
});
