import { format } from 'date-fns';

/** 'in-progress' → 'In progress', 'tier-1' → 'Tier 1'. */
export function words(value: string): string {
  const spaced = value.replace(/-/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** '2026-10-01' → '1 Oct 2026', read as a calendar day wherever the reader is. */
export function dateText(value: string): string {
  return format(new Date(`${value}T00:00:00`), 'd MMM yyyy');
}
