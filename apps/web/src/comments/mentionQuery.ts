import type { BoardPerson, PersonRef } from '../api/commentTypes';
import { mentionMarker } from './commentBody';

/** The `@word` being typed at the caret: where its `@` is and what follows it. */
export interface MentionQuery {
  /** Index of the `@` in the text. */
  readonly start: number;
  /** What the person typed after `@`, up to the caret. */
  readonly query: string;
}

/** How many people the autocomplete lists at most. */
export const MENTION_SUGGESTION_LIMIT = 8;

/** A name may hold spaces ("Mia (marketing)"), so the query may too, up to this length. */
const MAX_QUERY_LENGTH = 40;

/**
 * The mention being typed when the caret at `caret` follows `@` plus a query, else null. The
 * `@` must start the text or follow whitespace or an opening bracket (so `mia@example.com` is
 * no mention); a newline or `<`/`>` ends the query.
 */
export function findMentionQuery(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at < 0) return null;
  const query = before.slice(at + 1);
  if (query.length > MAX_QUERY_LENGTH || /[\n<>@]/.test(query) || query.startsWith(' ')) {
    return null;
  }
  const previous = at === 0 ? '' : (before[at - 1] ?? '');
  if (previous !== '' && !/[\s([{]/.test(previous)) return null;
  return { start: at, query };
}

/** Case- and accent-insensitive form for matching names. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/**
 * The people whose name matches `query`: names starting with it first, then names with a word
 * starting with it, then names containing it; alphabetical within each group; `excludeId`
 * (the writer) left out; at most `limit`.
 */
export function filterMentionCandidates(
  people: readonly BoardPerson[],
  query: string,
  excludeId: string | null,
  limit = MENTION_SUGGESTION_LIMIT,
): BoardPerson[] {
  const wanted = fold(query.trim());
  const rank = (name: string): number => {
    const folded = fold(name);
    if (folded.startsWith(wanted)) return 0;
    if (folded.split(/[\s()[\]\-_.]+/).some((word) => word.startsWith(wanted))) return 1;
    if (folded.includes(wanted)) return 2;
    return -1;
  };
  return people
    .filter((person) => person.id !== excludeId)
    .map((person) => ({ person, rank: rank(person.name) }))
    .filter(({ rank: found }) => found >= 0)
    .sort((a, b) => a.rank - b.rank || a.person.name.localeCompare(b.person.name))
    .slice(0, limit)
    .map(({ person }) => person);
}

/** `text` with the mention query replaced by `@Name `, and where the caret goes after it. */
export function insertMention(
  text: string,
  mention: MentionQuery,
  caret: number,
  name: string,
): { readonly text: string; readonly caret: number } {
  const inserted = `@${name} `;
  const next = text.slice(0, mention.start) + inserted + text.slice(caret);
  return { text: next, caret: mention.start + inserted.length };
}

/** `text` with every `needle` not followed by a letter or digit replaced by `replacement`. */
function replaceWholeName(text: string, needle: string, replacement: string): string {
  let result = '';
  let position = 0;
  for (let found = text.indexOf(needle); found >= 0; found = text.indexOf(needle, found + 1)) {
    if (found < position) continue;
    const next = text.slice(found + needle.length, found + needle.length + 1);
    if (/[\p{L}\p{N}]/u.test(next)) continue;
    result += text.slice(position, found) + replacement;
    position = found + needle.length;
  }
  return result + text.slice(position);
}

/**
 * The body to send: every `@Name` of a person chosen in the autocomplete becomes `<@id>`.
 * Longer names go first, so "@Eli Stone" is not taken for "@Eli" plus text, and a
 * name must end where a word ends ("@Elias" is not "@Eli"); an `@Name` the
 * writer edited afterwards no longer matches and stays text.
 */
export function encodeMentions(text: string, chosen: readonly PersonRef[]): string {
  const longestFirst = [...chosen].sort((a, b) => b.name.length - a.name.length);
  let encoded = text;
  for (const person of longestFirst) {
    encoded = replaceWholeName(encoded, `@${person.name}`, mentionMarker(person.id));
  }
  return encoded;
}

/**
 * A stored body as the composer shows it for editing: `<@id>` as `@Name` for people whose name
 * is known (they count as chosen, so saving writes them back as markers); unknown ones stay raw.
 */
export function decodeMentions(
  body: string,
  nameOf: (personId: string) => string | null,
): { readonly text: string; readonly chosen: readonly PersonRef[] } {
  const chosen = new Map<string, PersonRef>();
  const text = body.replace(/<@([^\s<>]+)>/g, (marker, id: string) => {
    const name = nameOf(id);
    if (name === null) return marker;
    chosen.set(id, { id, name });
    return `@${name}`;
  });
  return { text, chosen: [...chosen.values()] };
}
