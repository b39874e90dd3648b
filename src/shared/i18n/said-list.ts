import { said, type Said, type SaidValue } from './said';

/**
 * Several things in one sentence, in the reader's language: "A", "A and B", "A, B and C"
 * ("A, B y C"). Built from nested messages, so each item may itself be a Said (a field's name).
 */
export function saidList(items: readonly SaidValue[]): SaidValue {
  const [first, ...rest] = items;
  if (first === undefined) return '';
  if (rest.length === 0) return first;
  if (rest.length === 1) return said('findings.list.two', { first, last: rest[0]! });
  return said('findings.list.more', { first, rest: saidList(rest) });
}

/** Several sentences one after another, as one message (an error that gives every reason). */
export function saidSentences(sentences: readonly Said[]): Said {
  const [first, ...rest] = sentences;
  if (first === undefined) throw new Error('saidSentences needs at least one sentence.');
  return rest.length === 0
    ? first
    : said('findings.sentences', { first, rest: saidSentences(rest) });
}
