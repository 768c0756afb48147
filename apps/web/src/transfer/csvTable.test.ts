import { describe, expect, it } from 'vitest';
import { choosableHeaders, csvTable } from './csvTable';

describe('csvTable', () => {
  it('reads the header row and previews the first rows', () => {
    const rows = Array.from({ length: 8 }, (_, index) => `Item ${index + 1},Now`);
    const table = csvTable(['Title,Horizon', ...rows].join('\n'));
    expect(table?.headers).toEqual(['Title', 'Horizon']);
    expect(table?.preview).toHaveLength(5);
    expect(table?.preview[0]).toEqual(['Item 1', 'Now']);
    expect(table?.rowCount).toBe(8);
  });

  it('drops a byte order mark and keeps quoted commas, quotes and new lines', () => {
    const table = csvTable('\uFEFFSummary,Description\r\n"A, b","Line one\r\nsaid ""hi"""\r\n');
    expect(table?.headers).toEqual(['Summary', 'Description']);
    expect(table?.preview[0]).toEqual(['A, b', 'Line one\r\nsaid "hi"']);
    expect(table?.rowCount).toBe(1);
  });

  it('guesses semicolons, trims headers and skips empty lines', () => {
    const table = csvTable(' Title ;Owner\n\nA;Ada\n\nB;Bo\n');
    expect(table?.headers).toEqual(['Title', 'Owner']);
    expect(table?.rowCount).toBe(2);
  });

  it('keeps markup as text', () => {
    const table = csvTable('Title\n<img src=x onerror=alert(1)>\n');
    expect(table?.preview[0]).toEqual(['<img src=x onerror=alert(1)>']);
  });

  it('is null without a header row', () => {
    expect(csvTable('')).toBeNull();
    expect(csvTable('\uFEFF\n\n')).toBeNull();
    expect(csvTable(',,\n')).toBeNull();
  });
});

describe('choosableHeaders', () => {
  it('lists repeated headers once and leaves out blank ones', () => {
    expect(choosableHeaders(['Summary', 'Labels', 'Labels', ' ', '', 'Status'])).toEqual([
      'Summary',
      'Labels',
      'Status',
    ]);
  });
});
