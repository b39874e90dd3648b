import { defineMessages } from '../define-messages';

/**
 * The survey card's answers in figures: the tables' headings, each way of asking's response rate
 * and how far a share from so few cards can be trusted (customers/response-words.ts). Step 4's
 * tallies and the board packet say the same.
 */
export const cardTallyMessages = defineMessages('cardTally', {
  en: {
    rate: '{method}: {answered} of {reached} reached answered ({share}).',
    rateUnknown: '{method}: how many were reached is not recorded, so no response rate.',
    margin:
      'From {count, plural, one {# card} other {# cards}}, a share such as “60% satisfied” could be off by up to {points} percentage points either way, and the customers who answered may not speak for those who did not.',
    small:
      'Only {count, plural, one {# card} other {# cards}} so far: read every share here as a rough sign, not a measure. It could be off by {points} percentage points or more, and the customers who answered may not speak for those who did not.',
    aspect: 'Aspect',
    rated: 'Rated 1 to 5',
    satisfied: 'Satisfied (4 or 5)',
    dontKnow: 'Don’t know',
    marked: '({cards, plural, one {# card} other {# cards}} marked a box.)',
    problem: 'Problem',
    cards: 'Cards',
    priority: 'Priority',
    first: 'Ranked 1 (most important)',
    meanRank: 'Average rank',
    way: 'Way',
    goal: 'Goal or area',
  },
  es: {
    rate: '{method}: respondieron {answered} de {reached} ({share}).',
    rateUnknown: '{method}: no se anotó a cuántos se llegó, así que no hay tasa de respuesta.',
    margin:
      'Con {count, plural, one {# tarjeta} other {# tarjetas}}, un porcentaje como «60 % satisfechos» podría variar hasta {points} puntos en cualquier sentido, y quienes respondieron tal vez no hablen por quienes no respondieron.',
    small:
      'Solo {count, plural, one {# tarjeta} other {# tarjetas}} hasta ahora: tome cada porcentaje como una señal aproximada, no como una medida. Podría variar {points} puntos o más, y quienes respondieron tal vez no hablen por quienes no respondieron.',
    aspect: 'Aspecto',
    rated: 'Calificado del 1 al 5',
    satisfied: 'Satisfechos (4 o 5)',
    dontKnow: 'No sabe',
    marked: '({cards, plural, one {# tarjeta marcó} other {# tarjetas marcaron}} una casilla.)',
    problem: 'Problema',
    cards: 'Tarjetas',
    priority: 'Prioridad',
    first: 'En 1.er lugar (lo más importante)',
    meanRank: 'Lugar promedio',
    way: 'Medio',
    goal: 'Meta o área',
  },
});
