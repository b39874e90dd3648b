import type { Language } from '@shared/domain/printed-date';
import { mergedAreas, type KeysOf } from '@shared/i18n/define-messages';
import { sharedAreas } from '@shared/i18n/shared-catalog';
import { annualMessages } from './messages/annual-review-messages';
import { apiMessages } from './messages/api-messages';
import { appMessages } from './messages/app-messages';
import { approvalMessages } from './messages/approval-messages';
import { complaintsMessages } from './messages/complaints-messages';
import { exampleMessages } from './messages/example-messages';
import { customersMessages } from './messages/customers-messages';
import { exportMessages } from './messages/export-messages';
import { formMessages } from './messages/form-kit-messages';
import { goalEditorMessages } from './messages/goal-editor-messages';
import { glossaryMessages } from './messages/glossary-messages';
import { goalsMessages } from './messages/goals-messages';
import { libraryMessages } from './messages/library-messages';
import { outagesMessages } from './messages/outages-messages';
import { reportsMessages } from './messages/reports-messages';
import { reviewMessages } from './messages/review-messages';
import { saveMessages } from './messages/save-messages';
import { scopeMessages } from './messages/scope-messages';
import { shellMessages } from './messages/shell-messages';
import { signedMessages } from './messages/signed-messages';
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
  exampleMessages,
  trackingMessages,
  outagesMessages,
  annualMessages,
  goalsMessages,
  goalEditorMessages,
  glossaryMessages,
  scopeMessages,
  signedMessages,
  exportMessages,
  reportsMessages,
] as const;

/** The screens' areas and shared code's (the sentences it hands out as `Said` values). */
const allAreas = [...areas, ...sharedAreas] as const;

/** Every message's key, `area.key`: a key that is not in the catalog does not compile. */
export type MessageKey = KeysOf<(typeof allAreas)[number]>;

/** The app's text in one language, ICU MessageFormat. */
export type Catalog = Record<MessageKey, string>;

/** The app's text in each language: for the tests, which check and use both. */
export const catalogs: Record<Language, Catalog> = {
  en: mergedAreas(allAreas, 'en'),
  es: mergedAreas(allAreas, 'es'),
};

/**
 * The screens' own areas in each language. The app loads one language of these at a time
 * (load-catalog.ts, through the build's `virtual:catalog/<language>`) and adds shared code's
 * areas, which the bundle holds anyway for `sayIn`.
 */
export const screenCatalogs: Record<Language, Record<string, string>> = {
  en: mergedAreas(areas, 'en'),
  es: mergedAreas(areas, 'es'),
};

/** The areas, for the test that every key is in both languages exactly once. */
export const catalogAreas: readonly Record<Language, Record<string, string>>[] = allAreas;

declare global {
  // react-intl's own ids are then checked against the catalog.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace FormatjsIntl {
    interface Message {
      ids: MessageKey;
    }
  }
}
