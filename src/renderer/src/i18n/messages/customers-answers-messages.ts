// A catalog area: one message a line, grouped by component.
import { defineMessages } from '@shared/i18n/define-messages';

/** Step 4's "What we heard": every question of the survey card in figures (CardAnswersSection). */
export const customersAnswersMessages = defineMessages('customers', {
  en: {
    // CardAnswersSection and response-words
    'answers.title': 'Every question on the card',
    'answers.rate': '{method}: {answered} of {reached} reached answered ({share}).',
    'answers.rateUnknown': '{method}: how many were reached is not recorded, so no response rate.',
    'answers.margin':
      'From {count, plural, one {# card} other {# cards}}, a share such as “60% satisfied” could be off by up to {points} percentage points either way, and the customers who answered may not speak for those who did not.',
    'answers.small':
      'Only {count, plural, one {# card} other {# cards}} so far: read every share here as a rough sign, not a measure. It could be off by {points} percentage points or more, and the customers who answered may not speak for those who did not.',
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
    'answers.rate': '{method}: respondieron {answered} de {reached} ({share}).',
    'answers.rateUnknown':
      '{method}: no se anotó a cuántos se llegó, así que no hay tasa de respuesta.',
    'answers.margin':
      'Con {count, plural, one {# tarjeta} other {# tarjetas}}, un porcentaje como «60 % satisfechos» podría variar hasta {points} puntos en cualquier sentido, y quienes respondieron tal vez no hablen por quienes no respondieron.',
    'answers.small':
      'Solo {count, plural, one {# tarjeta} other {# tarjetas}} hasta ahora: tome cada porcentaje como una señal aproximada, no como una medida. Podría variar {points} puntos o más, y quienes respondieron tal vez no hablen por quienes no respondieron.',
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
