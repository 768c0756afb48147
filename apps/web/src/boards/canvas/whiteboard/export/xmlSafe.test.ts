import { describe, expect, it } from 'vitest';
import { xmlSafe } from './xmlSafe';

describe('xmlSafe', () => {
  it('replaces what XML 1.0 forbids and keeps tabs, line breaks and every other character', () => {
    expect(xmlSafe('Roses are \u001b[0;31mred\u001b[0m')).toBe(
      'Roses are \uFFFD[0;31mred\uFFFD[0m',
    );
    expect(xmlSafe('a\u0000b\u000Bc\uFFFEd\uFFFF')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFD');
    expect(xmlSafe('lone \uD800 surrogate')).toBe('lone \uFFFD surrogate');
    const kept = 'tab\tline\nreturn\r émoji 🎉 中文 <b>&amp;</b>';
    expect(xmlSafe(kept)).toBe(kept);
  });
});
