import type { Readiness } from '@cairn/model';

interface ReadinessBarProps {
  readonly readiness: Readiness;
  /** Accessible name, e.g. "Marketing readiness". */
  readonly label: string;
}

/** Done tasks over counted tasks as a bar and a number; "No tasks" when nothing counts. */
export function ReadinessBar({ readiness, label }: ReadinessBarProps) {
  const { percent, done, total } = readiness;
  return (
    <div className="readiness" data-testid="readiness">
      {percent === null ? (
        <span className="readiness__text">No tasks</span>
      ) : (
        <>
          <span
            className="readiness__bar"
            role="progressbar"
            aria-label={label}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            aria-valuetext={`${percent}% ready, ${done} of ${total} tasks done`}
          >
            <span className="readiness__fill" style={{ width: `${percent}%` }} />
          </span>
          <span className="readiness__text" aria-hidden="true">
            {percent}% · {done}/{total}
          </span>
        </>
      )}
    </div>
  );
}
