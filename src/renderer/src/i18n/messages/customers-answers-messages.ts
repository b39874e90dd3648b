// A catalog area: one message a line, grouped by component.
import { defineMessages } from '@shared/i18n/define-messages';

/** Step 4's "What we heard": every question of the survey card in figures (CardAnswersSection). */
export const customersAnswersMessages = defineMessages('customers', {
  en: {
    // CardAnswersSection (its tables' words are shared: card-tally-messages.ts)
    'answers.title': 'Every question on the card',
  },
  es: {
    // CardAnswersSection (its tables' words are shared: card-tally-messages.ts)
    'answers.title': 'Cada pregunta de la tarjeta',
  },
});
