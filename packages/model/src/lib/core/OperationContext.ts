import type { ModelEnv } from './ModelEnv.js';
import type { TransactionOrigin } from './TransactionOrigin.js';

/** What every named operation needs besides its arguments. */
export interface OperationContext {
  /** Recorded as the Yjs transaction origin. */
  readonly origin: TransactionOrigin;
  /** Clock and randomness, injected for deterministic tests. */
  readonly env: ModelEnv;
}
