import { describe, expect, it } from 'vitest';
import {
  contentDispositionFileName,
  exportFileName,
  safeFileName,
} from './contentDispositionFileName';

describe('contentDispositionFileName', () => {
  it('reads a quoted filename', () => {
    expect(contentDispositionFileName('attachment; filename="Roadmap 2026.csv"', 'x')).toBe(
      'Roadmap 2026.csv',
    );
  });

  it('reads a bare filename', () => {
    expect(contentDispositionFileName('attachment; filename=roadmap.json', 'x')).toBe(
      'roadmap.json',
    );
  });

  it('prefers the UTF-8 filename* over the ASCII fallback', () => {
    const header = `attachment; filename="Feuille de route.md"; filename*=UTF-8''Feuille%20de%20route%20%E2%9C%93.md`;
    expect(contentDispositionFileName(header, 'x')).toBe('Feuille de route ✓.md');
  });

  it('falls back to filename when filename* is broken', () => {
    const header = `attachment; filename*=UTF-8''bad%E2%9.md; filename="plain.md"`;
    expect(contentDispositionFileName(header, 'x')).toBe('plain.md');
  });

  it('unescapes quoted characters', () => {
    expect(contentDispositionFileName('attachment; filename="a \\"b\\".ics"', 'x')).toBe(
      'a -b-.ics',
    );
  });

  it('uses the fallback without a header or a name', () => {
    expect(contentDispositionFileName(null, 'board.json')).toBe('board.json');
    expect(contentDispositionFileName('attachment', 'board.json')).toBe('board.json');
  });

  it('never lets a path or a hidden name through', () => {
    expect(contentDispositionFileName('attachment; filename="../../etc/passwd"', 'x')).toBe(
      'etc-passwd',
    );
    expect(contentDispositionFileName(`attachment; filename*=UTF-8''..%2F.bashrc`, 'x')).toBe(
      'bashrc',
    );
    expect(contentDispositionFileName('attachment; filename="a\u0000b\nc.csv"', 'x')).toBe(
      'a-b-c.csv',
    );
  });
});

describe('safeFileName', () => {
  it('shortens long names and keeps the extension', () => {
    const name = safeFileName(`${'é'.repeat(300)}.json`, 'x');
    expect([...name]).toHaveLength(120);
    expect(name.endsWith('.json')).toBe(true);
  });

  it('falls back when nothing is left', () => {
    expect(safeFileName('  ...  ', 'board.png')).toBe('board.png');
  });
});

describe('exportFileName', () => {
  it('names the board and the view', () => {
    expect(exportFileName('  Product   roadmap ', 'Timeline', 'png')).toBe(
      'Product roadmap - Timeline.png',
    );
  });

  it('keeps hostile titles harmless', () => {
    expect(exportFileName('<img src=x onerror=alert(1)>', 'Board', 'pdf')).toBe(
      'img src=x onerror=alert(1)- - Board.pdf',
    );
    expect(exportFileName('', '', 'pdf')).toBe('board.pdf');
    expect(exportFileName('..', 'Table', 'png')).toBe('Table.png');
  });
});
