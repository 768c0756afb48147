import * as Y from 'yjs';

/**
 * Replicas that exchange Yjs updates only when told to, in an order chosen by a seeded random
 * source: the way to show that replicas converge whatever the network does.
 */
export class SimulatedNetwork {
  readonly replicas: Y.Doc[] = [];
  /** Updates each replica has not received yet, in the order they were produced. */
  private readonly inboxes: Uint8Array[][] = [];

  constructor(
    count: number,
    private readonly random: () => number,
  ) {
    for (let index = 0; index < count; index++) {
      const doc = new Y.Doc();
      this.replicas.push(doc);
      this.inboxes.push([]);
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === this) return;
        this.inboxes.forEach((inbox, other) => {
          if (other !== index) inbox.push(update);
        });
      });
    }
  }

  /** Number of updates still in flight. */
  get pending(): number {
    return this.inboxes.reduce((sum, inbox) => sum + inbox.length, 0);
  }

  /** Delivers up to `count` in-flight updates, each picked at random from a random inbox. */
  deliverSome(count: number): void {
    for (let i = 0; i < count && this.pending > 0; i++) {
      const nonEmpty = this.inboxes.flatMap((inbox, index) => (inbox.length > 0 ? [index] : []));
      const target = nonEmpty[Math.floor(this.random() * nonEmpty.length)] as number;
      const inbox = this.inboxes[target] as Uint8Array[];
      const [update] = inbox.splice(Math.floor(this.random() * inbox.length), 1);
      Y.applyUpdate(this.replicas[target] as Y.Doc, update as Uint8Array, this);
    }
  }

  /** Delivers everything still in flight, in random order. */
  deliverAll(): void {
    while (this.pending > 0) this.deliverSome(this.pending);
  }
}
