import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchChromium, openPage, type GuardedPage } from './browser';

/**
 * Register the hooks a browser test file needs: one Chromium for the file, each test's pages closed
 * after it (freeing WebGL), and at the end a check that no page tried to leave this machine.
 * `open(url)` opens a guarded page at 1440×900 (or the given size) and navigates.
 */
export function useGuardedBrowser(): {
  open: (url: string, width?: number, height?: number) => Promise<GuardedPage>;
  browser: () => Browser;
} {
  let browser: Browser;
  const pages: GuardedPage[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    for (const p of pages) if (!p.page.isClosed()) await p.page.context().close();
  });
  afterAll(async () => {
    await browser?.close();
    expect(pages.flatMap((p) => p.offsite)).toEqual([]);
  });
  return {
    browser: () => browser,
    open: async (url, width = 1440, height = 900) => {
      const g = await openPage(browser, width, height);
      pages.push(g);
      await g.page.goto(url);
      return g;
    },
  };
}
