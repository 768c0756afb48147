import type { CSSProperties } from 'react';
import { initialsOf } from '../../../../ui/initialsOf';
import { readableTextColor } from '../../../../ui/readableTextColor';

/** A person's initials in their presence colour; decorative, since their name is shown beside it. */
export function PersonAvatar({ name, color }: { readonly name: string; readonly color: string }) {
  return (
    <span
      className="presence__avatar"
      aria-hidden="true"
      style={
        {
          '--avatar-color': color,
          '--avatar-text': readableTextColor(color),
        } as CSSProperties
      }
    >
      {initialsOf(name)}
    </span>
  );
}
