import { LIMITS } from '@cairn/model';
import { describe, expect, it } from 'vitest';
import { stickyTitle } from './stickyTitle';

/** tldraw's rich text for paragraphs of plain text, as a note stores it. */
function richText(...paragraphs: string[]) {
  return {
    type: 'doc',
    content: paragraphs.map((text) => ({
      type: 'paragraph',
      ...(text === '' ? {} : { content: [{ type: 'text', text }] }),
    })),
  };
}

describe('stickyTitle', () => {
  it('keeps the text exactly, trimmed at both ends', () => {
    expect(stickyTitle(richText('  Interview five customers \t'))).toBe('Interview five customers');
    expect(stickyTitle(richText('<script>alert(1)</script> & "quotes"'))).toBe(
      '<script>alert(1)</script> & "quotes"',
    );
  });

  it('puts each paragraph and hard break on its own line, joining marked runs', () => {
    const marked = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Faster ' },
            { type: 'text', text: 'exports', marks: [{ type: 'bold' }] },
            { type: 'hardBreak' },
            { type: 'text', text: 'for admins' },
          ],
        },
        { type: 'paragraph' },
        { type: 'paragraph', content: [{ type: 'text', text: 'Q3' }] },
      ],
    };
    expect(stickyTitle(marked)).toBe('Faster exports\nfor admins\n\nQ3');
  });

  it('cuts to the title limit in code points, never splitting an astral character', () => {
    const long = '🚀'.repeat(LIMITS.titleLength + 10);
    const title = stickyTitle(richText(long));
    expect([...(title ?? '')]).toHaveLength(LIMITS.titleLength);
    expect(title).toBe('🚀'.repeat(LIMITS.titleLength));
  });

  it('trims again after the cut, so no title ends in a space', () => {
    const text = `${'a'.repeat(LIMITS.titleLength - 1)} and more`;
    expect(stickyTitle(richText(text))).toBe('a'.repeat(LIMITS.titleLength - 1));
  });

  it('gives null for an empty or blank sticky', () => {
    expect(stickyTitle(richText())).toBeNull();
    expect(stickyTitle(richText('', '   '))).toBeNull();
  });

  it('reads foreign values as empty instead of throwing', () => {
    for (const value of [null, undefined, 42, 'text', [], { content: 'no' }, { content: [7] }]) {
      expect(stickyTitle(value)).toBeNull();
    }
  });
});
