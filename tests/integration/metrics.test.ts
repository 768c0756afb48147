import { addItem, systemEnv, type OperationContext } from '@cairn/model';
import { describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import { connectProvider } from '../support/connectProvider.js';
import { useTestServer } from '../support/useTestServer.js';

const asUser: OperationContext = {
  origin: { kind: 'local-user', userId: 'metrics-tester' },
  env: systemEnv,
};

/** One sample of the exposition: `name{labels} value`. */
interface Sample {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

const METRIC_NAME = '[a-zA-Z_:][a-zA-Z0-9_:]*';
const LABEL = '[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\\\\n]|\\\\[\\\\"n])*"';
const SAMPLE_LINE = new RegExp(
  // Values as Prometheus parses them (Go's ParseFloat: NaN and Inf in any case; prom-client
  // writes an empty gauge as `Nan`).
  `^(${METRIC_NAME})(?:\\{((?:${LABEL})(?:,${LABEL})*)?,?\\})? (-?[0-9.e+-]+|(?:nan|[+-]?inf))$`,
  'i',
);
const HELP_LINE = new RegExp(`^# HELP ${METRIC_NAME} .*$`);
const TYPE_LINE = new RegExp(`^# TYPE (${METRIC_NAME}) (counter|gauge|histogram|summary|untyped)$`);

/**
 * Parses Prometheus text exposition (format 0.0.4) strictly: every line is a HELP, a TYPE or a
 * sample, and every sample belongs to a family declared by a TYPE line before it.
 */
function parseExposition(text: string): Sample[] {
  const samples: Sample[] = [];
  const families = new Set<string>();
  expect(text.endsWith('\n')).toBe(true);
  for (const line of text.slice(0, -1).split('\n')) {
    if (line === '') continue;
    if (HELP_LINE.test(line)) continue;
    const type = TYPE_LINE.exec(line);
    if (type) {
      families.add(type[1] ?? '');
      continue;
    }
    const sample = SAMPLE_LINE.exec(line);
    if (!sample) throw new Error(`Not a Prometheus exposition line: ${JSON.stringify(line)}`);
    const name = sample[1] ?? '';
    const family = name.replace(/_(bucket|sum|count|total|created)$/, '');
    if (!families.has(name) && !families.has(family)) {
      throw new Error(`Sample ${name} has no TYPE line before it.`);
    }
    const labels: Record<string, string> = {};
    for (const [, key, value] of (sample[2] ?? '').matchAll(
      /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g,
    )) {
      labels[key ?? ''] = value ?? '';
    }
    samples.push({ name, labels, value: Number(sample[3]) });
  }
  return samples;
}

/** The value of the sample `name` whose labels include `labels` (0 when there is none). */
function valueOf(
  samples: readonly Sample[],
  name: string,
  labels: Record<string, string> = {},
): number {
  const found = samples.find(
    (sample) =>
      sample.name === name &&
      Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
  );
  return found?.value ?? 0;
}

async function scrape(url: string, headers: Record<string, string> = {}): Promise<Sample[]> {
  const response = await fetch(`${url}/metrics`, { headers });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parseExposition(await response.text());
}

describe('GET /metrics', () => {
  it('counts connections, updates, acknowledgements and compactions of real editing', async () => {
    // Compact every 5 updates, so a short session compacts.
    const server = await useTestServer({ compaction: { minLogBytes: 1 << 30, maxLogUpdates: 5 } });
    const token = server.token('editor', 'Metrics');
    const board = await api<{ id: string }>(server.url, token, 'POST', '/api/boards', {
      title: 'Metrics',
      kind: 'roadmap',
    });
    const before = await scrape(server.url);
    expect(valueOf(before, 'cairn_connections')).toBe(0);
    // A calm server gathers presence for one frame.
    expect(valueOf(before, 'cairn_presence_window_seconds')).toBe(0.016);
    expect(valueOf(before, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
    expect(valueOf(before, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(
      valueOf(before, 'cairn_http_requests_total', { route: '/api/boards', status: '201' }),
    ).toBe(1);

    const client = connectProvider(server.wsUrl, board.body.id, token);
    const edits = 12;
    try {
      await client.synced();
      const open = await scrape(server.url);
      expect(valueOf(open, 'cairn_connections')).toBe(1);
      expect(valueOf(open, 'cairn_sockets')).toBe(1);
      expect(valueOf(open, 'cairn_documents_loaded')).toBe(1);

      for (let edit = 0; edit < edits; edit++) {
        addItem(client.doc, { title: `Item ${edit}` }, asUser);
        await client.acknowledged();
      }
      const after = await scrape(server.url);
      const socketUpdates = (samples: Sample[]) =>
        valueOf(samples, 'cairn_updates_total', { source: 'socket' });
      expect(socketUpdates(after) - socketUpdates(before)).toBeGreaterThanOrEqual(edits);
      expect(valueOf(after, 'cairn_update_bytes_total', { source: 'socket' })).toBeGreaterThan(
        valueOf(before, 'cairn_update_bytes_total', { source: 'socket' }),
      );
      const acknowledged = valueOf(after, 'cairn_update_ack_seconds_count');
      expect(acknowledged).toBeGreaterThanOrEqual(edits);
      // Every acknowledgement took less than the histogram's last finite bucket of 5 s.
      expect(valueOf(after, 'cairn_update_ack_seconds_bucket', { le: '5' })).toBe(acknowledged);
      expect(valueOf(after, 'cairn_compactions_total', { outcome: 'done' })).toBeGreaterThan(0);
      expect(valueOf(after, 'cairn_compaction_seconds_count')).toBeGreaterThan(0);
      // At most the updates since the last compaction wait in the log.
      expect(valueOf(after, 'cairn_update_log_pending_rows')).toBeLessThan(5);
      expect(valueOf(after, 'cairn_update_log_oldest_pending_age_seconds')).toBeGreaterThanOrEqual(
        0,
      );
    } finally {
      client.destroy();
    }
    await expect.poll(async () => valueOf(await scrape(server.url), 'cairn_connections')).toBe(0);
    // The event-loop sampler fires ten times a second.
    await expect
      .poll(async () => valueOf(await scrape(server.url), 'cairn_event_loop_delay_seconds_count'))
      .toBeGreaterThan(0);
  });

  it('requires the configured token as a bearer token', async () => {
    const secret = 'metrics-secret-for-the-test';
    const server = await useTestServer({ variables: { CAIRN_METRICS_TOKEN: secret } });
    const without = await fetch(`${server.url}/metrics`);
    expect(without.status).toBe(401);
    const refusal = (await without.json()) as { error: string };
    expect(refusal.error).toContain('CAIRN_METRICS_TOKEN');
    const wrong = await fetch(`${server.url}/metrics`, {
      headers: { authorization: `Bearer ${secret}x` },
    });
    expect(wrong.status).toBe(401);
    // An API token is not the metrics token.
    const apiToken = await fetch(`${server.url}/metrics`, {
      headers: { authorization: `Bearer ${server.token('admin')}` },
    });
    expect(apiToken.status).toBe(401);
    const samples = await scrape(server.url, { authorization: `Bearer ${secret}` });
    expect(valueOf(samples, 'cairn_documents_loaded')).toBe(0);
  });
});
