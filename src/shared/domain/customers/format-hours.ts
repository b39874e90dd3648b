/** Up to one decimal, without a trailing ".0": 1.5, 26, 0.3. */
function oneDecimal(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/**
 * A span of time as a board member reads it: "45 min" under an hour, "4 h" or "1.5 h" under two
 * days, then "3 days" or "2.5 days".
 */
export function formatHours(hours: number): string {
  if (hours < 1) return `${Math.round(hours * 60)} min`;
  if (hours < 48) return `${hours < 10 ? oneDecimal(hours) : Math.round(hours)} h`;
  const days = oneDecimal(hours / 24);
  return `${days} days`;
}
