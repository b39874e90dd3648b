import { defineMessages } from '@shared/i18n/define-messages';

/** The words of the rest of the app frame (src/renderer/src/app/). */
export const appMessages = defineMessages('app', {
  en: {
    // While the app, the overview or the utilities screen opens.
    opening: 'Opening LOS Builder…',
    openFailed: 'LOS Builder could not open your work',
    openingResults: 'Opening the results…',
    openingUtilities: 'Opening the utilities…',
    // StepCodeBoundary: a step's code could not load.
    'stepFailed.body':
      'LOS Builder could not load this step. Your saved work is safe: Retry loads the app again.',
    // OverviewButton, in the header.
    'results.label': 'Goal results and what is due',
    results: 'Goal results',
    'results.short': 'Results',
    // UtilityButton, in the header.
    'utility.unnamed': 'Unnamed',
    'utility.hint': 'Switch utility, or save or restore a backup',
    'utility.label': 'Utility: {name}. Switch utility or back up',
    utility: 'Utility:',
    // The row of steps (StepperNav) and the small screen's menu (StepMenu).
    stepsLabel: 'Wizard steps',
    'menu.onStep': 'Step {number} of {count} ▾',
    'menu.steps': 'Steps ▾',
    // StartupNotices.
    'notice.info': 'For your information',
    'notice.warning': 'Please note',
    'notice.error': 'The records on this computer were changed',
    'notice.dismiss': 'Dismiss notice',
    // SwitchedModal: another window opened a different utility.
    'switched.title': 'This window must reload',
    'switched.unknown':
      'Another window opened a different utility. This window still shows the utility that was open before, so nothing more can be saved here. Reload to continue.',
    'switched.heard':
      '{what} This window still shows the utility that was open before, so nothing more can be saved here. Reload to continue.',
    'switched.reload': 'Reload',
    // WizardShell's notices.
    stillOnStep: 'Still on this step',
    stepNotRemembered: 'Could not remember this step',
    newRevisionFailed: 'Could not start a new revision',
    revisionStarted: 'Revision {revision} started',
    'revisionStarted.body':
      'A copy of the approved agreement you can change. The board approves it again on {step}.',
    // Said outside the language provider (pageText): main.tsx, form-kit/load-part.ts.
    filesFailed:
      'LOS Builder could not load its files. Your saved work is safe: close LOS Builder and open it again.',
    deletedElsewhere: 'This was deleted in another window.',
  },
  es: {
    opening: 'Abriendo LOS Builder…',
    openFailed: 'LOS Builder no pudo abrir su trabajo',
    openingResults: 'Abriendo los resultados…',
    openingUtilities: 'Abriendo los sistemas…',
    'stepFailed.body':
      'LOS Builder no pudo cargar este paso. Su trabajo guardado está a salvo: Intentar de nuevo vuelve a cargar la aplicación.',
    'results.label': 'Resultados de las metas y lo que está pendiente',
    results: 'Resultados de las metas',
    'results.short': 'Resultados',
    'utility.unnamed': 'Sin nombre',
    'utility.hint': 'Cambiar de sistema, o guardar o restaurar una copia de respaldo',
    'utility.label': 'Sistema: {name}. Cambiar de sistema o hacer una copia de respaldo',
    utility: 'Sistema:',
    stepsLabel: 'Pasos del asistente',
    'menu.onStep': 'Paso {number} de {count} ▾',
    'menu.steps': 'Pasos ▾',
    'notice.info': 'Para su información',
    'notice.warning': 'Tenga en cuenta',
    'notice.error': 'Los registros de esta computadora fueron modificados',
    'notice.dismiss': 'Cerrar el aviso',
    'switched.title': 'Esta ventana debe volver a cargarse',
    'switched.unknown':
      'Otra ventana abrió un sistema diferente. Esta ventana todavía muestra el sistema que estaba abierto antes, así que aquí ya no se puede guardar nada. Vuelva a cargar para continuar.',
    'switched.heard':
      '{what} Esta ventana todavía muestra el sistema que estaba abierto antes, así que aquí ya no se puede guardar nada. Vuelva a cargar para continuar.',
    'switched.reload': 'Volver a cargar',
    stillOnStep: 'Todavía en este paso',
    stepNotRemembered: 'No se pudo recordar este paso',
    newRevisionFailed: 'No se pudo comenzar una nueva revisión',
    revisionStarted: 'Se comenzó la revisión {revision}',
    'revisionStarted.body':
      'Una copia del acuerdo aprobado que usted puede cambiar. La mesa directiva la vuelve a aprobar en {step}.',
    filesFailed:
      'LOS Builder no pudo cargar sus archivos. Su trabajo guardado está a salvo: cierre LOS Builder y vuelva a abrirlo.',
    deletedElsewhere: 'Esto se borró en otra ventana.',
  },
});
