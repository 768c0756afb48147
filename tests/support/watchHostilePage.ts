import type { Page } from 'playwright-core';
import { XSS_MARKER } from './xssPayloads.js';

/** What a page did that only a script from hostile text would do, recorded as it happens. */
export interface HostilePageWatch {
  /** Messages of dialogs (alert, confirm, prompt) the page opened; each is dismissed. */
  readonly dialogs: string[];
  /** Console errors that report a Content Security Policy violation. */
  readonly cspErrors: string[];
  /** Uncaught errors in the page. */
  readonly pageErrors: string[];
  /** The value of `window.__cairnXss` (undefined unless a vector ran). */
  marker(): Promise<unknown>;
  /** Elements in the page with an `on…` event attribute (React never writes one). */
  eventAttributes(): Promise<number>;
  /** The page's visible text, without any whitespace (wrapping may add or drop some). */
  compactText(): Promise<string>;
}

/** Starts watching `page`; call before it loads anything hostile. */
export function watchHostilePage(page: Page): HostilePageWatch {
  const dialogs: string[] = [];
  const cspErrors: string[] = [];
  const pageErrors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) {
      cspErrors.push(message.text());
    }
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return {
    dialogs,
    cspErrors,
    pageErrors,
    marker: () =>
      page.evaluate((name) => (globalThis as Record<string, unknown>)[name], XSS_MARKER),
    eventAttributes: () =>
      page.locator('xpath=//*[@*[starts-with(translate(local-name(), "ON", "on"), "on")]]').count(),
    compactText: async () => withoutSpace(await page.locator('body').innerText()),
  };
}

/** `text` without any whitespace, to compare text that layout may wrap. */
export function withoutSpace(text: string): string {
  return text.replace(/\s+/gu, '');
}
