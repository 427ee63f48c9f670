import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

export default defineConfig({
  test: {
    // Fixed timezone and no colours keep outputs and snapshots stable.
    env: { TZ: 'UTC' },
    projects: [
      {
        // Layer definitions import Svelte components (panel sections), so unit tests compile them too.
        plugins: [svelte()],
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', 'test/components/**'],
        },
      },
      {
        plugins: [svelte(), svelteTesting()],
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['test/components/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          // One Chromium at a time: the machine has 2 cores and software GL.
          fileParallelism: false,
        },
      },
    ],
  },
});
