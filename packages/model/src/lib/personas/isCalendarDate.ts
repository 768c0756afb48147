const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * True for an ISO calendar date 'YYYY-MM-DD' that exists: '2026-02-29' and '2026-13-01' are
 * refused, '2028-02-29' is accepted. Years 0001–9999.
 */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}
