import { describe, expect, it } from 'vitest';
import { refusalEndsCache } from './refusalEndsCache';

describe('refusalEndsCache', () => {
  it.each(['not-found', 'unauthorized', 'forbidden', 'access-ended', ' not-found '])(
    'deletes the copy when the server says %s',
    (reason) => expect(refusalEndsCache(reason)).toBe(true),
  );

  it.each(['', 'too-many-connections', 'The server refused access to this board.'])(
    'keeps the copy (and its waiting edits) when the server says %j',
    (reason) => expect(refusalEndsCache(reason)).toBe(false),
  );
});
