import { lookup as dnsLookup } from 'node:dns';
import { request as httpRequest, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { checkWebhookUrl, isPrivateAddress } from './webhookDestination.js';

/** One POST of one delivery. */
export interface WebhookRequest {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly timeoutMs: number;
  readonly allowPrivate: boolean;
}

/** How one attempt went: a 2xx, or why not (status null: no answer at all). */
export type WebhookOutcome =
  | { readonly ok: true; readonly status: number }
  | { readonly ok: false; readonly status: number | null; readonly error: string };

/** How much of an answer's body is read before the connection is dropped; nobody needs it. */
const MAX_ANSWER_BYTES = 64 * 1024;

/**
 * A DNS lookup that refuses private, loopback and link-local answers, so a host name cannot
 * lead a delivery into the server's network, even one that changed what it points at since the
 * webhook was registered. The address checked is the address connected to.
 */
export const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, options, (error, address, family) => {
    if (error) return callback(error, address, family);
    const addresses = Array.isArray(address) ? address.map((one) => one.address) : [address];
    if (addresses.some(isPrivateAddress)) {
      const refused = Object.assign(
        new Error(`${hostname} resolves to a private address, which webhooks may not reach.`),
        { code: 'EPRIVATE' },
      );
      return callback(refused, address, family);
    }
    return callback(null, address, family);
  });
};

/**
 * POSTs one delivery and reports how it went; never throws. Redirects are not followed (a 3xx
 * is a failure), and the whole attempt, answer included, is cut off after `timeoutMs`.
 */
export function postWebhook(request: WebhookRequest): Promise<WebhookOutcome> {
  const checked = checkWebhookUrl(request.url, request.allowPrivate);
  if (typeof checked === 'string')
    return Promise.resolve({ ok: false, status: null, error: checked });
  const url = checked;
  const options: RequestOptions = {
    method: 'POST',
    headers: { ...request.headers, 'Content-Length': String(Buffer.byteLength(request.body)) },
    // A fresh connection per attempt: nothing pooled outlives the timeout.
    agent: false,
    ...(request.allowPrivate ? {} : { lookup: guardedLookup }),
  };
  return new Promise<WebhookOutcome>((resolve) => {
    let status: number | null = null;
    let settled = false;
    const settle = (outcome: WebhookOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const outgoing = send(url, options, (answer) => {
      status = answer.statusCode ?? null;
      let read = 0;
      answer.on('data', (chunk: Buffer) => {
        read += chunk.length;
        if (read > MAX_ANSWER_BYTES) answer.destroy();
      });
      const done = () =>
        settle(
          status !== null && status >= 200 && status < 300
            ? { ok: true, status }
            : { ok: false, status, error: `The receiver answered ${status ?? 'nothing'}.` },
        );
      answer.once('end', done);
      answer.once('close', done);
    });
    const timer = setTimeout(
      () => outgoing.destroy(new Error(`No answer within ${request.timeoutMs / 1000} s.`)),
      request.timeoutMs,
    );
    outgoing.once('error', (error) =>
      settle({ ok: false, status, error: error.message || String(error) }),
    );
    outgoing.end(request.body);
  });
}
