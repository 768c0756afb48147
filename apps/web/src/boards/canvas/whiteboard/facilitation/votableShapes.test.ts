import { describe, expect, it } from 'vitest';
import { shortLabel } from './votableShapes';

describe('shortLabel', () => {
  it('keeps short text as it is, on one line', () => {
    expect(shortLabel('Interview five customers')).toBe('Interview five customers');
    expect(shortLabel('Two\nlines')).toBe('Two lines');
  });

  it('cuts long text at 60 characters, never inside a surrogate pair', () => {
    const long = '🪨'.repeat(100);
    const label = shortLabel(long);
    expect([...label]).toHaveLength(60);
    expect(label.endsWith('…')).toBe(true);
    expect(label.slice(0, -1)).toBe('🪨'.repeat(59));
  });
});
