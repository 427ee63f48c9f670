/**
 * `npm run bench`: build the atlas and a bare MapLibre baseline, serve both locally, and in headless
 * Chromium measure the time from navigation to the map being idle with all default layers, in the
 * same run, alternating. Prints medians, the ratio, and the initial JS size (raw and gzip).
 * Aims (issue 2): ratio ≤ 1.3; first-load JS ≤ 650 KB gzip.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { launchChromium } from '../../test/browser/browser';
import { serveStatic } from '../../test/browser/static-server';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function initialJs(): { raw: number; gzip: number; files: string[]; lazyRaw: number } {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  let raw = 0;
  let gzip = 0;
  for (const f of refs) {
    const buf = readFileSync(join(DIST, f));
    raw += buf.length;
    gzip += gzipSync(buf, { level: 9 }).length;
  }
  const all = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js') || f.endsWith('.mjs'));
  const lazyRaw = all
    .filter((f) => !refs.includes(`assets/${f}`))
    .reduce((s, f) => s + statSync(join(DIST, 'assets', f)).size, 0);
  return { raw, gzip, files: refs, lazyRaw };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

async function main() {
  if (!process.env.SKIP_BUILD)
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  await build({
    configFile: false,
    root: join(ROOT, 'scripts/bench/baseline'),
    base: './',
    logLevel: 'warn',
    build: { outDir: join(DIST, 'bench-baseline'), emptyOutDir: true },
  });
  const { url, server } = await serveStatic(DIST);
  const browser = await launchChromium();
  const times = { atlas: [] as number[], baseline: [] as number[] };
  try {
    for (let i = 0; i < RUNS; i++) {
      for (const which of ['baseline', 'atlas'] as const) {
        const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await ctx.newPage();
        if (which === 'atlas') {
          await page.goto(url);
          const el = await page.waitForSelector('[data-atlas-state="ready"]', { timeout: 120_000 });
          times.atlas.push(Number(await el.getAttribute('data-ready-at')));
        } else {
          await page.goto(`${url}bench-baseline/`);
          await page.waitForSelector('body[data-ready]', { timeout: 120_000 });
          times.baseline.push(Number(await page.evaluate(() => document.body.dataset.ready)));
        }
        await ctx.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  const js = initialJs();
  const a = median(times.atlas);
  const b = median(times.baseline);
  console.log(`\nLoad to idle, 1280×800, median of ${RUNS} (software GL):`);
  console.log(
    `  bare MapLibre baseline  ${b.toFixed(0)} ms   runs: ${times.baseline.map((t) => t.toFixed(0)).join(', ')}`,
  );
  console.log(
    `  atlas                   ${a.toFixed(0)} ms   runs: ${times.atlas.map((t) => t.toFixed(0)).join(', ')}`,
  );
  console.log(`  ratio atlas/baseline    ${(a / b).toFixed(2)}   (aim ≤ 1.30)`);
  console.log(`Initial JS (${js.files.length} files): ${kb(js.raw)} raw, ${kb(js.gzip)} gzip   (aim ≤ 650 KB gzip)`);
  console.log(`Lazily loaded JS (workers, later views): ${kb(js.lazyRaw)} raw`);
}

await main();
