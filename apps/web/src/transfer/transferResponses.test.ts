import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/ApiError';
import {
  entryCount,
  parseImportedBoard,
  parseImportFields,
  parseImportProblems,
  problemText,
} from './transferResponses';

describe('parseImportFields', () => {
  it('reads fields and presets', () => {
    const parsed = parseImportFields({
      fields: [
        { name: 'title', label: 'Title', required: true, description: 'The item title.' },
        { name: 'owner', label: 'Owner', required: false },
      ],
      presets: { jira: { title: 'Summary', owner: 'Assignee' } },
    });
    expect(parsed.fields).toEqual([
      { name: 'title', label: 'Title', required: true, description: 'The item title.' },
      { name: 'owner', label: 'Owner', required: false, description: '' },
    ]);
    expect(parsed.presets['jira']).toEqual({ title: 'Summary', owner: 'Assignee' });
  });

  it('refuses an answer of another shape with a readable error', () => {
    expect(() => parseImportFields({ fields: 'x' })).toThrow(ApiError);
    expect(() => parseImportFields({ fields: [], presets: { jira: { title: 3 } } })).toThrow(
      /unexpected import preset/,
    );
  });
});

describe('parseImportedBoard', () => {
  it('reads the board and counts entries given as a number or a list', () => {
    const board = { id: 'b1', kind: 'roadmap', title: 'Plan', extra: true };
    expect(parseImportedBoard({ board, entries: 3 })).toEqual({
      board: { id: 'b1', kind: 'roadmap', title: 'Plan' },
      entries: 3,
    });
    expect(parseImportedBoard({ board, entries: [{}, {}] }).entries).toBe(2);
  });

  it('refuses a count that is not one', () => {
    expect(() => entryCount(-1)).toThrow(ApiError);
    expect(() => entryCount('3')).toThrow(ApiError);
  });
});

describe('problems', () => {
  it('reads problems and words them', () => {
    const problems = parseImportProblems([
      { row: 12, column: 'Due date', reason: 'not a date: 31/02/2026' },
      { row: 3, column: null, reason: 'the title is empty' },
      { row: null, column: null, reason: 'the file has no rows' },
    ]);
    expect(problems.map(problemText)).toEqual([
      'Row 12, Due date: not a date: 31/02/2026',
      'Row 3: the title is empty',
      'the file has no rows',
    ]);
    expect(parseImportProblems(undefined)).toEqual([]);
  });
});
