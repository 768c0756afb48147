/**
 * A mention as written in a body: `<@personId>`. Ids are what the server hands out (`u_…`, token
 * ids, never whitespace or angle brackets), so anything else between `<@` and `>` is just text.
 */
const MENTION = /<@([^\s<>]{1,200})>/gu;

/** The person ids a body mentions, each once, in the order they first appear. */
export function parseMentions(body: string): string[] {
  return [...new Set(Array.from(body.matchAll(MENTION), (match) => match[1] as string))];
}

/** `body` with every mention of a known person shown as `@Name`; unknown ones stay as written. */
export function showMentions(body: string, names: ReadonlyMap<string, string>): string {
  return body.replace(MENTION, (written, id: string) => {
    const name = names.get(id);
    return name === undefined ? written : `@${name}`;
  });
}
