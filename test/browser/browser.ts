import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../test-results/screenshots');

/** Flags that keep Chromium off the network (see shared STACK_NOTES) and give it faster software GL. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-default-apps',
  '--disable-extensions',
  '--use-angle=gl-egl',
  '--ignore-gpu-blocklist',
  '--enable-gpu',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

export interface GuardedPage {
  page: Page;
  /** Every request whose host was not localhost/127.0.0.1 (they are also aborted). */
  offsite: string[];
  /** Uncaught page errors and console errors. */
  errors: string[];
}

/** A page at the given size that records (and blocks) any request leaving this machine. */
export async function openPage(browser: Browser, width = 1440, height = 900): Promise<GuardedPage> {
  const context = await browser.newContext({
    viewport: { width, height },
    deviceScaleFactor: 1,
    timezoneId: 'UTC',
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  const offsite: string[] = [];
  const errors: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const local =
      url.protocol === 'data:' || url.protocol === 'blob:' || ['127.0.0.1', 'localhost'].includes(url.hostname);
    if (local) return route.continue();
    offsite.push(url.href);
    return route.abort();
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return { page, offsite, errors };
}

/** Wait until the map has drawn all loaded data (the app sets data-atlas-state="ready"). */
export async function waitForMap(page: Page, timeout = 90_000): Promise<void> {
  await page.waitForSelector('[data-atlas-state="ready"]', { timeout });
  // One more frame for the deck.gl overlay.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Screen position of a lon/lat on the page's map (via the app's test hook). */
export async function project(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([lo, la]) => {
      const hook = (window as unknown as { __atlas?: { project(lon: number, lat: number): { x: number; y: number } } })
        .__atlas;
      if (!hook) throw new Error('window.__atlas test hook missing');
      return hook.project(lo, la);
    },
    [lon, lat] as const,
  );
}

/** Wait until the map is idle: no tiles loading, no camera moving (via the app's test hook). */
export async function mapIdle(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __atlas: { idle(): Promise<void> } }).__atlas.idle());
}

export async function screenshot(page: Page, name: string): Promise<Buffer> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}
