import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { Logger } from 'pino';
import { createApi, errorResponse, type ApiDependencies } from '../api/createApi.js';
import {
  countRequests,
  registerMetricsRoute,
  type MetricsEndpoint,
} from '../metrics/metricsRoutes.js';

/** What the HTTP app serves besides the API. */
export interface AppOptions extends ApiDependencies {
  /** The built web client (apps/web/dist), or null to serve only the API. */
  readonly webDir: string | null;
  readonly logger: Logger;
  /** `GET /metrics` and request counting (docs/metrics.md); absent in apps built without. */
  readonly metrics?: MetricsEndpoint;
}

/**
 * The whole HTTP surface: `/healthz`, the REST API under `/api`, and the web client with a
 * fallback to its index.html for client-side routes such as `/b/<id>`.
 */
export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  if (options.metrics) app.use(countRequests(options.metrics.metrics));
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        connectSrc: ["'self'", 'ws:', 'wss:'],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
      // The token travels in the URL fragment of share links; never leak the page URL onward.
      referrerPolicy: 'no-referrer',
    }),
  );
  app.get('/healthz', (c) => c.json({ ok: true }));
  if (options.metrics) registerMetricsRoute(app, options.metrics);
  app.route('/api', createApi(options));

  const indexFile = options.webDir ? join(options.webDir, 'index.html') : null;
  const indexHtml = indexFile && existsSync(indexFile) ? readFileSync(indexFile, 'utf8') : null;
  if (options.webDir && indexHtml !== null) {
    app.use(
      '/assets/*',
      serveStatic({
        root: options.webDir,
        onFound: (_path, c) => {
          // Vite puts a content hash in every asset name.
          c.header('Cache-Control', 'public, max-age=31536000, immutable');
        },
      }),
    );
    app.use(
      '*',
      serveStatic({
        root: options.webDir,
        onFound: (path, c) => {
          // Browsers look for a new service worker on navigation; never hand them a stale one.
          if (path.endsWith('/service-worker.js')) c.header('Cache-Control', 'no-cache');
        },
      }),
    );
  }
  app.notFound((c) => {
    // A missing asset (an old tab asking for a chunk of a previous build) must be a 404, not the
    // app's HTML, or the browser reports a confusing script error instead of reloading.
    const isApiOrAsset = /^\/(api|assets)(\/|$)/.test(c.req.path);
    if (isApiOrAsset || indexHtml === null) {
      return c.json({ error: `No route for ${c.req.method} ${c.req.path}.` }, 404);
    }
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      return c.json({ error: `No route for ${c.req.method} ${c.req.path}.` }, 404);
    }
    c.header('Cache-Control', 'no-cache');
    return c.html(indexHtml);
  });
  app.onError((error, c) => errorResponse(error, c, options.logger));
  return app;
}
