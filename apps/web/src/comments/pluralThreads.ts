/** "1 open thread", "2 open threads": `noun` with the count, made plural with an s. */
export function pluralThreads(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
