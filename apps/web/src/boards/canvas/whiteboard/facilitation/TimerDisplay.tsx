import { useEffect, useState } from 'react';
import { formatCountdown, timeLeft, type TimerSpan } from './countdown';

/** How often the display re-reads the local clock while the timer runs. */
const TICK_MS = 250;

interface TimerDisplayProps {
  /** The shared timer. Key the component by its `endsAt`. */
  readonly timer: TimerSpan;
  readonly clockOffsetMs: number;
}

/**
 * The time left on the shared timer as mm:ss, counted down on the local clock corrected by the
 * server clock offset (nothing travels while it runs), then "Time's up". Mount it keyed by
 * `endsAt`, so a new timer starts from a fresh reading of the clock.
 */
export function TimerDisplay({ timer, clockOffsetMs }: TimerDisplayProps) {
  const [now, setNow] = useState(() => Date.now());
  const left = timeLeft(timer, now, clockOffsetMs);
  const running = left > 0;

  useEffect(() => {
    if (!running) return undefined;
    const interval = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(interval);
  }, [running]);

  return (
    <span
      role="timer"
      aria-label="Workshop timer"
      className={running ? 'facilitation-timer' : 'facilitation-timer facilitation-timer--up'}
    >
      {running ? formatCountdown(left) : "Time's up"}
    </span>
  );
}
