import { useEffect, useMemo } from 'react';
import { createUserId, UserRecordType, type Editor } from 'tldraw';
import type { WhiteboardSession } from '../WhiteboardSession';
import { mirrorRemotePresence } from './mirrorRemotePresence';
import { publishLocalPresence } from './publishLocalPresence';
import { useSummons } from './useSummons';

/**
 * Publishes this person's tldraw presence (cursor, selection, camera) into the board's awareness
 * and shows everyone else's as tldraw collaborators, named and coloured by the identity the
 * server stamped; also answers a facilitator's "bring everyone here". Does nothing until both the
 * editor and the awareness exist, and undoes everything on unmount.
 */
export function useWhiteboardPresence(editor: Editor | null, session: WhiteboardSession): void {
  const { awareness } = session;
  const { id, name, color } = session.me;
  // What this person publishes is only the derivation's input: others read the server's stamp.
  const user = useMemo(
    () => UserRecordType.create({ id: createUserId(id), name, color }),
    [id, name, color],
  );
  useEffect(() => {
    if (!editor || !awareness) return;
    const stopPublishing = publishLocalPresence(editor.store, awareness, user);
    const stopMirroring = mirrorRemotePresence(editor.store, awareness);
    return () => {
      stopPublishing();
      stopMirroring();
    };
  }, [editor, awareness, user]);
  useSummons(editor, session);
}
