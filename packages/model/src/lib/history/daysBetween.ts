const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function utcDay(isoDate: string): number | undefined {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return undefined;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000;
}

/**
 * Calendar days from one 'YYYY-MM-DD' date to another (negative when `to` is earlier), counted
 * on UTC days so every reader gets the same number; null when either is missing or not a date.
 */
export function daysBetween(from: string | null, to: string | null): number | null {
  if (from === null || to === null) return null;
  const start = utcDay(from);
  const end = utcDay(to);
  return start === undefined || end === undefined ? null : Math.round(end - start);
}
