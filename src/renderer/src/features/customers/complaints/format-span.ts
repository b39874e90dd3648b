/** A time span as a board member reads it: minutes, hours, or days past two days. */
export function formatSpan(hours: number | null): string {
  if (hours === null) return '—';
  if (hours < 1) return `${Math.round(hours * 60)} min`;
  if (hours < 48) return `${roundTo(hours)} h`;
  return `${roundTo(hours / 24)} days`;
}

/** One decimal under ten (1.5 h), whole numbers above (26 h). */
function roundTo(value: number): string {
  return value < 10 ? String(Math.round(value * 10) / 10) : String(Math.round(value));
}
