import { defineMessages } from '../define-messages';

/**
 * What an import preview shows of each row (tracking/csv/preview-results.ts,
 * outage-csv/preview-outages.ts) and what the annual review's plan does to each goal
 * (pdf/revision-plan.ts), in area `previews`. Days, periods, amounts and targets come worded in
 * both languages (`saidEach`); a goal's statement comes as the board typed it.
 */
export const previewsMessages = defineMessages('previews', {
  en: {
    // A yes-or-no result as the results preview lists it.
    answer: '{answer, select, yes {yes} other {no}}',

    // When service was out (outage-words.ts outageSpanSaid): `{day}` is the day with its weekday.
    momentAt: '{day}, {time}',
    clock: '{time} {half, select, am {AM} other {PM}}',
    spanTo: '{start} to {end}',
    spanOpen: '{start} (no end recorded)',

    // Starting the next revision from the annual review's decisions (revision-plan.ts).
    'plan.drop': 'Goal {number}, “{statement}”: dropped from the new revision.',
    'plan.reword': 'Goal {number}, “{statement}”: left as it is, for you to reword in step {step}.',
    'plan.target':
      'Goal {number}, “{statement}”: target {choice, select, raise {raised} other {lowered}} from {from} to {to}.',
  },
  es: {
    answer: '{answer, select, yes {sí} other {no}}',

    momentAt: '{day}, {time}',
    clock: '{time} {half, select, am {a. m.} other {p. m.}}',
    spanTo: '{start} hasta {end}',
    spanOpen: '{start} (sin fin anotado)',

    'plan.drop': 'Meta {number}, “{statement}”: se quita de la nueva revisión.',
    'plan.reword':
      'Meta {number}, “{statement}”: se deja como está, para que usted la reescriba en el paso {step}.',
    'plan.target':
      'Meta {number}, “{statement}”: el objetivo {choice, select, raise {sube} other {baja}} de {from} a {to}.',
  },
});
