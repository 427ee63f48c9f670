import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    corruptUrl: string;
    invalidUrl: string;
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

  // A third copy whose counties file breaks the schema but whose manifest hash was updated to match:
  // the bytes pass the hash check, reach the map, and must be taken off again when validation fails.
  const invalid = mkdtempSync(join(tmpdir(), 'atlas-invalid-'));
  cpSync(dist, invalid, { recursive: true });
  const invalidCounties = join(invalid, 'data/boundaries/counties.geojson');
  const broken = readFileSync(invalidCounties, 'utf8').replace('"code":"210283"', '"code":"2102x3"');
  writeFileSync(invalidCounties, broken);
  const manifestPath = join(invalid, 'data/manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    datasets: { id: string; sha256: string; bytes: number }[];
  };
  const entry = manifest.datasets.find((d) => d.id === 'counties')!;
  entry.sha256 = createHash('sha256').update(broken).digest('hex');
  entry.bytes = Buffer.byteLength(broken);
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));

  const app = await serveStatic(dist);
  const bad = await serveStatic(corrupt);
  const invalidServer = await serveStatic(invalid);
  project.provide('appUrl', app.url);
  project.provide('corruptUrl', bad.url);
  project.provide('invalidUrl', invalidServer.url);
  return async () => {
    app.server.close();
    bad.server.close();
    invalidServer.server.close();
    rmSync(corrupt, { recursive: true, force: true });
    rmSync(invalid, { recursive: true, force: true });
  };
}
