import type { VotableAnchor } from './votableShapes';

/** Own dots drawn as circles up to this many; the count is written beside them anyway. */
const MAX_DRAWN_DOTS = 5;

interface OwnDotsProps {
  readonly anchor: VotableAnchor;
  readonly dots: number;
  readonly canAdd: boolean;
  /** The person's presence color, so their dots look like theirs. */
  readonly color: string;
  readonly onChange: (delta: number) => void;
}

/** The person's dots on one shape, with "−" and "+", pinned to the shape's top-right corner. */
export function OwnDots({ anchor, dots, canAdd, color, onChange }: OwnDotsProps) {
  return (
    <div
      className="own-dots"
      role="group"
      aria-label={`Your dots on ${anchor.label}`}
      style={{ left: anchor.x, top: anchor.y }}
    >
      <button
        type="button"
        className="own-dots__button"
        aria-label={`Remove a dot from ${anchor.label}`}
        disabled={dots === 0}
        onClick={() => onChange(-1)}
      >
        −
      </button>
      <span className="own-dots__circles" aria-hidden="true">
        {Array.from({ length: Math.min(dots, MAX_DRAWN_DOTS) }, (_, index) => (
          <span key={index} className="own-dots__circle" style={{ background: color }} />
        ))}
      </span>
      <span className="own-dots__count">{dots}</span>
      <button
        type="button"
        className="own-dots__button"
        aria-label={`Add a dot to ${anchor.label}`}
        disabled={!canAdd}
        onClick={() => onChange(1)}
      >
        +
      </button>
    </div>
  );
}
