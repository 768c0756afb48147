interface ProgressBarProps {
  /** 0 to 1. */
  readonly value: number;
  /** Accessible name, e.g. "Progress of Weekly active teams". */
  readonly label: string;
}

/** A progress bar with its percentage, announced as a progressbar. */
export function ProgressBar({ value, label }: ProgressBarProps) {
  const percent = Math.round(value * 100);
  return (
    <div className="progress">
      <div
        className="progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className="progress__fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="progress__value" aria-hidden="true">
        {percent}%
      </span>
    </div>
  );
}
