/**
 * The bearer secret a tab was opened with, if any (docs/access.md): an API token from an access
 * link `#token=cairn_…`, or a share link's secret from `/b/<id>#link=cairnlink_…`. Either is sent
 * as `Authorization: Bearer` and as the provider token; without one the session cookie speaks.
 */
export type TabCredential =
  | { readonly kind: 'token'; readonly secret: string }
  | { readonly kind: 'link'; readonly secret: string };
