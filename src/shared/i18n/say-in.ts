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

/**
 * A message's values with its nested messages said first (by `sayNested`, in the same
 * language); text and numbers as they are. Shared sentences and main's refusals both use it.
 */
export function valuesIn<Nested extends object>(
  values: Readonly<Record<string, string | number | Nested>> | undefined,
  sayNested: (nested: Nested) => string,
): Record<string, string | number> | undefined {
  return values
    ? Object.fromEntries(
        Object.entries(values).map(([name, value]) => [
          name,
          typeof value === 'object' ? sayNested(value) : value,
        ]),
      )
    : undefined;
}

/** A shared sentence in `language`, its nested messages said first. */
export function sayIn(message: Said, language: Language): string {
  const values = valuesIn(message.values, (nested: Said) => sayIn(nested, language));
  return formatIn(sharedCatalogs, message.key, values, language);
}
