/**
 * Tells the app bar's inbox count to refresh after the inbox page changed what is read, so the
 * count does not wait for its next poll.
 */
const channel = new EventTarget();

export function notifyInboxChanged(): void {
  channel.dispatchEvent(new Event('changed'));
}

/** Calls `listener` after every change; returns the unsubscribe. */
export function onInboxChanged(listener: () => void): () => void {
  channel.addEventListener('changed', listener);
  return () => channel.removeEventListener('changed', listener);
}
