// "%", "% of production", "% a year", "percent of customers": the goal counts a share of a whole.
const shareUnit = /^(?:%|percent\b|per cent\b)/i;

/**
 * Whether a goal's unit makes its numbers shares of a whole, which can be at most 100%. Every
 * percent unit in the goal library is such a share; a ratio that can pass 100 (storage as a
 * multiple of a day's demand) is better written without the % sign, such as "days of demand".
 */
export function isShareUnit(unit: string): boolean {
  return shareUnit.test(unit.trim());
}
