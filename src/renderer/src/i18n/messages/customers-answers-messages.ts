// A catalog area: one message a line, grouped by component.
import { defineMessages } from '@shared/i18n/define-messages';

/** Step 4's "What we heard": every question of the survey card in figures (CardAnswersSection). */
export const customersAnswersMessages = defineMessages('customers', {
  en: {
    // CardAnswersSection and response-words
    'answers.title': 'Every question on the card',
    'answers.aspect': 'Aspect',
    'answers.rated': 'Rated 1 to 5',
    'answers.satisfied': 'Satisfied (4 or 5)',
    'answers.dontKnow': 'Don’t know',
    'answers.marked': '({cards, plural, one {# card} other {# cards}} marked a box.)',
    'answers.problem': 'Problem',
    'answers.cards': 'Cards',
    'answers.priority': 'Priority',
    'answers.first': 'Ranked 1 (most important)',
    'answers.meanRank': 'Average rank',
    'answers.way': 'Way',
    'answers.goal': 'Goal or area',
  },
  es: {
    // CardAnswersSection and response-words
    'answers.title': 'Cada pregunta de la tarjeta',
    'answers.aspect': 'Aspecto',
    'answers.rated': 'Calificado del 1 al 5',
    'answers.satisfied': 'Satisfechos (4 o 5)',
    'answers.dontKnow': 'No sabe',
    'answers.marked':
      '({cards, plural, one {# tarjeta marcó} other {# tarjetas marcaron}} una casilla.)',
    'answers.problem': 'Problema',
    'answers.cards': 'Tarjetas',
    'answers.priority': 'Prioridad',
    'answers.first': 'En 1.er lugar (lo más importante)',
    'answers.meanRank': 'Lugar promedio',
    'answers.way': 'Medio',
    'answers.goal': 'Meta o área',
  },
});
