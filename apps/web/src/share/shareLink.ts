/**
 * The link that opens board `boardId` with `token`. The token rides in the fragment, which
 * browsers never send to servers or put in Referer headers; the app moves it into session
 * storage and removes it from the address bar on arrival.
 */
export function shareLink(origin: string, boardId: string, token: string): string {
  return `${origin}/b/${encodeURIComponent(boardId)}#token=${encodeURIComponent(token)}`;
}
