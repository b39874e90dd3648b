import { IntlMessageFormat } from 'intl-messageformat';
import type { Language } from '../domain/printed-date';
import { intlLocale } from './intl-locale';
import { resolveLocalesOnce } from './resolve-locales-once';
import type { Said } from './said';
import { sharedCatalogs } from './shared-catalog';

resolveLocalesOnce();
const compiled = new Map<string, IntlMessageFormat>();

/**
 * A message of `catalog` in `language`, ICU placeholders filled; each message is compiled once.
 * Main's own answers and the papers use this; the screens use react-intl on the same catalogs.
 */
export function formatIn<Key extends string>(
  catalogs: Record<Language, Record<Key, string>>,
  key: Key,
  values: Record<string, string | number> | undefined,
  language: Language,
): string {
  const id = `${language}:${key}`;
  let format = compiled.get(id);
  if (!format) {
    format = new IntlMessageFormat(catalogs[language][key], intlLocale[language]);
    compiled.set(id, format);
  }
  return String(format.format(values));
}

/** A message's values in `language`: nested shared messages said first, text and numbers as they are. */
export function valuesIn(
  values: Said['values'],
  language: Language,
): Record<string, string | number> | undefined {
  return values
    ? Object.fromEntries(
        Object.entries(values).map(([name, value]) => [
          name,
          typeof value === 'object' ? sayIn(value, language) : value,
        ]),
      )
    : undefined;
}

/** A shared sentence in `language`, its nested messages said first. */
export function sayIn(message: Said, language: Language): string {
  return formatIn(sharedCatalogs, message.key, valuesIn(message.values, language), language);
}
