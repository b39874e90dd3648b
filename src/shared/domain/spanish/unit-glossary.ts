import { knownUnits, unitSymbols, type KnownUnit } from '../numbers/known-units';
import { formatNumber, takesSingular } from '../numbers/number-text';
import type { WordForms } from '../numbers/plural';

// The built-in glossary: the units and terms boards type, said in Spanish so most goals need no
// typing (issue 17). A unit is read as a noun ("main breaks"), then what it is counted over
// ("per 100 miles of main", "per year"), each part said in Spanish in the same order: "roturas
// de tubería principal por cada 100 millas al año". A unit with any part it does not know is not
// guessed at: the board writes its Spanish.

// English spellings, and the Spanish ones: a unit already typed in Spanish is recognised too.
const nouns = new Map<string, KnownUnit>(
  knownUnits.flatMap((unit) =>
    [unit.en.one, unit.en.other, ...(unit.also ?? []), unit.es.one, unit.es.other].map(
      (spelling) => [spelling.toLowerCase(), unit] as const,
    ),
  ),
);

/** Whole units that are not a noun and a rate. */
const phrases = new Map<string, string>([
  ['yes/no', 'sí/no'],
  ['yes or no', 'sí o no'],
  ['percent', 'por ciento'],
]);

/** "per year" and its like: the few periods a goal is counted over. */
const periods = new Map<string, string>([
  ['year', 'al año'],
  ['yr', 'al año'],
  ['month', 'al mes'],
  ['week', 'a la semana'],
  ['day', 'al día'],
]);

/** What "of …" names after a noun: "miles of main", "hours of notice". */
const complements = new Map<string, string>([
  ['main', 'de tubería principal'],
  ['mains', 'de tubería principal'],
  ['water main', 'de tubería principal'],
  ['pipe', 'de tubería'],
  ['sewer', 'de alcantarillado'],
  ['sewer main', 'de alcantarillado'],
  ['sewer line', 'de alcantarillado'],
  ['notice', 'de aviso'],
  ['advance notice', 'de aviso previo'],
  ['service', 'de servicio'],
  ['water', 'de agua'],
]);

const rateWords = new Set(['per', 'a', 'an', 'each', 'every']);
const figure = /^\d[\d,]*(?:\.\d+)?$/;

function likeFirstLetter(typed: string, word: string): string {
  const first = typed.charAt(0);
  return first !== first.toLowerCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** The unit's noun in Spanish, singular and plural; a symbol stays as typed. */
function nounForms(words: string[]): WordForms | null {
  const typed = words.join(' ');
  if (typed === '') return { one: '', other: '' };
  const lower = typed.toLowerCase();
  if (unitSymbols.has(lower)) return { one: typed, other: typed };
  const known = nouns.get(lower);
  if (known === undefined) return null;
  return {
    one: likeFirstLetter(typed, known.es.one),
    other: likeFirstLetter(typed, known.es.other),
  };
}

/** "per 1,000 connections", "per person", "per million gallons", "a year" in Spanish. */
function rateInSpanish(words: string[]): string | null {
  const [first = '', ...rest] = words;
  const lower = words.join(' ').toLowerCase();
  const period = periods.get(lower);
  if (period !== undefined) return period;
  if (first.toLowerCase() === 'million' || first.toLowerCase() === 'thousand') {
    const counted = nouns.get(rest.join(' ').toLowerCase());
    if (counted === undefined) return null;
    const amount = first.toLowerCase() === 'million' ? 'millón de' : 'cada mil';
    return `por ${amount} ${counted.es.other}`;
  }
  if (figure.test(first)) {
    const count = Number(first.replaceAll(',', ''));
    const counted = nouns.get(rest.join(' ').toLowerCase());
    if (counted === undefined || !Number.isFinite(count)) return null;
    const noun = takesSingular(count, 'es') ? counted.es.one : counted.es.other;
    return `por cada ${formatNumber(count, 'es')} ${noun}`;
  }
  const counted = nouns.get(lower);
  return counted === undefined ? null : `por ${counted.es.one}`;
}

/** The parts after the noun: each rate ("per …") or complement ("of …") in Spanish, in order. */
function tailInSpanish(parts: { starter: string; words: string[] }[]): string | null {
  const said: string[] = [];
  for (const { starter, words } of parts) {
    const spanish =
      starter === 'of' ? complements.get(words.join(' ').toLowerCase()) : rateInSpanish(words);
    if (spanish === undefined || spanish === null) return null;
    said.push(spanish);
  }
  return said.join(' ');
}

/** Splits "breaks per 100 miles of main per year" into its noun and the parts after it. */
function partsOf(unit: string): { head: string[]; parts: { starter: string; words: string[] }[] } {
  const tokens = unit.replace(/\s*\/\s*/g, ' per ').split(' ');
  const head: string[] = [];
  const parts: { starter: string; words: string[] }[] = [];
  for (const token of tokens) {
    const lower = token.toLowerCase();
    if (rateWords.has(lower) || lower === 'of') parts.push({ starter: lower, words: [] });
    else if (parts.length === 0) head.push(token);
    else parts[parts.length - 1]!.words.push(token);
  }
  return { head, parts };
}

/**
 * The board's English unit in Spanish, singular and plural (so it agrees with its number: "1
 * día hábil", "2 días hábiles"), or null when the glossary does not know every part of it. A
 * symbol (psi, %, gpm) reads the same in both languages.
 */
export function spanishUnitForms(unit: string): WordForms | null {
  const trimmed = unit.trim().replace(/\s+/g, ' ');
  if (trimmed === '') return null;
  const lower = trimmed.toLowerCase();
  if (unitSymbols.has(lower)) return { one: trimmed, other: trimmed };
  const phrase = phrases.get(lower);
  if (phrase !== undefined) return { one: phrase, other: phrase };
  const { head, parts } = partsOf(trimmed);
  const noun = nounForms(head);
  const tail = tailInSpanish(parts);
  if (noun === null || tail === null || parts.some((part) => part.words.length === 0)) return null;
  const join = (word: string) => [word, tail].filter((part) => part !== '').join(' ');
  return { one: join(noun.one), other: join(noun.other) };
}

/** The unit in Spanish agreeing with `value`, or null when the glossary does not know it. */
export function spanishUnitFor(value: number, unit: string): string | null {
  const forms = spanishUnitForms(unit);
  if (forms === null) return null;
  return takesSingular(value, 'es') ? forms.one : forms.other;
}

/** Whether a Spanish paper can say this unit without the board writing it. */
export function glossaryKnows(unit: string): boolean {
  return unit.trim() === '' || spanishUnitForms(unit) !== null;
}
