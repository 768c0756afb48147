import type { Editor } from 'tldraw';
import type { WhiteboardSession } from '../WhiteboardSession';

/**
 * Publishes this person's tldraw presence (cursor, selection, camera) into the board's awareness
 * and shows everyone else's as tldraw collaborators, named and coloured by the identity the
 * server stamped. (Stub: filled in by the presence work.)
 */
export function useWhiteboardPresence(_editor: Editor | null, _session: WhiteboardSession): void {}
