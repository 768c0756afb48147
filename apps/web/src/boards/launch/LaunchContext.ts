import type { LaunchView, OperationContext } from '@cairn/model';
import { createContext } from 'react';
import type * as Y from 'yjs';

/** A model operation on the board's document, run with this person's context. */
export type LaunchOperation = (doc: Y.Doc, ctx: OperationContext) => void;

/** What every part of the launch page shares. */
export interface Launch {
  readonly view: LaunchView;
  readonly readOnly: boolean;
  /** Runs the operation; returns the refusal message, or null when it was made. */
  readonly perform: (operation: LaunchOperation) => string | null;
  /** Shows a refusal in the page's banner. */
  readonly reportError: (message: string) => void;
  /** Opens the task's dialog. */
  readonly openTask: (taskId: string) => void;
}

/** Provided by LaunchBoard. */
export const LaunchContext = createContext<Launch | null>(null);
