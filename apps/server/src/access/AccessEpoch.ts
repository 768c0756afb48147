/**
 * Counts changes to who may do what (a token or link revoked, a session ended, a role or
 * membership changed), so access checks remembered before one (RememberedVerdicts) are read
 * again. The stores advance it on every such write in this process; changes announced by other
 * processes (through Redis) advance it too.
 */
export class AccessEpoch {
  #value = 0;

  get value(): number {
    return this.#value;
  }

  advance(): void {
    this.#value += 1;
  }
}
