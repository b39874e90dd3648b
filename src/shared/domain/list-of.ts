/**
 * Items in a sentence: "A", "A and B", "A, B and C" (no comma before the last word, as the app
 * writes in English and as Spanish always does). The last word is the caller's: "or", "y", "o".
 */
export function listOf(items: string[], conjunction = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1] ?? ''}`;
}
