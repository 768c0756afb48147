/** How webhooks deliver (see the README's configuration table and docs/publishing.md). */
export interface WebhookSettings {
  /**
   * Whether webhooks may point at private, loopback and link-local addresses. Off by default, so
   * a board admin cannot make the server call into its own network; tests and single-machine
   * setups turn it on (`CAIRN_WEBHOOK_ALLOW_PRIVATE=1`).
   */
  readonly allowPrivate: boolean;
  /** Milliseconds to wait before each retry; a delivery makes at most `length + 1` attempts. */
  readonly retryDelaysMs: readonly number[];
}

/** 10 s, 1 min, 5 min, 30 min, 2 h: six attempts over about 2 h 36 min. */
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [
  10_000, 60_000, 300_000, 1_800_000, 7_200_000,
];
