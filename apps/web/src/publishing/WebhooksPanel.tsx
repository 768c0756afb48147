import { useCallback, useId, useState, type FormEvent } from 'react';
import { FetchedStatus } from '../ui/FetchedStatus';
import { RelativeTime } from '../ui/RelativeTime';
import { useFetched } from '../ui/useFetched';
import { createWebhook, deleteWebhook, listDeliveries, listWebhooks } from './publishingApi';
import {
  WEBHOOK_EVENTS,
  type CreatedWebhook,
  type Delivery,
  type Webhook,
  type WebhookEvent,
} from './publishingTypes';
import { ShownOnce } from '../ui/ShownOnce';
import { useReloadingAction } from './useReloadingAction';

interface WebhooksPanelProps {
  readonly boardId: string;
  readonly token: string;
}

function deliveryText(delivery: Delivery): string {
  const tries = delivery.attempts === 1 ? '1 attempt' : `${delivery.attempts} attempts`;
  switch (delivery.state) {
    case 'delivered':
      return `delivered (${delivery.lastStatus ?? ''}), ${tries}`;
    case 'pending':
      return delivery.attempts === 0
        ? 'sending…'
        : `retrying after ${tries}: ${delivery.lastError ?? ''}`;
    case 'failed':
      return `gave up after ${tries}: ${delivery.lastError ?? ''}`;
  }
}

/** The recent deliveries of one webhook, loaded when shown. */
function DeliveryList({ boardId, token, webhook }: WebhooksPanelProps & { webhook: Webhook }) {
  const load = useCallback(
    (signal: AbortSignal) => listDeliveries(token, boardId, webhook.id, signal),
    [token, boardId, webhook.id],
  );
  const { state, reload } = useFetched(load);
  return (
    <div className="publish-deliveries">
      <FetchedStatus state={state} what="deliveries" onRetry={reload} />
      {state.kind === 'loaded' &&
        (state.value.length === 0 ? (
          <p className="share-list__empty">No deliveries yet.</p>
        ) : (
          <ul aria-label="Recent deliveries">
            {state.value.map((delivery) => (
              <li
                key={delivery.id}
                className={`publish-delivery publish-delivery--${delivery.state}`}
              >
                <code>{delivery.type}</code> <RelativeTime ms={delivery.createdAt} now={state.at} />
                : {deliveryText(delivery)}
              </li>
            ))}
          </ul>
        ))}
      <button type="button" className="button button--quiet" onClick={reload}>
        Refresh
      </button>
    </div>
  );
}

/**
 * Webhooks of the board, for its admins: register an address with the events it wants (the
 * signing secret is shown once), see recent deliveries, delete one.
 */
export function WebhooksPanel({ boardId, token }: WebhooksPanelProps) {
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<WebhookEvent[]>(WEBHOOK_EVENTS.map((event) => event.id));
  const [created, setCreated] = useState<CreatedWebhook | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const urlId = useId();
  const load = useCallback(
    (signal: AbortSignal) => listWebhooks(token, boardId, signal),
    [token, boardId],
  );
  const { state, reload } = useFetched(load);

  const { busy, error, run } = useReloadingAction(reload);

  const register = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    run(
      () => createWebhook(token, boardId, { url: url.trim(), events }),
      (webhook) => {
        setCreated(webhook);
        setUrl('');
      },
    );
  };

  const toggle = (id: WebhookEvent, on: boolean): void => {
    const next = new Set(events);
    if (on) next.add(id);
    else next.delete(id);
    setEvents(WEBHOOK_EVENTS.map((event) => event.id).filter((event) => next.has(event)));
  };

  return (
    <>
      {created === null ? (
        <form onSubmit={register} noValidate className="share-form">
          <p className="dialog__lead">
            Cairn POSTs signed JSON to this address when the board changes, and retries for about
            two and a half hours while it fails. See docs/publishing.md for checking signatures.
          </p>
          <div className="field">
            <label htmlFor={urlId}>Address</label>
            <input
              id={urlId}
              type="text"
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
              required
              value={url}
              placeholder="https://example.com/cairn-webhook"
              onChange={(event) => setUrl(event.currentTarget.value)}
            />
          </div>
          <fieldset className="publish-fields" disabled={busy}>
            <legend>Events</legend>
            {WEBHOOK_EVENTS.map((event) => (
              <label key={event.id} className="publish-fields__choice">
                <input
                  type="checkbox"
                  checked={events.includes(event.id)}
                  onChange={(change) => toggle(event.id, change.currentTarget.checked)}
                />
                {event.label}
              </label>
            ))}
          </fieldset>
          <div className="dialog__actions">
            <button
              type="submit"
              className="button button--primary"
              disabled={busy || url.trim() === '' || events.length === 0}
            >
              {busy ? 'Adding…' : 'Add webhook'}
            </button>
          </div>
        </form>
      ) : (
        <ShownOnce
          label="Signing secret"
          value={created.secret}
          doneLabel="Add another webhook"
          onDone={() => setCreated(null)}
        >
          <p>
            Deliveries to <bdi>{created.url}</bdi> are signed with this secret (header
            Cairn-Signature). Store it with the receiver: it is shown only once.
          </p>
        </ShownOnce>
      )}
      <h3 className="share-dialog__heading">Webhooks of this board</h3>
      <FetchedStatus state={state} what="webhooks" onRetry={reload} error={error} />
      {state.kind === 'loaded' &&
        (state.value.length === 0 ? (
          <p className="share-list__empty">No webhooks yet.</p>
        ) : (
          <ul className="share-list" aria-label="Webhooks">
            {state.value.map((webhook) => (
              <li key={webhook.id} className="share-list__item publish-item">
                <div className="share-list__main">
                  <p className="share-list__title">{webhook.url}</p>
                  <p className="share-list__meta">
                    {webhook.events.join(', ')} · added by <bdi>{webhook.createdBy.name}</bdi>{' '}
                    <RelativeTime ms={webhook.createdAt} now={state.at} />
                  </p>
                  {shown === webhook.id && (
                    <DeliveryList boardId={boardId} token={token} webhook={webhook} />
                  )}
                </div>
                <button
                  type="button"
                  className="button button--quiet"
                  aria-expanded={shown === webhook.id}
                  onClick={() => setShown(shown === webhook.id ? null : webhook.id)}
                >
                  Deliveries
                </button>
                <button
                  type="button"
                  className="button button--danger-text"
                  aria-label={`Delete the webhook to ${webhook.url}`}
                  disabled={busy}
                  onClick={() =>
                    run(
                      () => deleteWebhook(token, boardId, webhook.id),
                      () => undefined,
                    )
                  }
                >
                  Delete
                </button>
              </li>
            ))}
          </ul>
        ))}
    </>
  );
}
