import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Where `pnpm start` runs the Cairn server; the dev server forwards API and collaboration to it. */
const SERVER = 'http://127.0.0.1:1234';

export default defineConfig({
  plugins: [react()],
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
