import { describe, expect, it } from 'vitest';
import type { BoardPerson } from '../api/commentTypes';
import {
  decodeMentions,
  encodeMentions,
  filterMentionCandidates,
  findMentionQuery,
  insertMention,
} from './mentionQuery';

const person = (id: string, name: string): BoardPerson => ({ id, name, kind: 'user' });
const people = [
  person('u_1', 'Eli Engineer'),
  person('u_2', 'Mia (marketing)'),
  person('u_3', 'Émile Zola'),
  person('u_4', 'Daniel Eliot'),
  person('u_5', 'Noelia'),
];

describe('findMentionQuery', () => {
  it('finds the @word at the caret', () => {
    expect(findMentionQuery('hello @el', 9)).toEqual({ start: 6, query: 'el' });
    expect(findMentionQuery('@', 1)).toEqual({ start: 0, query: '' });
    expect(findMentionQuery('(@mi', 4)).toEqual({ start: 1, query: 'mi' });
  });

  it('ignores e-mail addresses, finished mentions and other lines', () => {
    expect(findMentionQuery('mia@example.com', 15)).toBeNull();
    expect(findMentionQuery('<@u_1> ok', 9)).toBeNull();
    expect(findMentionQuery('@eli\nnext', 9)).toBeNull();
    expect(findMentionQuery('@ eli', 5)).toBeNull();
    expect(findMentionQuery('no mention', 10)).toBeNull();
  });
});

describe('filterMentionCandidates', () => {
  it('ranks name starts, then word starts, then substrings', () => {
    expect(filterMentionCandidates(people, 'eli', null).map((p) => p.id)).toEqual([
      'u_1',
      'u_4',
      'u_5',
    ]);
  });

  it('ignores case and accents, leaves out the writer, and limits', () => {
    expect(filterMentionCandidates(people, 'emi', null).map((p) => p.id)).toEqual(['u_3']);
    expect(filterMentionCandidates(people, 'MARK', null).map((p) => p.id)).toEqual(['u_2']);
    expect(filterMentionCandidates(people, '', 'u_1', 2).map((p) => p.id)).toEqual(['u_4', 'u_3']);
  });
});

describe('insertMention', () => {
  it('replaces the query with @Name and a space', () => {
    const text = 'ask @el about it';
    expect(insertMention(text, { start: 4, query: 'el' }, 7, 'Eli Engineer')).toEqual({
      text: 'ask @Eli Engineer  about it',
      caret: 18,
    });
  });
});

describe('encodeMentions and decodeMentions', () => {
  const eli = { id: 'u_1', name: 'Eli' };
  const eliStone = { id: 'u_2', name: 'Eli Stone' };

  it('writes chosen people as markers, longest names first', () => {
    expect(encodeMentions('@Eli Stone and @Eli, not @Elias', [eli, eliStone])).toBe(
      '<@u_2> and <@u_1>, not @Elias',
    );
    expect(encodeMentions('mail @Mia', [eli])).toBe('mail @Mia');
  });

  it('round-trips a stored body through the composer', () => {
    const names: Record<string, string> = { u_1: 'Eli', u_2: 'Eli Stone' };
    const decoded = decodeMentions('<@u_2> ok <@u_9>', (id) => names[id] ?? null);
    expect(decoded).toEqual({ text: '@Eli Stone ok <@u_9>', chosen: [eliStone] });
    expect(encodeMentions(decoded.text, decoded.chosen)).toBe('<@u_2> ok <@u_9>');
  });
});
