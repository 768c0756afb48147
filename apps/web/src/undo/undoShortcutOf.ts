/** A key press as the shortcut reader needs it (a KeyboardEvent fits). */
export interface ShortcutKey {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/**
 * Reads Ctrl/⌘+Z as undo and Ctrl/⌘+Shift+Z or Ctrl/⌘+Y as redo; anything else (including
 * with Alt, which some keyboard layouts need for other characters) is null.
 */
export function undoShortcutOf(event: ShortcutKey): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}
