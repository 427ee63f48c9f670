import { createReadStream, cpSync, existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

const TYPES: Record<string, string> = {
  '.geojson': 'application/geo+json',
  '.json': 'application/json',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/**
 * Serve the top-level data/ folder at `./data/` during development and copy it into the build,
 * so the app, the tests and researchers all read the very files the pipeline wrote (and the
 * manifest's sha256 matches what is served).
 */
export function serveDataDir(dir: string): Plugin {
  let root = '';
  let outDir = '';
  return {
    name: 'atlas-serve-data-dir',
    configResolved(config) {
      root = resolve(config.root, dir);
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use('/data', (req, res, next) => {
        const url = decodeURIComponent((req.url ?? '/').split('?')[0]);
        const file = normalize(join(root, url));
        if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) return next();
        const ext = file.slice(file.lastIndexOf('.'));
        res.setHeader('Content-Type', TYPES[ext] ?? 'application/octet-stream');
        createReadStream(file).pipe(res);
      });
    },
    // Start fetching the manifest and every dataset while the page's JS is still loading; the app's
    // own fetches then reuse these responses (same URL, mode and credentials).
    transformIndexHtml() {
      const manifestFile = join(root, 'manifest.json');
      if (!existsSync(manifestFile)) return [];
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { datasets: { path: string }[] };
      const hrefs = ['manifest.json', ...manifest.datasets.map((d) => d.path)];
      return hrefs.map((href) => ({
        tag: 'link',
        attrs: { rel: 'preload', as: 'fetch', crossorigin: '', href: `./${dir}/${href}` },
        injectTo: 'head' as const,
      }));
    },
    closeBundle() {
      if (existsSync(root) && outDir) cpSync(root, join(outDir, dir), { recursive: true });
    },
  };
}
