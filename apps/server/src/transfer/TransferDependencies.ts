import type { AccessService } from '../access/AccessService.js';
import type { BoardService } from '../boards/BoardService.js';

/**
 * What the import and export routes need from the API's dependencies (`ApiDependencies` has all
 * of it). Named here rather than imported from `createApi.ts`, which imports these routes, so the
 * layers stay free of import cycles.
 */
export interface TransferDependencies {
  readonly boards: BoardService;
  readonly accounts: { readonly access: AccessService };
  /** The server clock: export timestamps, and dates of items imported from CSV. */
  readonly now: () => number;
}
