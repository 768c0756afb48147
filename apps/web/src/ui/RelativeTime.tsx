const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];

function relative(ms: number, now: number): string {
  const diff = ms - now;
  const format = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(diff) >= size) return format.format(Math.round(diff / size), unit);
  }
  return 'just now';
}

interface RelativeTimeProps {
  readonly ms: number;
  /** The time to measure from, passed in so rendering stays pure. */
  readonly now: number;
}

/** "5 minutes ago", with the exact date and time as a tooltip and in the `datetime` attribute. */
export function RelativeTime({ ms, now }: RelativeTimeProps) {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return <span>unknown</span>;
  return (
    <time dateTime={date.toISOString()} title={date.toLocaleString()}>
      {relative(ms, now)}
    </time>
  );
}
