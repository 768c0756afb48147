import type { BoardSummary, Me } from '../api/apiTypes';
import { parseBoardSummaries, parseMe } from '../api/parseApiResponse';

/**
 * What the app remembers of the last time the server answered, so it opens offline as the same
 * person with the same list of boards: who the tab is (`GET /api/me`) and the boards they could
 * see. Never a secret: people's names, roles and board titles, as the page showed them.
 *
 * Keyed by the tab's bearer secret (`token`, '' when the session cookie speaks alone). A session
 * cookie outlives tabs, so what it answered is kept in localStorage; a tab's API token or share
 * link lives in that tab's sessionStorage (tokenStorage.ts), so what it answered lives there too,
 * with a fingerprint of the secret so another link in the same tab is never mistaken for it.
 */
const ME_KEY = 'cairn.offline.me';
const BOARDS_KEY = 'cairn.offline.boards';

interface Remembered<T> {
  /** Whose answer: `session`, or the fingerprint of the tab's secret. */
  readonly owner: string;
  readonly value: T;
  /** When the server gave it (ms since the epoch). */
  readonly at: number;
}

/** A remembered answer and when the server gave it. */
export interface Recalled<T> {
  readonly value: T;
  readonly at: number;
}

function storageFor(token: string): Storage | null {
  try {
    return token === '' ? window.localStorage : window.sessionStorage;
  } catch {
    return null;
  }
}

/** FNV-1a of the secret: tells two secrets apart without keeping either. */
function fingerprint(secret: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < secret.length; i++) {
    hash ^= secret.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function ownerOf(token: string): string {
  return token === '' ? 'session' : `secret:${fingerprint(token)}`;
}

function write<T>(key: string, token: string, value: T, now: number): void {
  const remembered: Remembered<T> = { owner: ownerOf(token), value, at: now };
  try {
    storageFor(token)?.setItem(key, JSON.stringify(remembered));
  } catch {
    // Full or disabled storage: the app still works online.
  }
}

function read<T>(key: string, token: string, parse: (value: unknown) => T): Recalled<T> | null {
  try {
    const text = storageFor(token)?.getItem(key);
    if (!text) return null;
    const stored = JSON.parse(text) as Partial<Remembered<unknown>>;
    if (stored.owner !== ownerOf(token) || typeof stored.at !== 'number') return null;
    return { value: parse(stored.value), at: stored.at };
  } catch {
    // Unparseable or from an older version: as if nothing were remembered.
    return null;
  }
}

/** Remembers who the server said this tab is. */
export function rememberMe(token: string, me: Me, now = Date.now()): void {
  write(ME_KEY, token, me, now);
}

/** Who the server last said this tab is, or null. */
export function recallMe(token: string): Recalled<Me> | null {
  return read(ME_KEY, token, parseMe);
}

/** Remembers the boards `me` could see. */
export function rememberBoards(
  token: string,
  me: Me,
  boards: readonly BoardSummary[],
  now = Date.now(),
): void {
  write(BOARDS_KEY, token, { person: me.id, boards }, now);
}

/** The boards `me` could see when the server last listed them, or null. */
export function recallBoards(token: string, me: Me): Recalled<readonly BoardSummary[]> | null {
  const recalled = read(BOARDS_KEY, token, (value) => {
    const { person, boards } = value as { person?: unknown; boards?: unknown };
    return person === me.id ? parseBoardSummaries(boards) : null;
  });
  return recalled?.value ? { value: recalled.value, at: recalled.at } : null;
}

/** Forgets everything remembered for offline use in this browser (signing out). */
export function forgetRemembered(): void {
  for (const storage of [storageFor(''), storageFor('tab')]) {
    try {
      storage?.removeItem(ME_KEY);
      storage?.removeItem(BOARDS_KEY);
    } catch {
      // Disabled storage holds nothing.
    }
  }
}

/**
 * Adds (or renames) a board `me` opened to the remembered list, so it is listed offline even if
 * the home page never loaded in this browser.
 */
export function rememberOpenedBoard(
  token: string,
  me: Me,
  board: Pick<BoardSummary, 'id' | 'kind' | 'title'>,
  now = Date.now(),
): void {
  const recalled = recallBoards(token, me);
  const boards = recalled?.value ?? [];
  const known = boards.find((candidate) => candidate.id === board.id);
  if (known && known.title === board.title && known.kind === board.kind) return;
  const opened: BoardSummary = known
    ? { ...known, title: board.title, kind: board.kind }
    : { ...board, createdAt: now, updatedAt: now };
  const others = boards.filter((candidate) => candidate.id !== board.id);
  rememberBoards(token, me, [opened, ...others], recalled?.at ?? now);
}
