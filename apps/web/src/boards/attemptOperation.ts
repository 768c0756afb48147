import { ModelError } from '@cairn/model';

/**
 * Runs a model operation and turns a refusal into a message for the person, so a bad input or a
 * concurrent delete never crashes the page. Returns null on success. Errors other than
 * ModelError are bugs: they are logged and reported with a generic message.
 */
export function attemptOperation(operation: () => void): string | null {
  try {
    operation();
    return null;
  } catch (error) {
    if (error instanceof ModelError) return error.message;
    console.error(error);
    return 'Something went wrong and the change was not made. Reload the page and try again.';
  }
}
