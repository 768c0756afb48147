/** The text to show a person for a failed call: an ApiError's server message, or the error's. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
