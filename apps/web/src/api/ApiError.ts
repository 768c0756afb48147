/**
 * A failed API call. `status` is the HTTP status, or 0 when the server could not be reached;
 * `message` is the server's `{ error }` text when it sent one, ready to show to a person.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }

  /** True when the token was refused: the person needs a new access link. */
  get isUnauthorized(): boolean {
    return this.status === 401;
  }
}
