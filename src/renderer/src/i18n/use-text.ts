import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import type { MessageKey } from './catalog';

/** Values a message's placeholders take. */
export type MessageValues = Record<string, string | number | boolean | Date | null | undefined>;

/** A function giving a catalog message in the app's language: `text('step.next')`. */
export type Text = (key: MessageKey, values?: MessageValues) => string;

/** The app's text in its language; changes (and redraws its users) when the language does. */
export function useText(): Text {
  const intl = useIntl();
  return useCallback((key, values) => intl.formatMessage({ id: key }, values), [intl]);
}
