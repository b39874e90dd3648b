import { IntlMessageFormat } from 'intl-messageformat';

const resolveEachTime = IntlMessageFormat.resolveLocale;
const resolved = new Map<string, Intl.Locale | undefined>();

/**
 * Makes intl-messageformat resolve each locale once. It resolves the locale of every message it
 * compiles with `Intl.NumberFormat.supportedLocalesOf`, which costs Chromium about half a
 * millisecond a call: the ninety messages drawn before step 1 is usable spent 45–90 ms there
 * (issue 14). The app speaks two locales, and an `Intl.Locale` never changes, so one answer per
 * locale serves every message. Call before the first message is compiled; calling again is
 * harmless. react-intl compiles with the same class, so the screens gain too.
 */
export function resolveLocalesOnce(): void {
  IntlMessageFormat.resolveLocale = (locales) => {
    const key = String(locales);
    if (!resolved.has(key)) resolved.set(key, resolveEachTime(locales));
    return resolved.get(key);
  };
}
