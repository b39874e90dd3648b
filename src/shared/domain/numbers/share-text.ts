import type { Language } from '../printed-date';

/**
 * A share in whole percent that never says more than the counts do: "under 1%" rather than
 * "0%" for a few, "over 99%" rather than "100%" for all but a few. The screens and the papers
 * both say shares so.
 */
export function shareText(part: number, whole: number, language: Language): string {
  if (whole === 0) return '—';
  const format = (share: number) =>
    share.toLocaleString(language, { style: 'percent', maximumFractionDigits: 0 });
  const share = part / whole;
  if (part > 0 && share < 0.005)
    return language === 'es' ? `menos de ${format(0.01)}` : `under ${format(0.01)}`;
  if (part < whole && share >= 0.995)
    return language === 'es' ? `más de ${format(0.99)}` : `over ${format(0.99)}`;
  return format(share);
}
