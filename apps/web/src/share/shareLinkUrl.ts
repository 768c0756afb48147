/**
 * The address that opens board `boardId` with share link secret `secret`: `/b/<id>#link=<secret>`.
 * The secret rides in the fragment, which browsers never send to servers or put in Referer
 * headers; the app moves it into session storage and removes it from the address bar on arrival.
 */
export function shareLinkUrl(origin: string, boardId: string, secret: string): string {
  return `${origin}/b/${encodeURIComponent(boardId)}#link=${encodeURIComponent(secret)}`;
}
