import type { TestClient } from './connectProvider.js';

/**
 * What a test sent and what the server acknowledged, by edit title: the acknowledged ones must
 * survive anything. A socket edit counts once its provider reports no unsynced changes after
 * it (the server answers each update only once it is in SQLite); a REST edit once it is
 * answered 2xx.
 */
export class AcknowledgedEdits {
  readonly acknowledged = new Set<string>();
  /** Sent, not (yet) acknowledged: may or may not survive a crash. */
  private readonly unanswered = new Map<TestClient, string[]>();
  private readonly restInFlight = new Set<Promise<unknown>>();

  /** Starts following `client`'s acknowledgements; returns the way to stop. */
  follow(client: TestClient): () => void {
    const sent: string[] = [];
    this.unanswered.set(client, sent);
    const listener = () => {
      if (!client.provider.isSynced || client.provider.unsyncedChanges !== 0) return;
      for (const title of sent.splice(0)) this.acknowledged.add(title);
    };
    client.provider.on('unsyncedChanges', listener);
    return () => {
      client.provider.off('unsyncedChanges', listener);
      this.unanswered.delete(client);
    };
  }

  /** Notes a socket edit titled `title` that `client`'s document has just made. */
  sentBySocket(client: TestClient, title: string): void {
    const sent = this.unanswered.get(client);
    if (!sent) throw new Error('Follow the client before editing through it.');
    sent.push(title);
  }

  /** Notes a REST write titled `title`; acknowledged when `status` resolves to 2xx. */
  sentByRest(title: string, status: Promise<number>): void {
    const answered = status
      .then((code) => {
        if (code >= 200 && code < 300) this.acknowledged.add(title);
      })
      // A write the dying server never answered is simply not acknowledged.
      .catch(() => undefined)
      .finally(() => this.restInFlight.delete(answered));
    this.restInFlight.add(answered);
  }

  /** Socket edits still unanswered. */
  get unansweredSocketEdits(): number {
    return [...this.unanswered.values()].reduce((sum, sent) => sum + sent.length, 0);
  }

  /** Resolves once every REST write sent so far has an answer or an error. */
  async restSettled(): Promise<void> {
    await Promise.all(this.restInFlight);
  }
}
