import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

import { pseudoText } from './pseudo-text';

// The pseudo-locale: every catalog text with its letters accented and wrapped in ⟦ ⟧, so a test
// walking the app in it can tell text from the catalog from text written straight into a screen
// (which stays plain). Placeholders, plurals and selects keep working: only literal text changes.

function pseudoElements(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === TYPE.literal) return { ...element, value: pseudoText(element.value) };
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      const options = Object.fromEntries(
        Object.entries(element.options).map(([key, option]) => [
          key,
          { ...option, value: pseudoElements(option.value) },
        ]),
      );
      return { ...element, options };
    }
    if (element.type === TYPE.tag)
      return { ...element, children: pseudoElements(element.children) };
    return element;
  });
}

/** The English catalog in the pseudo-locale, parsed (react-intl takes parsed messages as they are). */
export function pseudoCatalog(
  english: Record<string, string>,
): Record<string, MessageFormatElement[]> {
  return Object.fromEntries(
    Object.entries(english).map(([key, text]) => {
      const literal = (value: string): MessageFormatElement => ({ type: TYPE.literal, value });
      return [key, [literal('⟦'), ...pseudoElements(parse(text)), literal('⟧')]];
    }),
  );
}
