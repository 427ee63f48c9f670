/** Run Debian's GMT on the installed GSHHG files, after checking they are there and are the pinned versions. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame } from './frame-faces';

/** Where Debian's gmt-gshhg-full puts the binned GSHHG files. */
export const GSHHG_DIR = '/usr/share/gmt-gshhg';
export const GSHHG_FILES = {
  shore: `${GSHHG_DIR}/binned_GSHHS_f.nc`,
  border: `${GSHHG_DIR}/binned_border_f.nc`,
  river: `${GSHHG_DIR}/binned_river_f.nc`,
} as const;

const INSTALL_HINT = 'Install them with: sudo apt-get install gmt gmt-gshhg-full';

/**
 * Upstream part of a Debian version: without epoch, Debian revision and repack suffix
 * (`6.4.0+dfsg-2` → `6.4.0`, `1:2.3.7-6` → `2.3.7`).
 */
export function upstreamVersion(debianVersion: string): string {
  return debianVersion
    .replace(/^\d+:/, '')
    .replace(/-[^-]*$/, '')
    .replace(/[+~](dfsg|ds)\d*$/, '');
}

/**
 * Check that `gmt` and the full-resolution GSHHG files are installed, and that both packages have the
 * upstream versions the manifest names (so the output, and what the manifest says of it, stay fixed).
 *
 * @param pinned expected upstream versions by Debian package name
 * @throws with the apt-get command to run when something is missing, or the versions that differ
 */
export function assertGmtInstalled(pinned: Record<string, string>): void {
  const missing: string[] = Object.values(GSHHG_FILES).filter((f) => !existsSync(f));
  try {
    execFileSync('gmt', ['--version'], { stdio: 'pipe' });
  } catch {
    missing.unshift('the gmt program');
  }
  if (missing.length > 0) {
    throw new Error(
      `The basemap needs GMT and the full-resolution GSHHG data; missing: ${missing.join(', ')}. ${INSTALL_HINT}`,
    );
  }
  for (const [pkg, want] of Object.entries(pinned)) {
    let installed: string;
    try {
      installed = execFileSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8', stdio: 'pipe' });
    } catch {
      throw new Error(`Debian package ${pkg} is not installed (dpkg-query found nothing). ${INSTALL_HINT}`);
    }
    if (upstreamVersion(installed.trim()) !== want) {
      throw new Error(
        `${pkg} ${installed.trim()} is installed, but the basemap is pinned to ${want}: ` +
          `update the pin in scripts/build-data/basemap/basemap-meta.ts and check the output, or install ${pkg} ${want}.`,
      );
    }
  }
}

/**
 * `gmt coast -M` dump (multi-segment text) of the full-resolution data clipped to `frame`.
 * Runs in a temporary directory with history off, so GMT leaves no `gmt.history` behind.
 *
 * @param extra e.g. `['-W', '-A0/1/1']` for level-1 shorelines, `['-N1']` for national borders or
 *   `['-I2']` for rivers of level 2
 */
export function runGmtCoast(frame: Frame, extra: string[]): string {
  const [w, s, e, n] = frame;
  const cwd = mkdtempSync(join(tmpdir(), 'gmt-coast-'));
  try {
    return execFileSync(
      'gmt',
      [
        'coast',
        `-R${w}/${e}/${s}/${n}`, // GMT's order: west/east/south/north
        '-Df',
        '-M',
        ...extra,
        `--DIR_GSHHG=${GSHHG_DIR}`,
        // Fixed output format, whatever a user's gmt.conf says.
        '--FORMAT_FLOAT_OUT=%.12g',
        '--FORMAT_GEO_OUT=D',
        '--GMT_HISTORY=false',
      ],
      { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] },
    );
  } catch (err) {
    const stderr = String((err as { stderr?: unknown }).stderr ?? '').trim();
    throw new Error(`gmt coast ${extra.join(' ')} failed: ${stderr || (err as Error).message}`, { cause: err });
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}
