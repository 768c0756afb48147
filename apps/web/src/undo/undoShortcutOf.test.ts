import { describe, expect, it } from 'vitest';
import { undoShortcutOf, type ShortcutKey } from './undoShortcutOf';

const key = (pressed: Partial<ShortcutKey> & { key: string }): ShortcutKey => ({
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...pressed,
});

describe('undoShortcutOf', () => {
  it('reads Ctrl+Z and ⌘+Z as undo', () => {
    expect(undoShortcutOf(key({ key: 'z', ctrlKey: true }))).toBe('undo');
    expect(undoShortcutOf(key({ key: 'z', metaKey: true }))).toBe('undo');
  });

  it('reads Ctrl+Shift+Z (Z arrives upper-case) and Ctrl+Y as redo', () => {
    expect(undoShortcutOf(key({ key: 'Z', ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(undoShortcutOf(key({ key: 'z', metaKey: true, shiftKey: true }))).toBe('redo');
    expect(undoShortcutOf(key({ key: 'y', ctrlKey: true }))).toBe('redo');
  });

  it('ignores plain letters, Alt combinations and other shortcuts', () => {
    expect(undoShortcutOf(key({ key: 'z' }))).toBeNull();
    expect(undoShortcutOf(key({ key: 'z', ctrlKey: true, altKey: true }))).toBeNull();
    expect(undoShortcutOf(key({ key: 'Y', ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(undoShortcutOf(key({ key: 's', ctrlKey: true }))).toBeNull();
  });
});
