/**
 * Cairn's service worker: keeps the app itself (its page and the code and styles it loaded) in
 * this browser, so a board cached in IndexedDB also opens after a reload with no server. Boards'
 * content never passes through here: documents travel over the `/collab` socket and live in
 * y-indexeddb (src/sync/BoardCache.ts); the API is never cached.
 *
 * Nothing is precached: a roadmap never downloads the whiteboard's code just because it exists.
 * What a page loaded before this worker controlled it comes in a `cache-urls` message from the
 * page (src/offline/registerServiceWorker.ts); everything later is cached as it is fetched.
 */
import { clientsClaim } from 'workbox-core';
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { ExpirationPlugin } from 'workbox-expiration';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';

declare const self: ServiceWorkerGlobalScope;

/** Bump a version to drop every copy an older worker kept. */
const SHELL_CACHE = 'cairn-shell-v1';
const ASSET_CACHE = 'cairn-assets-v1';
/** Every route of the app is the same index.html: the newest one fetched stands in for all. */
const SHELL_KEY = '/';
/** Paths that are the server's, never the app's pages. */
const SERVER_PATHS = [/^\/api(\/|$)/, /^\/collab(\/|$)/, /^\/healthz$/, /^\/metrics$/];

/** The app's page: from the network when it answers within a few seconds, else the last one. */
const shell = new NetworkFirst({
  cacheName: SHELL_CACHE,
  networkTimeoutSeconds: 4,
  plugins: [
    { cacheKeyWillBeUsed: async () => SHELL_KEY },
    new CacheableResponsePlugin({ statuses: [200] }),
  ],
});

/**
 * Built code, styles and fonts: their names carry a content hash (Vite), so a cached copy is
 * always right. Old builds' files age out.
 */
const assets = new CacheFirst({
  cacheName: ASSET_CACHE,
  plugins: [
    new CacheableResponsePlugin({ statuses: [200] }),
    new ExpirationPlugin({
      maxEntries: 500,
      maxAgeSeconds: 60 * 24 * 60 * 60,
      purgeOnQuotaError: true,
    }),
  ],
});

function isAsset(url: URL): boolean {
  return (
    url.origin === self.location.origin &&
    (url.pathname.startsWith('/assets/') || url.pathname === '/favicon.svg')
  );
}

registerRoute(new NavigationRoute(shell, { denylist: SERVER_PATHS }));
registerRoute(({ url, request }) => request.method === 'GET' && isAsset(url), assets);

// A new build's worker takes over at once: the shell it serves is the network's when online.
self.addEventListener('install', () => void self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(dropOldCaches());
});
clientsClaim();

/** What a page sends: the files it loaded before this worker controlled it. */
interface CacheUrlsMessage {
  readonly type: 'cache-urls';
  readonly urls: readonly string[];
}

function isCacheUrlsMessage(data: unknown): data is CacheUrlsMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Partial<CacheUrlsMessage>;
  return message.type === 'cache-urls' && Array.isArray(message.urls);
}

self.addEventListener('message', (event) => {
  if (!isCacheUrlsMessage(event.data)) return;
  event.waitUntil(keepLoaded(event, event.data.urls));
});

async function keepLoaded(event: ExtendableEvent, urls: readonly string[]): Promise<void> {
  const cache = await caches.open(ASSET_CACHE);
  const wanted = urls
    .map((url) => new URL(url, self.location.origin))
    .filter((url) => isAsset(url));
  const missing: URL[] = [];
  for (const url of wanted) {
    if (!(await cache.match(url.href))) missing.push(url);
  }
  const jobs = [
    shell.handle({ event, request: new Request(SHELL_KEY) }),
    ...missing.map((url) => assets.handle({ event, request: new Request(url.href) })),
  ];
  // A file that failed now is fetched (and kept) the next time the page asks for it.
  await Promise.allSettled(jobs);
}

async function dropOldCaches(): Promise<void> {
  const current = new Set([SHELL_CACHE, ASSET_CACHE]);
  const names = await caches.keys();
  await Promise.all(
    names
      .filter((name) => name.startsWith('cairn-') && !current.has(name))
      .map((name) => caches.delete(name)),
  );
}
