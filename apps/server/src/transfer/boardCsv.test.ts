import { describe, expect, it } from 'vitest';
import { neutraliseCell, restoreCell } from './boardCsv.js';

describe('neutralising CSV cells', () => {
  it('puts a quote before cells a spreadsheet would run as a formula, and only those', () => {
    const cases: [string, string][] = [
      ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
      ['+1', "'+1"],
      ['-1', "'-1"],
      ['@cmd', "'@cmd"],
      ['\t=1', "'\t=1"],
      ['\r=1', "'\r=1"],
      ['   =HYPERLINK("x")', `'   =HYPERLINK("x")`],
      ["'=1", "''=1"],
      ["'hello", "'hello"],
      ['Usage billing', 'Usage billing'],
      ['a=b', 'a=b'],
    ];
    for (const [cell, written] of cases) {
      expect(neutraliseCell(cell), JSON.stringify(cell)).toBe(written);
      expect(restoreCell(written), JSON.stringify(cell)).toBe(cell);
    }
    expect(neutraliseCell(-3)).toBe('-3');
    expect(neutraliseCell(null)).toBe('');
  });
});
