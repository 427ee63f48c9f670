/** Run one of the pipeline's commands the way npm does (`npx tsx <script> …`), without blocking the event loop. */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const REPO = join(import.meta.dirname, '../../..');

/** Exit code and output of a command run from the repository root. */
export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `tsx <script> <args>` from the repository root, as `npm run` runs it (node_modules/.bin/tsx; npx
 * would add ~2 s per run). Async, so a test's own HTTP server keeps answering.
 */
export function runTsx(script: string, args: string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(REPO, 'node_modules/.bin/tsx'), [script, ...args], {
      cwd: REPO,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** True if the command runs (`<cmd> --version` exits 0). */
export function hasCommand(cmd: string): boolean {
  const r = spawnSync(cmd, ['--version'], { encoding: 'utf8' });
  return !r.error && r.status === 0;
}
