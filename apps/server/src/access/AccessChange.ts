/**
 * Whose access just changed, so their open sockets are re-checked at once: every connection of
 * a person (user or token id), or every connection that presented a share link.
 */
export type AccessChange = { readonly personId: string } | { readonly linkId: string };
