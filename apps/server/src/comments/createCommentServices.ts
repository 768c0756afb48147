import type { Extension } from '@hocuspocus/server';
import type { Db } from '../storage/Db.js';

/** What comments and the inbox keep, made once per server (docs/comments.md). */
export interface CommentServices {
  /** Hocuspocus extensions comments need (counting edits per person for the inbox). */
  readonly extensions: readonly Extension[];
}

export function createCommentServices(_db: Db, _now: () => number): CommentServices {
  return { extensions: [] };
}
