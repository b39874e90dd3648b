// A unit the board wrote in Spanish ("roturas por cada 100 millas") made singular for the number
// 1, as English units are (unit-words.ts): "1 rotura por cada 100 millas", "1 día hábil",
// "1 interrupción del servicio". Only the words before the first preposition change: what
// follows it keeps its own number ("por cada 100 millas").

// The noun phrase ends where its complement starts: "por", "de", "al", "cada"…
const complementStart =
  /\s+(?=(?:por|de|del|al|a|en|cada|sin|con|para|sobre|entre|desde|hasta|tras|y)\s)|\s*(?=\/)/i;

// Singulars the spelling alone cannot tell: "meses" is "mes", where "clases" is "clase".
const irregular: Record<string, string> = { meses: 'mes', veces: 'vez', luces: 'luz' };

/** One Spanish plural made singular by the regular rules; anything else as it is. */
function singularWord(word: string): string {
  const lower = word.toLowerCase();
  const known = irregular[lower];
  if (known !== undefined) return word.charAt(0) === lower.charAt(0) ? known : capital(known);
  // Symbols, abbreviations and numbers ("kWh", "m3") are left alone, as are words that are not
  // plurals: "análisis", "virus".
  if (!/^[a-záéíóúüñ]{3,}$/i.test(word) || !/s$/i.test(word) || /(is|us|ss)$/i.test(lower)) {
    return word;
  }
  if (/ones$/i.test(lower)) return `${word.slice(0, -4)}ón`;
  if (/ces$/i.test(lower)) return `${word.slice(0, -3)}z`;
  // A consonant's plural adds "es": "hábiles", "ciudades", "mujeres", "planes", "leyes".
  if (/[lrndjy]es$/i.test(lower)) return word.slice(0, -2);
  return word.slice(0, -1);
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The board's Spanish unit agreeing with the number 1: its noun phrase made singular. */
export function spanishSingular(unit: string): string {
  const split = complementStart.exec(unit);
  const head = split === null ? unit : unit.slice(0, split.index);
  const tail = split === null ? '' : unit.slice(split.index);
  return `${head.split(' ').map(singularWord).join(' ')}${tail}`;
}
