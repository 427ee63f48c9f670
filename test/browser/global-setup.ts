import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    corruptUrl: string;
  }
}

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Build the app once, serve it, and serve a second copy whose counties file is corrupted
 * (for the banner test). Set SKIP_BUILD=1 to reuse an existing dist/.
 */
export default async function setup(project: TestProject) {
  if (!process.env.SKIP_BUILD)
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  const dist = join(ROOT, 'dist');
  const corrupt = mkdtempSync(join(tmpdir(), 'atlas-corrupt-'));
  cpSync(dist, corrupt, { recursive: true });
  const counties = join(corrupt, 'data/boundaries/counties.geojson');
  // Flip bytes in the middle of the file: the hash check must catch it.
  const text = readFileSync(counties, 'utf8');
  const mid = Math.floor(text.length / 2);
  writeFileSync(counties, text.slice(0, mid) + 'CORRUPTED' + text.slice(mid + 9));

  const app = await serveStatic(dist);
  const bad = await serveStatic(corrupt);
  project.provide('appUrl', app.url);
  project.provide('corruptUrl', bad.url);
  return async () => {
    app.server.close();
    bad.server.close();
    rmSync(corrupt, { recursive: true, force: true });
  };
}
