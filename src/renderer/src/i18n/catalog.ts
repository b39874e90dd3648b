import type { Language } from '@shared/domain/printed-date';
import { annualMessages } from './messages/annual-review-messages';
import { apiMessages } from './messages/api-messages';
import { appMessages } from './messages/app-messages';
import { approvalMessages } from './messages/approval-messages';
import { complaintsMessages } from './messages/complaints-messages';
import { customersMessages } from './messages/customers-messages';
import { formMessages } from './messages/form-kit-messages';
import { libraryMessages } from './messages/library-messages';
import { outagesMessages } from './messages/outages-messages';
import { reviewMessages } from './messages/review-messages';
import { saveMessages } from './messages/save-messages';
import { shellMessages } from './messages/shell-messages';
import { stepMessages } from './messages/step-messages';
import { trackingMessages } from './messages/tracking-messages';
import { utilityMessages } from './messages/utility-messages';

/** Every area's messages. */
const areas = [
  shellMessages,
  stepMessages,
  saveMessages,
  appMessages,
  formMessages,
  apiMessages,
  utilityMessages,
  customersMessages,
  complaintsMessages,
  reviewMessages,
  approvalMessages,
  libraryMessages,
  trackingMessages,
  outagesMessages,
  annualMessages,
] as const;

type KeysOf<Area> = Area extends Record<'en', Record<infer Key, string>> ? Key : never;

/** Every message's key, `area.key`: a key that is not in the catalog does not compile. */
export type MessageKey = KeysOf<(typeof areas)[number]>;

function merged(language: Language): Record<MessageKey, string> {
  return Object.assign({}, ...areas.map((area) => area[language])) as Record<MessageKey, string>;
}

/** The app's text in each language, ICU MessageFormat. */
export const catalogs: Record<Language, Record<MessageKey, string>> = {
  en: merged('en'),
  es: merged('es'),
};

/** The areas, for the test that every key is in both languages exactly once. */
export const catalogAreas: readonly Record<Language, Record<string, string>>[] = areas;

declare global {
  // react-intl's own ids are then checked against the catalog.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace FormatjsIntl {
    interface Message {
      ids: MessageKey;
    }
  }
}
