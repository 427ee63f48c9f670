import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { serveDataDir } from './scripts/vite/serve-data-dir.ts';

export default defineConfig({
  // Relative base: the built atlas works from any folder or file server path.
  base: './',
  plugins: [svelte(), serveDataDir('data')],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2500,
    reportCompressedSize: false,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
