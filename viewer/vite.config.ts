// Builds the viewer page into viewer/dist, served by `newsgraph serve`. Everything is bundled
// (sigma, graphology, zod): no CDN, no request leaves the page at runtime.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  server: {
    // `vite viewer` for development: the API comes from a running `newsgraph serve`.
    proxy: { '/api': 'http://127.0.0.1:7475' },
    fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] },
  },
});
