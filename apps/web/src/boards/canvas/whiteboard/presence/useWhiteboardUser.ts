import { useMemo } from 'react';
import {
  atom,
  createTLCurrentUser,
  getUserPreferences,
  setUserPreferences,
  type TLCurrentUser,
  type TLUserPreferences,
} from 'tldraw';
import type { Me } from '../../../../api/apiTypes';

/**
 * tldraw's current user for the person `me`, as the server knows them (id, name, colour), so
 * tldraw recognises its own presence by `me.id` and following works by user id.
 *
 * The identity cannot be changed from tldraw's menus. Everything else (theme, snapping, …)
 * starts from and is saved to tldraw's own preferences in local storage, whose identity fields
 * stay untouched, so a shared browser never keeps one person's identity for the next.
 */
export function createWhiteboardUser(me: Pick<Me, 'id' | 'name' | 'color'>): TLCurrentUser {
  const identity = { id: me.id, name: me.name, color: me.color };
  const preferences = atom<TLUserPreferences>('whiteboard user', {
    ...getUserPreferences(),
    ...identity,
  });
  return createTLCurrentUser({
    userPreferences: preferences,
    setUserPreferences: (next) => {
      preferences.set({ ...next, ...identity });
      const stored = getUserPreferences();
      setUserPreferences({ ...next, id: stored.id, name: stored.name, color: stored.color });
    },
  });
}

/**
 * {@link createWhiteboardUser} for `<Tldraw user={…}>`, one per identity for the component's
 * life.
 */
export function useWhiteboardUser(me: Me): TLCurrentUser {
  const { id, name, color } = me;
  return useMemo(() => createWhiteboardUser({ id, name, color }), [id, name, color]);
}
