import type { HocuspocusProvider } from '@hocuspocus/provider';

/**
 * The board's awareness (presence) instance, for components that share it with a library, such
 * as TipTap's collaboration carets. Only `src/sync/` creates providers; others get this.
 */
export type BoardAwareness = NonNullable<HocuspocusProvider['awareness']>;
