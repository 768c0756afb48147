import { createHash, timingSafeEqual } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { CairnMetrics } from './CairnMetrics.js';

/** Where Prometheus scrapes. */
export const METRICS_PATH = '/metrics';

/** How `/metrics` is served. */
export interface MetricsEndpoint {
  readonly metrics: CairnMetrics;
  /** `CAIRN_METRICS_TOKEN`: required as a bearer token when set; null means loopback only. */
  readonly token: string | null;
}

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 addresses. */
function isLoopback(address: string): boolean {
  return address === '::1' || /^(::ffff:)?127\.\d+\.\d+\.\d+$/.test(address);
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Compares without leaking, through timing, how much of a guess was right. */
function isToken(header: string | undefined, token: string): boolean {
  const match = /^Bearer (.+)$/.exec(header ?? '');
  return match?.[1] !== undefined && timingSafeEqual(digest(match[1]), digest(token));
}

/** Why a request may not read the metrics (null: it may). */
function refusal(c: Context, token: string | null): { status: 401 | 403; error: string } | null {
  if (token !== null) {
    return isToken(c.req.header('authorization'), token)
      ? null
      : { status: 401, error: 'The metrics need Authorization: Bearer <CAIRN_METRICS_TOKEN>.' };
  }
  const address = getConnInfo(c).remote.address ?? '';
  return isLoopback(address)
    ? null
    : { status: 403, error: 'Set CAIRN_METRICS_TOKEN to read the metrics from another machine.' };
}

/**
 * `GET /metrics`: Prometheus text exposition. With `CAIRN_METRICS_TOKEN` set it needs that
 * token as a bearer token (401 otherwise); without, it answers only requests from loopback (403
 * otherwise). Note that a reverse proxy on the same machine makes every request loopback: set
 * the token, or keep the path off the proxy.
 */
export function registerMetricsRoute(app: Hono, endpoint: MetricsEndpoint): void {
  app.get(METRICS_PATH, async (c) => {
    const refused = refusal(c, endpoint.token);
    if (refused) return c.json({ error: refused.error }, refused.status);
    const { contentType, text } = await endpoint.metrics.scrape();
    c.header('Cache-Control', 'no-store');
    return c.body(text, 200, { 'Content-Type': contentType });
  });
}

/**
 * Counts every HTTP request by method, matched route pattern (e.g. `/api/boards/:id`, never the
 * raw path, so the label set stays bounded) and status.
 */
export function countRequests(metrics: CairnMetrics): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    metrics.httpAnswered(
      c.req.method,
      routePath(c, -1),
      c.res.status,
      (performance.now() - started) / 1000,
    );
  };
}
