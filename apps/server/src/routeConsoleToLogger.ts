import { format } from 'node:util';
import type { Logger } from 'pino';

/**
 * Sends console.error and console.warn to the pino logger, so the process writes only JSON
 * lines. Hocuspocus reports what it refuses (a malformed update, an exception in a hook, a
 * pre-authentication limit) with console.error or console.warn; most refusals are made before it
 * sees them (the socket guard), and this catches the rest. Only the process entry point calls
 * it: in-process tests keep their console.
 */
export function routeConsoleToLogger(logger: Logger): void {
  const route =
    (level: 'error' | 'warn') =>
    (...args: unknown[]): void => {
      const err = args.find((arg): arg is Error => arg instanceof Error);
      const text = args.filter((arg) => arg !== err);
      logger[level]({ source: 'console', ...(err ? { err } : {}) }, format(...text));
    };
  console.error = route('error');
  console.warn = route('warn');
}
