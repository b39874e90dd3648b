// The pseudo-locale's letters, apart from the parser (pseudo-locale.ts) so the page's first
// script can use them without loading it.

const accented: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ó',
  u: 'ú',
  n: 'ñ',
  c: 'ç',
  y: 'ý',
  A: 'Á',
  E: 'É',
  I: 'Í',
  O: 'Ó',
  U: 'Ú',
  N: 'Ñ',
  C: 'Ç',
  Y: 'Ý',
};

/** The switch a test sets in localStorage before the page loads; users never see it. */
export const pseudoLocaleKey = 'los-builder-pseudo-locale';

export function pseudoText(text: string): string {
  return text.replace(/[aeiouncyAEIOUNCY]/g, (letter) => accented[letter] ?? letter);
}

/** Whether a test asked for the pseudo-locale (localStorage may be refused: then it did not). */
export function pseudoLocaleRequested(): boolean {
  try {
    return localStorage.getItem(pseudoLocaleKey) === 'on';
  } catch {
    return false;
  }
}
