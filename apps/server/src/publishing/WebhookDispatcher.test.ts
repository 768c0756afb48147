import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../testing/openTestDatabase.js';
import type { WebhookOutcome, WebhookRequest } from './postWebhook.js';
import { verifyWebhookSignature } from './signWebhook.js';
import { WebhookDispatcher } from './WebhookDispatcher.js';
import { WebhookStore } from './WebhookStore.js';

const logger = pino({ level: 'silent' });
let database: TestDatabase | undefined;
afterEach(() => database?.close());

/** A dispatcher over a fresh database whose receiver answers with `answers`, in order. */
function setUp(answers: WebhookOutcome[], retryDelaysMs = [0, 0, 0]) {
  database = openTestDatabase();
  const store = new WebhookStore(database.db, Date.now);
  const sent: WebhookRequest[] = [];
  const post = (request: WebhookRequest): Promise<WebhookOutcome> => {
    sent.push(request);
    return Promise.resolve(answers[sent.length - 1] ?? { ok: true, status: 200 });
  };
  const dispatcher = new WebhookDispatcher({
    store,
    settings: { allowPrivate: true, retryDelaysMs },
    logger,
    post,
  });
  return { store, dispatcher, sent };
}

describe('WebhookDispatcher', () => {
  it('signs each attempt of a delivery with the same id and body', async () => {
    const failing: WebhookOutcome = { ok: false, status: 500, error: 'The receiver answered 500.' };
    const { store, dispatcher, sent } = setUp([failing, failing]);
    const webhook = store.create({
      boardId: 'b1',
      url: 'http://127.0.0.1:9/hook',
      events: ['comment.added'],
      secret: 'a-secret-of-sixteen+',
      createdBy: 'u_1',
    });
    dispatcher.start();
    dispatcher.publish({ type: 'comment.added', boardId: 'b1', occurredAt: 0, data: { x: 1 } });
    await expect.poll(() => store.deliveriesOf(webhook.id)[0]?.state).toBe('delivered');
    dispatcher.stop();
    expect(sent).toHaveLength(3);
    expect(new Set(sent.map((request) => request.headers['Cairn-Delivery'])).size).toBe(1);
    for (const request of sent) {
      const signature = request.headers['Cairn-Signature'] ?? '';
      expect(
        verifyWebhookSignature(webhook.secret, request.body, signature, Date.now() / 1000),
      ).toBe(true);
      expect(JSON.parse(request.body)).toMatchObject({
        type: 'comment.added',
        boardId: 'b1',
        occurredAt: '1970-01-01T00:00:00.000Z',
        data: { x: 1 },
      });
    }
    expect(store.deliveriesOf(webhook.id)).toMatchObject([{ state: 'delivered', attempts: 3 }]);
  });

  it('gives up after the last delay', async () => {
    const failing: WebhookOutcome = { ok: false, status: null, error: 'connect ECONNREFUSED' };
    const { store, dispatcher, sent } = setUp([failing, failing, failing], [0]);
    const webhook = store.create({
      boardId: 'b1',
      url: 'http://127.0.0.1:9/hook',
      events: ['item.created'],
      secret: 'a-secret-of-sixteen+',
      createdBy: 'u_1',
    });
    dispatcher.start();
    dispatcher.publish({ type: 'item.created', boardId: 'b1', occurredAt: 0, data: {} });
    await expect.poll(() => store.deliveriesOf(webhook.id)[0]?.state).toBe('failed');
    dispatcher.stop();
    expect(sent).toHaveLength(2);
    expect(store.deliveriesOf(webhook.id)).toMatchObject([
      { state: 'failed', attempts: 2, lastStatus: null, lastError: 'connect ECONNREFUSED' },
    ]);
  });

  it('stores nothing for boards and events nobody subscribed to', () => {
    const { store, dispatcher, sent } = setUp([]);
    const webhook = store.create({
      boardId: 'b1',
      url: 'http://127.0.0.1:9/hook',
      events: ['item.created'],
      secret: 'a-secret-of-sixteen+',
      createdBy: 'u_1',
    });
    dispatcher.publish({ type: 'comment.added', boardId: 'b1', occurredAt: 0, data: {} });
    dispatcher.publish({ type: 'item.created', boardId: 'b2', occurredAt: 0, data: {} });
    expect(store.deliveriesOf(webhook.id)).toEqual([]);
    expect(sent).toEqual([]);
  });
});
