import type { KindOperation } from './useBoardOperation';

/**
 * Runs `operation` through `perform` (see `useBoardOperation`) for a form or dialog: closes it
 * when the operation is done, or keeps it open and shows why the model refused.
 */
export function performThenClose(
  perform: (operation: KindOperation) => string | null,
  operation: KindOperation,
  onClose: () => void,
  onRefused: (message: string) => void,
): void {
  const message = perform(operation);
  if (message === null) onClose();
  else onRefused(message);
}
