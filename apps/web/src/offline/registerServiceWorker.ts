/**
 * Registers the service worker (serviceWorker/serviceWorker.ts) that keeps the app in this
 * browser for offline use, in built apps only (the dev server serves modules, not files worth
 * keeping). Tells it which files this page loaded before it controlled the page: those requests
 * did not pass through it, and without them a reload offline would miss the app's code.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // Room for every file a session loads (the default keeps 250 entries).
  performance.setResourceTimingBufferSize(2000);
  const container = navigator.serviceWorker;
  const sendLoaded = (worker: ServiceWorker | null | undefined): void => {
    worker?.postMessage({ type: 'cache-urls', urls: loadedUrls() });
  };
  container.register('/service-worker.js').catch((error: unknown) => {
    console.warn('Cairn works online only in this browser: the service worker failed.', error);
  });
  void container.ready.then((registration) => sendLoaded(registration.active));
  container.addEventListener('controllerchange', () => sendLoaded(container.controller));
}

/** Same-origin files this page has loaded: scripts, styles, fonts, images. */
function loadedUrls(): string[] {
  const fromTiming = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.startsWith(`${location.origin}/`));
  const fromDocument = [
    ...Array.from(document.querySelectorAll<HTMLScriptElement>('script[src]'), (s) => s.src),
    ...Array.from(document.querySelectorAll<HTMLLinkElement>('link[href]'), (l) => l.href),
  ];
  return [...new Set([...fromTiming, ...fromDocument])];
}
