import type { Said } from '@shared/i18n/said';
import { useCallback } from 'react';
import { useText, type Text } from './use-text';

/** A sentence from shared code in the app's language; nested messages (a field's name) first. */
export function say(text: Text, message: Said): string {
  const values = message.values
    ? Object.fromEntries(
        Object.entries(message.values).map(([name, value]) => [
          name,
          typeof value === 'object' ? say(text, value) : value,
        ]),
      )
    : undefined;
  return text(message.key, values);
}

/** `say` bound to the app's language: `const saying = useSay(); saying(finding.message)`. */
export function useSay(): (message: Said) => string {
  const text = useText();
  return useCallback((message: Said) => say(text, message), [text]);
}
