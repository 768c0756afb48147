import { richTextToPlain } from '@cairn/canvas';
import { LIMITS } from '@cairn/model';

/**
 * The title of the roadmap item a sticky becomes: its plain text (one line per paragraph),
 * trimmed and cut to the model's title limit in code points (never inside a surrogate pair),
 * then trimmed again. Null when the sticky holds no text, since an item needs a title.
 * Reads the rich text defensively: it comes from the shared document.
 */
export function stickyTitle(richText: unknown): string | null {
  const whole = richTextToPlain(richText).trim();
  const title = [...whole].slice(0, LIMITS.titleLength).join('').trim();
  return title === '' ? null : title;
}
