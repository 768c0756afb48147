import type { Editor } from 'tldraw';
import type { WhiteboardSession } from '../WhiteboardSession';

/** Turns the board's Cairn notes into tldraw stickies. (Stub.) */
export function useNotesMigration(_editor: Editor | null, _session: WhiteboardSession): void {}
