import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** An error with the HTTP status and the reason the caller sees as `{ error }`. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
  ) {
    super(message);
  }
}
