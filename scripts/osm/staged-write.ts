/**
 * All-or-nothing output for the import commands: datasets are written into a staging folder inside
 * the output folder (with a copy of its manifest), then renamed into place, the manifest last. If
 * anything fails before that, the output folder is left as it was.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)));
}

/**
 * Run `write(stagingDir)` (which writes datasets and the manifest as if stagingDir were `outDir`),
 * then move what it wrote into `outDir`. The staging folder is removed either way.
 */
export function writeStaged<T>(outDir: string, write: (stagingDir: string) => T): T {
  mkdirSync(outDir, { recursive: true });
  // Inside outDir, so the final renames stay on one file system (and are atomic per file).
  const staging = mkdtempSync(join(outDir, '.staging-'));
  try {
    const manifest = join(outDir, 'manifest.json');
    if (existsSync(manifest)) copyFileSync(manifest, join(staging, 'manifest.json'));
    const result = write(staging);
    const files = listFiles(staging).sort((a, b) => Number(a === 'manifest.json') - Number(b === 'manifest.json'));
    for (const rel of files) {
      mkdirSync(dirname(join(outDir, rel)), { recursive: true });
      renameSync(join(staging, rel), join(outDir, rel));
    }
    return result;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
