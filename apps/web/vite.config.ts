import react from '@vitejs/plugin-react';
import { build, defineConfig, type Plugin } from 'vite';

/** Where `pnpm start` runs the Cairn server; the dev server forwards API and collaboration to it. */
const SERVER = 'http://127.0.0.1:1234';

/**
 * Builds the service worker (serviceWorker/serviceWorker.ts) into the app's output folder after
 * the app: one classic script, `/service-worker.js`, at the root with a fixed name, since a
 * worker's scope is the folder it is served from and the page registers it by name.
 */
function serviceWorker(): Plugin {
  let outDir = 'dist';
  return {
    name: 'cairn-service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        mode: 'production',
        // Workbox reads NODE_ENV to leave out its development logging.
        define: { 'process.env.NODE_ENV': JSON.stringify('production') },
        build: {
          outDir,
          emptyOutDir: false,
          sourcemap: true,
          lib: {
            entry: 'serviceWorker/serviceWorker.ts',
            formats: ['iife'],
            name: 'cairnServiceWorker',
            fileName: () => 'service-worker.js',
          },
        },
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), serviceWorker()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    proxy: {
      '/api': SERVER,
      '/healthz': SERVER,
      '/collab': { target: SERVER, ws: true },
    },
  },
  preview: {
    proxy: {
      '/api': SERVER,
      '/healthz': SERVER,
      '/collab': { target: SERVER, ws: true },
    },
  },
});
