import { formatNumber } from './number-text';

/**
 * A number with every digit it has and US thousands commas ("1,234.5678"), so showing it in a
 * field and reading it back never rounds it. The same text as `formatNumber(value, 'en', 20)`,
 * built from the number's own shortest spelling: the first Intl formatter a page builds costs
 * a slow laptop a tenth of a second, and step 1 draws its number fields at start-up.
 */
export function everyDigitText(value: number): string {
  const spelled = String(value);
  // Exponent spellings ("1e-7", "1e+21") are left to Intl, which writes them out in full.
  if (!/^-?\d+(\.\d+)?$/.test(spelled)) return formatNumber(value, 'en', 20);
  const [whole = '', fraction] = spelled.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
