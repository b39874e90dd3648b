import { defineMessages } from '@shared/i18n/define-messages';

/** The app's frame: header, language switch, and the page opened without its key. */
export const shellMessages = defineMessages('shell', {
  en: {
    revision: 'Revision {revision} · {approved, select, true {approved} other {draft}}',
    language: 'Language',
    // The header's switch names the other language in that language, for the reader who
    // reads it: an English screen offers "Español", a Spanish one "English".
    otherLanguage: 'Español',
    otherLanguageHint: 'Ver LOS Builder en español',
    languageSaveFailed:
      'The language changed in this window, but LOS Builder could not remember it for next time: {reason}',
    noTokenTitle: 'Open LOS Builder from its own address',
    noTokenBody:
      'This page was opened without its key. In the window where you typed npm run serve, copy the whole address it printed (it starts with http://127.0.0.1 and ends with a long #token=…) and open that address in this browser.',
  },
  es: {
    revision: 'Revisión {revision} · {approved, select, true {aprobada} other {borrador}}',
    language: 'Idioma',
    otherLanguage: 'English',
    otherLanguageHint: 'Show LOS Builder in English',
    languageSaveFailed:
      'El idioma cambió en esta ventana, pero LOS Builder no pudo guardarlo para la próxima vez: {reason}',
    noTokenTitle: 'Abra LOS Builder desde su propia dirección',
    noTokenBody:
      'Esta página se abrió sin su clave. En la ventana donde escribió npm run serve, copie la dirección completa que apareció (empieza con http://127.0.0.1 y termina con un largo #token=…) y ábrala en este navegador.',
  },
});
