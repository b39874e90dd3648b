import { defineMessages } from '../define-messages';

/**
 * How far the survey cards can be trusted (customers/response-words.ts): each way of asking's
 * response rate and the margin of a share. Step 4's tallies and the board packet say the same.
 */
export const surveyTrustMessages = defineMessages('surveyTrust', {
  en: {
    rate: '{method}: {answered} of {reached} reached answered ({share}).',
    rateUnknown: '{method}: how many were reached is not recorded, so no response rate.',
    margin:
      'From {count, plural, one {# card} other {# cards}}, a share such as “60% satisfied” could be off by up to {points} percentage points either way, and the customers who answered may not speak for those who did not.',
    small:
      'Only {count, plural, one {# card} other {# cards}} so far: read every share here as a rough sign, not a measure. It could be off by {points} percentage points or more, and the customers who answered may not speak for those who did not.',
  },
  es: {
    rate: '{method}: respondieron {answered} de {reached} ({share}).',
    rateUnknown: '{method}: no se anotó a cuántos se llegó, así que no hay tasa de respuesta.',
    margin:
      'Con {count, plural, one {# tarjeta} other {# tarjetas}}, un porcentaje como «60 % satisfechos» podría variar hasta {points} puntos en cualquier sentido, y quienes respondieron tal vez no hablen por quienes no respondieron.',
    small:
      'Solo {count, plural, one {# tarjeta} other {# tarjetas}} hasta ahora: tome cada porcentaje como una señal aproximada, no como una medida. Podría variar {points} puntos o más, y quienes respondieron tal vez no hablen por quienes no respondieron.',
  },
});
