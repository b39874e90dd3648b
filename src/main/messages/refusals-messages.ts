import { defineMessages } from '../../shared/i18n/define-messages';
import { libraryRefusalsMessages } from './library-refusals-messages';
import { noticesRefusalsMessages } from './notices-refusals-messages';
import { pdfCheckRefusalsMessages } from './pdf-check-refusals-messages';
import { recordsRefusalsMessages } from './records-refusals-messages';
import { storeRefusalsMessages } from './store-refusals-messages';

/**
 * Main's own refusals (AppError), said by dispatch in the caller's language. Main-only: the
 * renderer never says these keys, so they stay out of its bundle. `{problem}` is a shared
 * message (a schema's or a record check's) said first, in the same language.
 */
const savingMessages = defineMessages('refusals', {
  en: {
    notSaved: 'Not saved. {problem}',
    nothingSaved:
      'Nothing was saved. {problem}{more, plural, =0 {} one { (and # more)} other { (and # more)}}',
    outagesFull: 'The log keeps at most {max, number} outages; delete some no longer needed first.',
    // The complaint log (store/complaint-log-store.ts): a row the schema refused.
    rowNotStored: 'Row {row} could not be stored ({column}: {problem}), so nothing was saved.',
    // Outages (outages/outage-handlers.ts).
    outageGone:
      'That outage is no longer in the log: another window may have deleted it. Look at the log again, then add it anew if it is still needed.',
    // The annual review (annual-review/annual-review-handlers.ts).
    goalNotInForce:
      'That goal is not in revision {revision}, the agreement in force. Reload to see its goals.',
    alreadyDrafting:
      'Revision {revision} is already being drafted: change its goals in the steps, or approve it first.',
    // The report card (reports/report-handlers.ts).
    followUpEmpty: '{label}: type what the utility will do about this miss, or clear it.',
    followUpEmptyField: 'Type what the utility will do, or clear it.',
    notMissed:
      'That goal was not missed in {year}, so the report card prints no follow-up for it: reload the reports.',
    // Goals (goals/goal-service.ts).
    goalGone:
      'This goal is no longer in the list; it may have been deleted in another window. Reload to see the latest version.',
    tooManyGoals: 'An agreement can hold at most {max} goals. Delete one before adding another.',
    goalChanged: 'This goal was changed in another window. Reload to see the latest version.',
    goalAlreadyBack: 'This goal is already in the list, so there is nothing to undo.',
    goalsChanged:
      'The list of goals was changed in another window. Reload to see the latest version.',
  },
  es: {
    notSaved: 'No se guardó. {problem}',
    nothingSaved:
      'No se guardó nada. {problem}{more, plural, =0 {} one { (y # más)} other { (y # más)}}',
    outagesFull:
      'El registro guarda como máximo {max, number} cortes; borre primero algunos que ya no necesite.',
    rowNotStored:
      'No se pudo guardar la fila {row} ({column}: {problem}), así que no se guardó nada.',
    outageGone:
      'Ese corte ya no está en el registro: puede que otra ventana lo haya borrado. Vuelva a mirar el registro y agréguelo de nuevo si todavía hace falta.',
    goalNotInForce:
      'Esa meta no está en la revisión {revision}, el acuerdo vigente. Vuelva a cargar para ver sus metas.',
    alreadyDrafting:
      'La revisión {revision} ya se está redactando: cambie sus metas en los pasos, o apruébela primero.',
    followUpEmpty:
      '{label}: escriba lo que el sistema hará sobre esta meta no cumplida, o bórrelo.',
    followUpEmptyField: 'Escriba lo que el sistema hará, o bórrelo.',
    notMissed:
      'Esa meta no quedó sin cumplir en {year}, así que el informe no imprime nada sobre ella: vuelva a cargar los informes.',
    goalGone:
      'Esta meta ya no está en la lista; puede que se haya borrado en otra ventana. Vuelva a cargar para ver la versión más reciente.',
    tooManyGoals:
      'Un acuerdo puede tener como máximo {max} metas. Borre una antes de agregar otra.',
    goalChanged:
      'Esta meta se cambió en otra ventana. Vuelva a cargar para ver la versión más reciente.',
    goalAlreadyBack: 'Esta meta ya está en la lista, así que no hay nada que deshacer.',
    goalsChanged:
      'La lista de metas se cambió en otra ventana. Vuelva a cargar para ver la versión más reciente.',
  },
});

/** All of main's refusals: the saving checks above and those kept in their own files. */
export const refusalsMessages = {
  en: {
    ...savingMessages.en,
    ...libraryRefusalsMessages.en,
    ...storeRefusalsMessages.en,
    ...recordsRefusalsMessages.en,
    ...noticesRefusalsMessages.en,
    ...pdfCheckRefusalsMessages.en,
  },
  es: {
    ...savingMessages.es,
    ...libraryRefusalsMessages.es,
    ...storeRefusalsMessages.es,
    ...recordsRefusalsMessages.es,
    ...noticesRefusalsMessages.es,
    ...pdfCheckRefusalsMessages.es,
  },
};
