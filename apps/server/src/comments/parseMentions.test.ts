import { describe, expect, it } from 'vitest';
import { parseMentions, showMentions } from './parseMentions.js';

describe('parseMentions', () => {
  it('finds every mentioned id once, in order of first appearance', () => {
    expect(parseMentions('<@u_b> and <@tok-1>, again <@u_b>')).toEqual(['u_b', 'tok-1']);
  });

  it('ignores what only looks like a mention', () => {
    expect(parseMentions('<@> <@ u_a> <@u a> <@u<b> @u_c <u_d> <@@>')).toEqual(['@']);
    expect(parseMentions(`<@${'x'.repeat(201)}>`)).toEqual([]);
  });

  it('reads ids next to any Unicode text', () => {
    expect(parseMentions('👍<@u_é>🎉')).toEqual(['u_é']);
  });
});

describe('showMentions', () => {
  it('names known people and leaves the others as written', () => {
    const names = new Map([['u_a', 'Ada']]);
    expect(showMentions('hi <@u_a>, <@u_z>', names)).toBe('hi @Ada, <@u_z>');
  });

  it('never interprets a name as a replacement pattern', () => {
    expect(showMentions('<@u_a>', new Map([['u_a', "$& $1 $'"]]))).toBe("@$& $1 $'");
  });
});
