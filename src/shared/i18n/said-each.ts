import { said, type Said } from './said';

/**
 * A value a helper words in each language that ICU cannot (a date through printedDate, an
 * amount through the unit glossary): both wordings travel, and each language's message shows
 * its own.
 */
export function saidEach(words: { en: string; es: string }): Said {
  return said('findings.amount', words);
}
