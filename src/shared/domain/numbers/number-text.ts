import type { Language } from '../printed-date';

// US Spanish writes numbers as US English does ("1,000", "2.5"): the app's Spanish readers are
// customers of a US utility, and a "1.000" could be misread as one by an English-speaking board.
const locales: Record<Language, string> = { en: 'en-US', es: 'es-US' };

// Building an Intl object is slow next to formatting with one, and a PDF formats thousands.
const formats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function formatOf(language: Language, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${language}:${maximumFractionDigits}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locales[language], { maximumFractionDigits });
    formats.set(key, format);
  }
  return format;
}

function rulesOf(language: Language, maximumFractionDigits: number): Intl.PluralRules {
  const key = `${language}:${maximumFractionDigits}`;
  let rules = pluralRules.get(key);
  if (rules === undefined) {
    rules = new Intl.PluralRules(locales[language], { maximumFractionDigits });
    pluralRules.set(key, rules);
  }
  return rules;
}

/** A number as every screen and PDF prints it: "1,000", "2.5", "0.33" (two decimals at most). */
export function formatNumber(value: number, language: Language = 'en', maximumFractionDigits = 2) {
  return formatOf(language, maximumFractionDigits).format(value);
}

/**
 * Whether a number takes the singular ("1 day", "1 día") or the plural ("0 days", "1.5 days"),
 * judged on the number as printed: 1.004 prints as "1", so it reads "1 day".
 */
export function takesSingular(
  value: number,
  language: Language = 'en',
  maximumFractionDigits = 2,
): boolean {
  // Spanish has a "many" form for millions ("un millón de días"); a figure takes the plural.
  return rulesOf(language, maximumFractionDigits).select(value) === 'one';
}
