import { createHash } from 'node:crypto';

/** Colors that stay readable with white initials and on a white board. */
const PALETTE = [
  '#d9480f',
  '#c2255c',
  '#9c36b5',
  '#6741d9',
  '#3b5bdb',
  '#1971c2',
  '#0c8599',
  '#099268',
  '#2b8a3e',
  '#5c940d',
  '#e67700',
  '#495057',
] as const;

/** The color a person shows in everyone's presence: the same on every board and every visit. */
export function presenceColor(identityId: string): string {
  const byte = createHash('sha256').update(identityId).digest()[0] ?? 0;
  return PALETTE[byte % PALETTE.length] as string;
}
