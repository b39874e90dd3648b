/** "Fecha de Recepción" → ["fecha", "de", "recepcion"]: headers compared by their words. */
export function headerWords(header: string): string[] {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/**
 * Gives each column, in `order`, the header scoring highest for it (above 0) among those not
 * `taken`, and marks it taken, so an earlier column's pick is never offered to a later one.
 */
export function pickHeaders<C extends string>(
  headers: string[],
  order: readonly C[],
  score: (words: string[], column: C) => number,
  taken: Set<number> = new Set(),
): Partial<Record<C, string>> {
  const words = headers.map(headerWords);
  const picked: Partial<Record<C, string>> = {};
  for (const column of order) {
    let bestIndex = -1;
    let bestScore = 0;
    words.forEach((candidate, index) => {
      if (taken.has(index)) return;
      const found = score(candidate, column);
      if (found > bestScore) {
        bestScore = found;
        bestIndex = index;
      }
    });
    const header = headers[bestIndex];
    if (header !== undefined) {
      taken.add(bestIndex);
      picked[column] = header;
    }
  }
  return picked;
}
