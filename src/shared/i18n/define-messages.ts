import type { Language } from '../domain/printed-date';

/** An area's keys as the catalog holds them: `area.key`. */
type Prefixed<Area extends string, Key> = Key extends string ? `${Area}.${Key}` : never;

/** One area's messages in both languages, keyed `area.key`. */
export type AreaMessages<Area extends string, Key> = Record<
  Language,
  Record<Prefixed<Area, Key>, string>
>;

/**
 * One area's messages (ICU MessageFormat: `{count, plural, one {# goal} other {# goals}}`), in
 * English and Spanish. The Spanish record must have exactly the English keys, so a message
 * without its translation does not compile; each area's keys are prefixed with its name, so
 * areas written by different people never collide.
 */
export function defineMessages<
  const Area extends string,
  const English extends Record<string, string>,
>(
  area: Area,
  messages: { en: English; es: { [Key in keyof English]: string } },
): AreaMessages<Area, keyof English> {
  const prefixed = (texts: Record<string, string>) =>
    Object.fromEntries(Object.entries(texts).map(([key, text]) => [`${area}.${key}`, text]));
  return {
    en: prefixed(messages.en),
    es: prefixed(messages.es),
  } as AreaMessages<Area, keyof English>;
}

/** The keys of one area's messages. */
export type KeysOf<Area> = Area extends Record<'en', Record<infer Key, string>> ? Key : never;

/** Several areas' messages in one language, one record keyed `area.key`. */
export function mergedAreas<Key extends string>(
  areas: readonly Record<Language, Record<string, string>>[],
  language: Language,
): Record<Key, string> {
  return Object.assign({}, ...areas.map((area) => area[language])) as Record<Key, string>;
}
