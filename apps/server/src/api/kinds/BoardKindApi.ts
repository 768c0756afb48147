import type { OperationContext } from '@cairn/model';
import type * as Y from 'yjs';
import type { z } from 'zod';

/**
 * What the REST API needs from a board kind: the shape of `POST /api/boards` for it, and how
 * `/api/boards/:id/items` creates, changes and deletes its entries. Bodies arrive unvalidated;
 * each kind checks them with its own zod schemas (400 with the reason) before writing anything.
 * One file per kind under `kinds/`, registered in `boardKinds.ts`.
 */
export interface BoardKindApi {
  /** `POST /api/boards` for this kind: `{kind, title, ...options}`, strict. */
  readonly createBoardBody: z.ZodObject;
  /** Adds an entry from a POST body and returns its id. */
  addItem(doc: Y.Doc, body: unknown, ctx: OperationContext): string;
  /** Changes an entry from a PATCH body (at least one field). */
  updateItem(doc: Y.Doc, itemId: string, body: unknown, ctx: OperationContext): void;
  /** Deletes an entry. */
  deleteItem(doc: Y.Doc, itemId: string, ctx: OperationContext): void;
}
