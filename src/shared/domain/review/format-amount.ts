/** A number with its unit as a volunteer would write it: "20 psi", "15%", "1,800 kWh/MG". */
export function formatAmount(value: number, unit: string): string {
  const number = value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const trimmed = unit.trim();
  if (trimmed === '') return number;
  return trimmed.startsWith('%') ? `${number}${trimmed}` : `${number} ${trimmed}`;
}
