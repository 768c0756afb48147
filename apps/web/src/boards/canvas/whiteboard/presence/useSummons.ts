import { useEffect } from 'react';
import { createUserId, type Editor } from 'tldraw';
import type { WhiteboardSession } from '../WhiteboardSession';
import { readSummon } from './readSummon';

/**
 * Answers a facilitator's "bring everyone here": on a summon from the server, this person starts
 * following the facilitator (the people panel then shows "Following <name>" with a Stop
 * button). The facilitator's own summon comes back to them too, and is ignored.
 */
export function useSummons(editor: Editor | null, session: WhiteboardSession): void {
  const { stateless } = session;
  const myId = session.me.id;
  useEffect(() => {
    if (!editor || !stateless) return;
    return stateless.subscribe((payload) => {
      const summon = readSummon(payload);
      if (!summon || summon.by.id === myId) return;
      editor.startFollowingUser(createUserId(summon.by.id));
    });
  }, [editor, stateless, myId]);
}
