import { describe, expect, it } from 'vitest';
import { parseCommentBody, plainTextOf } from './commentBody';

const names: Record<string, string> = { u_eli: 'Eli', u_mia: 'Mia (marketing)' };
const nameOf = (id: string): string | null => names[id] ?? null;

describe('parseCommentBody', () => {
  it('splits text, mentions and links', () => {
    expect(
      parseCommentBody('Can we move this? <@u_eli> see https://example.com/spec.', nameOf),
    ).toEqual([
      { type: 'text', text: 'Can we move this? ' },
      { type: 'mention', personId: 'u_eli', name: 'Eli' },
      { type: 'text', text: ' see ' },
      { type: 'link', href: 'https://example.com/spec', text: 'https://example.com/spec' },
      { type: 'text', text: '.' },
    ]);
  });

  it('names unknown people null and keeps adjacent mentions apart', () => {
    expect(parseCommentBody('<@u_mia><@u_gone>', nameOf)).toEqual([
      { type: 'mention', personId: 'u_mia', name: 'Mia (marketing)' },
      { type: 'mention', personId: 'u_gone', name: null },
    ]);
  });

  it('leaves markup and non-http schemes as text', () => {
    const body = '<img src=x onerror=alert(1)> javascript:alert(1) <script>x</script>';
    expect(parseCommentBody(body, nameOf)).toEqual([{ type: 'text', text: body }]);
  });

  it('does not let a link swallow a closing bracket or a following mention', () => {
    expect(parseCommentBody('(http://a.test/x)<@u_eli>', nameOf)).toEqual([
      { type: 'text', text: '(' },
      { type: 'link', href: 'http://a.test/x', text: 'http://a.test/x' },
      { type: 'text', text: ')' },
      { type: 'mention', personId: 'u_eli', name: 'Eli' },
    ]);
  });

  it('gives no segments for an empty body and keeps unicode intact', () => {
    expect(parseCommentBody('', nameOf)).toEqual([]);
    expect(parseCommentBody('Ṱ̺̺̕o͞ 👍🏽 مرحبا', nameOf)).toEqual([
      { type: 'text', text: 'Ṱ̺̺̕o͞ 👍🏽 مرحبا' },
    ]);
  });

  it('reads as plain text with @names', () => {
    expect(plainTextOf(parseCommentBody('hi <@u_eli> and <@u_x>', nameOf))).toBe(
      'hi @Eli and @someone',
    );
  });
});
