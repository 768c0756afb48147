import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { CairnMetrics } from './CairnMetrics.js';
import { registerMetricsRoute } from './metricsRoutes.js';

const metrics: CairnMetrics[] = [];
afterEach(() => {
  for (const one of metrics.splice(0)) one.stop();
});

/** An app serving only `/metrics`, and a request to it from `address` as Node's adapter passes it. */
function requestFrom(address: string, token: string | null, headers: Record<string, string> = {}) {
  const instance = new CairnMetrics();
  metrics.push(instance);
  const app = new Hono();
  registerMetricsRoute(app, { metrics: instance, token });
  return app.request('/metrics', { headers }, { incoming: { socket: { remoteAddress: address } } });
}

describe('GET /metrics access', () => {
  it('answers loopback without a token', async () => {
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1', '127.0.0.53']) {
      expect((await requestFrom(address, null)).status).toBe(200);
    }
  });

  it('refuses other addresses without a token, saying how to allow them', async () => {
    for (const address of ['10.0.0.7', '192.168.1.20', 'fe80::1', '::ffff:10.0.0.7']) {
      const response = await requestFrom(address, null);
      expect(response.status).toBe(403);
      const body = (await response.json()) as { error: string };
      expect(body.error).toContain('CAIRN_METRICS_TOKEN');
    }
  });

  it('with a token, requires it from every address, loopback too', async () => {
    expect((await requestFrom('127.0.0.1', 'secret')).status).toBe(401);
    expect((await requestFrom('10.0.0.7', 'secret', { authorization: 'Bearer nope' })).status).toBe(
      401,
    );
    expect((await requestFrom('10.0.0.7', 'secret', { authorization: 'secret' })).status).toBe(401);
    expect(
      (await requestFrom('10.0.0.7', 'secret', { authorization: 'Bearer secret' })).status,
    ).toBe(200);
  });
});
