import type { Language } from '../printed-date';
import { formatNumber, takesSingular } from './number-text';
import type { WordForms } from './plural';

/** A unit a board often types, in both languages, so it can agree with its number and be translated. */
interface KnownUnit {
  en: WordForms;
  es: WordForms;
  /** Other English spellings that mean the same unit. */
  also?: string[];
}

const knownUnits: KnownUnit[] = [
  { en: { one: 'minute', other: 'minutes' }, es: { one: 'minuto', other: 'minutos' } },
  { en: { one: 'hour', other: 'hours' }, es: { one: 'hora', other: 'horas' } },
  { en: { one: 'day', other: 'days' }, es: { one: 'día', other: 'días' } },
  {
    en: { one: 'working day', other: 'working days' },
    es: { one: 'día hábil', other: 'días hábiles' },
    also: ['business day', 'business days', 'workday', 'workdays', 'work day', 'work days'],
  },
  {
    en: { one: 'calendar day', other: 'calendar days' },
    es: { one: 'día natural', other: 'días naturales' },
  },
  { en: { one: 'week', other: 'weeks' }, es: { one: 'semana', other: 'semanas' } },
  { en: { one: 'month', other: 'months' }, es: { one: 'mes', other: 'meses' } },
  { en: { one: 'year', other: 'years' }, es: { one: 'año', other: 'años' } },
  { en: { one: 'gallon', other: 'gallons' }, es: { one: 'galón', other: 'galones' } },
  { en: { one: 'mile', other: 'miles' }, es: { one: 'milla', other: 'millas' } },
  { en: { one: 'foot', other: 'feet' }, es: { one: 'pie', other: 'pies' } },
  { en: { one: 'connection', other: 'connections' }, es: { one: 'conexión', other: 'conexiones' } },
  { en: { one: 'customer', other: 'customers' }, es: { one: 'cliente', other: 'clientes' } },
  { en: { one: 'complaint', other: 'complaints' }, es: { one: 'queja', other: 'quejas' } },
  { en: { one: 'meeting', other: 'meetings' }, es: { one: 'reunión', other: 'reuniones' } },
  { en: { one: 'sample', other: 'samples' }, es: { one: 'muestra', other: 'muestras' } },
  { en: { one: 'test', other: 'tests' }, es: { one: 'prueba', other: 'pruebas' } },
  { en: { one: 'time', other: 'times' }, es: { one: 'vez', other: 'veces' } },
  { en: { one: 'person', other: 'people' }, es: { one: 'persona', other: 'personas' } },
];

function spellingsOf(unit: KnownUnit, language: Language): string[] {
  const english = [unit.en.one, unit.en.other, ...(unit.also ?? [])];
  // A Spanish agreement also recognises a unit typed in Spanish; an English one leaves it as typed.
  return language === 'en' ? english : [...english, unit.es.one, unit.es.other];
}

const lookups: Record<Language, Map<string, KnownUnit>> = {
  en: new Map(knownUnits.flatMap((unit) => spellingsOf(unit, 'en').map((s) => [s, unit]))),
  es: new Map(knownUnits.flatMap((unit) => spellingsOf(unit, 'es').map((s) => [s, unit]))),
};

// Symbols read the same in both languages and never take a plural.
const symbols = new Set([
  '%',
  'psi',
  'gpm',
  'gpd',
  'mgd',
  'kwh',
  'mwh',
  'mg/l',
  'ppm',
  'ppb',
  'ntu',
]);

// "per year", "a year", "each year": the Spanish for the few rates a goal is counted over.
const rateShape = /^(?:per|a|an|each|every|\/)\s*(year|month|week|day)$/i;
const spanishRates: Record<string, string> = {
  year: 'al año',
  month: 'al mes',
  week: 'a la semana',
  day: 'al día',
};

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
  const known = lookups.en.get(head.toLowerCase());
  if (known !== undefined) return likeFirstLetter(head, singular ? known.en.one : known.en.other);
  if (!singular) return head;
  const words = head.split(' ');
  const last = words.pop() ?? '';
  return [...words, singularOf(last)].join(' ');
}

/** The unit in Spanish, or as typed when it is not one the app knows how to say. */
function spanishUnit(unit: string, head: string, tail: string, singular: boolean): string {
  const known = lookups.es.get(head.toLowerCase());
  const isSymbol = symbols.has(head.toLowerCase());
  if (known === undefined && !isSymbol) return unit;
  const rate = rateShape.exec(tail.trim());
  if (tail.trim() !== '' && rate === null) return unit;
  const noun =
    known === undefined ? head : likeFirstLetter(head, singular ? known.es.one : known.es.other);
  const spanishRate = rate === null ? undefined : spanishRates[(rate[1] ?? '').toLowerCase()];
  return spanishRate === undefined ? noun : `${noun} ${spanishRate}`;
}

/**
 * A unit typed by the board, made to agree with its number: "working days" prints as "working
 * day" after 1, and a known unit is said in Spanish ("1 día hábil"). Symbols (%, psi) and units
 * the app does not know are printed as typed.
 */
export function unitFor(value: number, unit: string, language: Language = 'en'): string {
  const trimmed = unit.trim();
  if (language === 'es') {
    const rate = rateShape.exec(trimmed);
    const spanishRate = spanishRates[(rate?.[1] ?? '').toLowerCase()];
    if (spanishRate !== undefined) return spanishRate;
  }
  if (trimmed === '' || startsWithPreposition.test(trimmed)) return trimmed;
  const split = tailStart.exec(trimmed);
  const head = split === null ? trimmed : trimmed.slice(0, split.index);
  const tail = split === null ? '' : trimmed.slice(split.index);
  const singular = takesSingular(value, language);
  if (language === 'es') return spanishUnit(trimmed, head, tail, singular);
  return `${englishHead(head, singular)}${tail}`;
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
