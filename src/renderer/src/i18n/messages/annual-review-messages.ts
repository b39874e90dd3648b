import { defineMessages } from '@shared/i18n/define-messages';

/** The words of the annual review (features/annual-review/). */
export const annualMessages = defineMessages('annual', {
  en: {
    // AnnualReviewPanel
    reading: 'Reading the review…',
    readFailed: 'Could not read the review',
    nothingYet: 'Nothing to review yet',
    nothingApproved: 'Nothing is approved yet.',
    intro:
      'Once a year the board looks at each goal of revision {revision} with its results since it was approved on {approvedOn}, and decides: keep it, raise or lower its target, drop it, or reword it. A reason is needed to lower or drop a goal. Each decision is saved on its own; nothing in revision {revision} changes.',
    nextRevision: 'Revision {revision}',
    alreadyDrafting:
      'Revision {drafting} is already being drafted: decisions saved now are not applied to it. Change its goals in the agreement’s steps; the review step shows what changed since revision {revision}, with the reasons saved here.',
    // DecisionRow
    goal: 'Goal {number}: {statement}',
    target: 'Target: {target}',
    year: 'The year:',
    yearSummary: '{summary}.',
    suggested: 'Suggested:',
    choiceFor: 'Decision for goal {number}',
    'choice.keep': 'Keep it',
    'choice.raise': 'Raise the target',
    'choice.lower': 'Lower the target',
    'choice.drop': 'Drop the goal',
    'choice.reword': 'Reword it',
    decided:
      '{choice, select, raise {raise the target to {target}} other {lower the target to {target}}}',
    notSingle:
      'This goal’s target is not a single number to raise or lower: reword it to change it.',
    'hint.reword': 'The next revision keeps the goal as it is; you reword it there, in its step.',
    'hint.drop': 'The next revision leaves this goal out.',
    'hint.raise':
      '{way, select, lower {Raising promises more: a lower number than today’s target.} other {Raising promises more: a higher number than today’s target.}}',
    'hint.lower':
      '{way, select, lower {Lowering promises less: a lower number than today’s target.} other {Lowering promises less: a higher number than today’s target.}}',
    newTarget: 'New target',
    today: 'Today: {target}.',
    reason: 'Reason',
    reasonOptional: 'Reason (optional)',
    reasonNeeded:
      'Shown with the change on the review step and printed in the draft the board votes on.',
    reasonIfChanged:
      'Shown with the change on the review step and in the draft, if the goal changes.',
    notSaved: 'Not saved',
    stillOnScreen: '{problem} Your decision is still on screen.',
    saveLabel: 'Save the decision for goal {number}',
    retryLabel: 'Try again to save the decision for goal {number}',
    save: 'Save decision',
    retry: 'Try again',
    'state.saving': 'Saving…',
    'state.invalid': 'Not saved: fix what is said above',
    'state.dirty': 'Not saved yet',
    'state.saved': '✓ Saved: {decision}',
    'state.none': 'No decision yet',
    chooseOne: 'Decision: choose one.',
    // StartRevision
    started: 'Revision {revision} started',
    startedCopy:
      'A copy of revision {revision} with the board’s decisions applied. The review step shows “What changed since revision {revision}” with each reason, and the draft printed for the board does too.',
    changed: 'What revision {revision} changed',
    seeChanges: 'See what changed in revision {revision} (step {number}, {step})',
    undecided:
      '{count, plural, one {One goal has no decision saved: it is kept as it is.} other {# goals have no decision saved: they are kept as they are.}}',
    notStarted: 'Not started',
    start: 'Start revision {revision} from these decisions',
    startAsk: 'Start revision {revision} from these decisions?',
    noChanges: 'No goal changes: revision {next} starts as a copy of revision {revision}.',
    startsWith: 'Revision {next} starts as a copy of revision {revision}, with:',
    willChange: 'What revision {revision} will change',
    staysInForce:
      'Revision {revision} stays approved and in force until the board approves revision {next}.',
    cancel: 'Cancel',
    startShort: 'Start revision {revision}',
  },
  es: {
    reading: 'Leyendo la revisión…',
    readFailed: 'No se pudo leer la revisión',
    nothingYet: 'Todavía no hay nada que revisar',
    nothingApproved: 'Todavía no hay nada aprobado.',
    intro:
      'Una vez al año, la mesa directiva mira cada meta de la revisión {revision} con sus resultados desde que se aprobó el {approvedOn}, y decide: mantenerla, subir o bajar su objetivo, quitarla o reescribirla. Para bajar o quitar una meta hace falta una razón. Cada decisión se guarda por separado; nada cambia en la revisión {revision}.',
    nextRevision: 'Revisión {revision}',
    alreadyDrafting:
      'La revisión {drafting} ya se está redactando: las decisiones que se guarden ahora no se le aplican. Cambie sus metas en los pasos del acuerdo; el paso de revisión muestra lo que cambió desde la revisión {revision}, con las razones guardadas aquí.',
    goal: 'Meta {number}: {statement}',
    target: 'Objetivo: {target}',
    year: 'El año:',
    yearSummary: '{summary}.',
    suggested: 'Sugerencia:',
    choiceFor: 'Decisión sobre la meta {number}',
    'choice.keep': 'Mantenerla',
    'choice.raise': 'Subir el objetivo',
    'choice.lower': 'Bajar el objetivo',
    'choice.drop': 'Quitar la meta',
    'choice.reword': 'Reescribirla',
    decided:
      '{choice, select, raise {subir el objetivo a {target}} other {bajar el objetivo a {target}}}',
    notSingle:
      'El objetivo de esta meta no es un solo número que se pueda subir o bajar: reescríbala para cambiarlo.',
    'hint.reword':
      'La próxima revisión conserva la meta tal como está; usted la reescribe allí, en su paso.',
    'hint.drop': 'La próxima revisión deja fuera esta meta.',
    'hint.raise':
      '{way, select, lower {Subir promete más: un número menor que el objetivo de hoy.} other {Subir promete más: un número mayor que el objetivo de hoy.}}',
    'hint.lower':
      '{way, select, lower {Bajar promete menos: un número menor que el objetivo de hoy.} other {Bajar promete menos: un número mayor que el objetivo de hoy.}}',
    newTarget: 'Nuevo objetivo',
    today: 'Hoy: {target}.',
    reason: 'Razón',
    reasonOptional: 'Razón (opcional)',
    reasonNeeded:
      'Se muestra con el cambio en el paso de revisión y se imprime en el borrador que vota la mesa directiva.',
    reasonIfChanged:
      'Se muestra con el cambio en el paso de revisión y en el borrador, si la meta cambia.',
    notSaved: 'Sin guardar',
    stillOnScreen: '{problem} Su decisión sigue en la pantalla.',
    saveLabel: 'Guardar la decisión sobre la meta {number}',
    retryLabel: 'Intentar de nuevo guardar la decisión sobre la meta {number}',
    save: 'Guardar la decisión',
    retry: 'Intentar de nuevo',
    'state.saving': 'Guardando…',
    'state.invalid': 'Sin guardar: corrija lo que se indica arriba',
    'state.dirty': 'Aún sin guardar',
    'state.saved': '✓ Guardado: {decision}',
    'state.none': 'Sin decisión todavía',
    chooseOne: 'Decisión: elija una.',
    started: 'Se empezó la revisión {revision}',
    startedCopy:
      'Una copia de la revisión {revision} con las decisiones de la mesa directiva aplicadas. El paso de revisión muestra “Lo que cambió desde la revisión {revision}” con cada razón, y el borrador que se imprime para la mesa directiva también.',
    changed: 'Lo que cambió en la revisión {revision}',
    seeChanges: 'Ver lo que cambió en la revisión {revision} (paso {number}, {step})',
    undecided:
      '{count, plural, one {Una meta no tiene decisión guardada: se mantiene como está.} other {# metas no tienen decisión guardada: se mantienen como están.}}',
    notStarted: 'No se empezó',
    start: 'Empezar la revisión {revision} con estas decisiones',
    startAsk: '¿Empezar la revisión {revision} con estas decisiones?',
    noChanges:
      'Ninguna meta cambia: la revisión {next} empieza como una copia de la revisión {revision}.',
    startsWith: 'La revisión {next} empieza como una copia de la revisión {revision}, con:',
    willChange: 'Lo que cambiará la revisión {revision}',
    staysInForce:
      'La revisión {revision} sigue aprobada y en vigor hasta que la mesa directiva apruebe la revisión {next}.',
    cancel: 'Cancelar',
    startShort: 'Empezar la revisión {revision}',
  },
});
