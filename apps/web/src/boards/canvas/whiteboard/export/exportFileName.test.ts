import { describe, expect, it } from 'vitest';
import { exportFileName } from './exportFileName';

describe('exportFileName', () => {
  it('names the file after the board, with the format as extension', () => {
    expect(exportFileName('Discovery workshop', 'png')).toBe('Discovery workshop.png');
    expect(exportFileName('Q3 planning (draft)', 'svg')).toBe('Q3 planning (draft).svg');
  });

  it('keeps letters of every script and accents', () => {
    expect(exportFileName('Café discovery — 東京 ワークショップ', 'svg')).toBe(
      'Café discovery - 東京 ワークショップ.svg',
    );
  });

  it.each([
    ['path separators', '../../etc/passwd', 'etc-passwd.svg'],
    ['Windows separators and drive', 'C:\\Users\\board', 'C-Users-board.svg'],
    ['markup', '<script>alert(1)</script>', 'script-alert(1)-script.svg'],
    ['reserved characters', 'a*b?c"d|e:f', 'a-b-c-d-e-f.svg'],
    ['emoji and other symbols', 'Ship 🚀 it ✓', 'Ship - it.svg'],
    ['control characters and new lines', 'one\u0000two\nthree\u202Efour', 'one-two-three-four.svg'],
    ['a leading dot', '.hidden', 'hidden.svg'],
  ])('replaces %s', (_, title, expected) => {
    expect(exportFileName(title, 'svg')).toBe(expected);
  });

  it.each([[''], ['   '], ['...'], ['///'], ['CON'], ['lpt1']])(
    'falls back to "whiteboard" for %j',
    (title) => {
      expect(exportFileName(title, 'png')).toBe('whiteboard.png');
    },
  );

  it('cuts long titles, never inside a character', () => {
    // U+20000, a letter outside the Basic Multilingual Plane: two UTF-16 units, four UTF-8 bytes.
    const name = exportFileName('\u{20000}'.repeat(200), 'png');
    expect(name).toBe(`${'\u{20000}'.repeat(60)}.png`);
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
  });
});
