/**
 * Counts this person's edits that wait for the server, once they are safe in this browser: an
 * edit counts only after the board's cached copy has committed it, so "N changes waiting" never
 * names an edit that a closed tab would lose. Where the browser cannot keep the copy, edits count
 * once the attempt has failed (they still wait, in this tab).
 */
export class WaitingChanges {
  #count = 0;
  /** Edits made since the last acknowledgement whose write to the cache is not yet confirmed. */
  #unconfirmed = 0;
  #confirming = false;
  /** Bumped when the server has everything: confirmations of earlier edits then count nothing. */
  #epoch = 0;
  #stopped = false;

  constructor(
    /** Resolves once every write the cache was handed so far is committed. */
    private readonly stored: () => Promise<void>,
    private readonly onChange: () => void,
  ) {}

  get count(): number {
    return this.#count;
  }

  /** This person edited the document (the cache is writing the edit). */
  edited(): void {
    this.#unconfirmed += 1;
    this.#confirm();
  }

  /** The server has acknowledged everything, or this person cannot edit: nothing waits. */
  clear(): void {
    this.#epoch += 1;
    this.#unconfirmed = 0;
    this.#count = 0;
  }

  stop(): void {
    this.#stopped = true;
  }

  /** One confirmation at a time; edits made meanwhile wait for the next one. */
  #confirm(): void {
    if (this.#confirming) return;
    this.#confirming = true;
    const batch = this.#unconfirmed;
    const epoch = this.#epoch;
    const settle = (): void => {
      this.#confirming = false;
      if (this.#stopped) return;
      if (epoch === this.#epoch) {
        this.#unconfirmed -= batch;
        this.#count += batch;
        this.onChange();
      }
      if (this.#unconfirmed > 0) this.#confirm();
    };
    this.stored().then(settle, settle);
  }
}
