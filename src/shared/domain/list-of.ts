/** Items in a sentence: "A", "A and B", "A, B and C" (no comma before "and", as the app writes). */
export function listOf(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}
