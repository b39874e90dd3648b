import type { Language } from '../printed-date';
import { formatNumber, takesSingular } from './number-text';
import { spanishSingular } from '../spanish/spanish-singular';
import { spanishUnitFor } from '../spanish/unit-glossary';
import { knownUnits, type KnownUnit } from './known-units';

// Only English spellings here: Spanish goes through the glossary, which knows the same units.
const englishUnits = new Map<string, KnownUnit>(
  knownUnits.flatMap((unit) =>
    [unit.en.one, unit.en.other, ...(unit.also ?? [])].map((s) => [s.toLowerCase(), unit] as const),
  ),
);

// The unit's noun is what comes before "per", "a", "of", "without"…: "days" in "days per year".
const tailStart =
  /\s+(?=(?:per|a|an|each|every|of|in|from|without|with|to|since|on|at|for|under|over|after|before|until)\s)|\s*(?=\/)/i;
// A unit that starts with "per" ("per 1,000 connections a year") has no noun of its own to inflect.
const startsWithPreposition = /^(?:per|a|an|each|every|of)\s/i;

// English words that end in s but are not plurals, or whose singular is not the word minus s.
const notPlural = new Set(['cfs', 'fps', 'gps', 'bps', 'gas', 'yes', 'its', 'has', 'was']);
const irregularSingulars: Record<string, string> = {
  feet: 'foot',
  people: 'person',
  children: 'child',
};

function likeFirstLetter(typed: string, word: string): string {
  const first = typed.charAt(0);
  return first !== first.toLowerCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** An English plural's singular by the regular rules: "breaks" → "break", "inches" → "inch". */
function singularOf(word: string): string {
  const lower = word.toLowerCase();
  const irregular = irregularSingulars[lower];
  if (irregular !== undefined) return likeFirstLetter(word, irregular);
  // Only plain English words: "hábiles" typed into an English agreement is left as typed.
  if (!/^[a-z]{3,}$/i.test(word) || notPlural.has(lower)) return word;
  if (!/s$/i.test(word) || /(ss|us|is)$/i.test(word)) return word;
  if (/[^aeiou]ies$/i.test(word)) return `${word.slice(0, -3)}${word.endsWith('IES') ? 'Y' : 'y'}`;
  if (/(ch|sh|x|ss)es$/i.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** The unit's noun inflected for the number in English: "working days" → "working day" for 1. */
function englishHead(head: string, singular: boolean): string {
  const known = englishUnits.get(head.toLowerCase());
  if (known !== undefined) return likeFirstLetter(head, singular ? known.en.one : known.en.other);
  if (!singular) return head;
  const words = head.split(' ');
  const last = words.pop() ?? '';
  return [...words, singularOf(last)].join(' ');
}

/**
 * A unit typed by the board, made to agree with its number: "working days" prints as "working
 * day" after 1, a known unit is said in Spanish ("1 día hábil"), and a unit the board wrote in
 * Spanish agrees too ("1 rotura por cada 100 millas"). Symbols (%, psi) are printed as typed.
 */
export function unitFor(value: number, unit: string, language: Language = 'en'): string {
  const trimmed = unit.trim();
  if (language === 'es') {
    const glossary = spanishUnitFor(value, trimmed);
    if (glossary !== null) return glossary;
    return takesSingular(value, language) ? spanishSingular(trimmed) : trimmed;
  }
  if (trimmed === '' || startsWithPreposition.test(trimmed)) return trimmed;
  const split = tailStart.exec(trimmed);
  const head = split === null ? trimmed : trimmed.slice(0, split.index);
  const tail = split === null ? '' : trimmed.slice(split.index);
  return `${englishHead(head, takesSingular(value, language))}${tail}`;
}

/**
 * A number with its unit as a volunteer would write it, in English or Spanish: "20 psi", "15%",
 * "1,800 kWh/MG", "1 working day", "2 working days", "1 día hábil".
 */
export function amountWithUnit(value: number, unit: string, language: Language = 'en'): string {
  const number = formatNumber(value, language);
  const words = unitFor(value, unit, language);
  if (words === '') return number;
  return words.startsWith('%') ? `${number}${words}` : `${number} ${words}`;
}
