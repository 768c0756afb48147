/** Why an operation was refused. Callers map `code` to a user-facing message or an HTTP status. */
export type ModelErrorCode = 'not-found' | 'invalid' | 'conflict' | 'unsupported-schema';

/** An operation was refused; nothing was written. */
export class ModelError extends Error {
  override readonly name = 'ModelError';

  constructor(
    readonly code: ModelErrorCode,
    message: string,
  ) {
    super(message);
  }
}
