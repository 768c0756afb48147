/** Longest comment body, in code points (docs/comments.md). */
export const COMMENT_BODY_MAX = 5_000;

/**
 * The reactions a comment can get, in the order they are shown. A fixed short list keeps the
 * row of reactions readable and stops anyone from storing arbitrary text through the URL.
 */
export const REACTION_EMOJIS = ['👍', '❤️', '🎉', '😄', '👀', '🚀'] as const;
export type ReactionEmoji = (typeof REACTION_EMOJIS)[number];

export function isReactionEmoji(value: string): value is ReactionEmoji {
  return (REACTION_EMOJIS as readonly string[]).includes(value);
}
