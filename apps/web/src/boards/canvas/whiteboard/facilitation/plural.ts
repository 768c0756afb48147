/** `count` with the noun in the right number: "1 dot", "3 dots". */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
