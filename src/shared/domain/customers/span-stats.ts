/**
 * The p-th percentile (p from 0 to 1) by linear interpolation between the closest ranks, the
 * method of Excel's PERCENTILE.INC, so a board member checking the figure in a spreadsheet
 * gets the same number. Null for no values.
 */
export function percentile(values: number[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`percentile: p must be from 0 to 1, not ${p}.`);
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = p * (sorted.length - 1);
  const below = Math.floor(rank);
  const low = sorted[below] ?? 0;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] ?? low;
  return low + (rank - below) * (high - low);
}

/** The middle value (the mean of the two middle ones for an even count); null for no values. */
export function median(values: number[]): number | null {
  return percentile(values, 0.5);
}

/**
 * The p-th percentile (p from 0 to 1) as a value some item actually has: the smallest value at
 * or below which at least p of the items lie (the nearest-rank method). Used on whole days,
 * where "90% within 2 days" must be literally true and an interpolated "1.3 days" would claim a
 * precision the dates do not have. Null for no values.
 */
export function rankPercentile(values: number[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`rankPercentile: p must be from 0 to 1, not ${p}.`);
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  // The allowance keeps a product that floating point lands a hair above a whole rank on it.
  const rank = Math.max(1, Math.ceil(p * sorted.length - 1e-9));
  return sorted[rank - 1] ?? null;
}
