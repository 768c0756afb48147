import { ApiError } from '../api/ApiError';

/** A failed comment call in words for the person: the server's reason when it gave one. */
export function describeFailure(failure: unknown): string {
  if (failure instanceof ApiError) return failure.message;
  return 'Something went wrong. Try again.';
}
