import { defineMessages } from '../define-messages';

/** The words of approval's rules (domain/approval-rules/): what stops a vote, how a vote came out. */
export const approvalRulesMessages = defineMessages('approvalRules', {
  en: {
    // approval-blockers.ts: what stands in the way of recording the approval.
    'blocker.review':
      '{count, plural, one {The review found 1 problem that blocks approval: fix it on the Review step.} other {The review found # problems that block approval: fix them on the Review step.}}',
    'blocker.date': 'Enter the date of the board meeting.',
    'blocker.place': 'Enter where the board met.',
    'blocker.quorumFixed': 'Enter the quorum your bylaws fix, or choose a majority of the seats.',
    'blocker.votes': 'Record a vote for {names}: aye, nay, abstain or absent.',
    'blocker.noQuorum':
      'There was no quorum ({present} of {seats} seats present, {needed} needed): the board can approve only at a meeting with a quorum.',
    'blocker.notCarried':
      'The motion did not carry: {tally}. The agreement is approved only by a motion that carries: check each recorded vote against the minutes.',
    'blocker.resolution':
      'Enter the resolution number: small systems adopt documents by numbered resolution, such as Resolution No. {year}-3.',
    'motion.choose':
      '{role, select, moved {Choose who moved the motion.} other {Choose who seconded the motion.}}',
    'motion.gone':
      '{role, select, moved {The member who moved the motion is no longer on the board: choose who moved it.} other {The member who seconded the motion is no longer on the board: choose who seconded it.}}',
    'motion.absent':
      '{role, select, moved {{name} moved the motion but is not recorded as present: record their vote, or choose who moved it.} other {{name} seconded the motion but is not recorded as present: record their vote, or choose who seconded it.}}',
    'motion.same': 'The same member cannot move and second the motion: choose who seconded it.',
    'member.numbered': 'board member {number}',
    'member.numberedStart': 'Board member {number}',
    // The records and the working copy (audit-records.ts, main's editable store).
    recordsChanged:
      'The records on this computer were changed outside LOS Builder (see the red notice at the top). Restore a backup from before the change before recording a new approval.',
    frozen:
      'Revision {revision} was approved by the board and can no longer be changed. Start a new revision to make changes.',
    'frozen.onDay':
      'Revision {revision} was approved by the board on {date} and can no longer be changed. Start a new revision to make changes.',

    // ayes-needed.ts: the ayes cast against the ayes the rule needs.
    ayesNeeded: '{ayes, plural, one {# aye} other {# ayes}}; {needed} needed ({rule})',
    'threshold.majority-present': 'a majority of the members present',
    'threshold.majority-present.counted': 'a majority of the {present} present',
    'threshold.majority-seats.counted': 'a majority of the {seats} seats',
    'threshold.two-thirds-present': 'two-thirds of the members present',
    'threshold.two-thirds-present.counted': 'two-thirds of the {present} present',

    // vote-outcome.ts: the outcome in one sentence.
    'summary.noQuorum': 'No quorum: {present} of {seats} seats present, {needed} needed.',
    'summary.carried':
      'Carried {ayes}–{nays}{abstaining, plural, =0 {} other {, # abstaining}}{absent, plural, =0 {} other {, # absent}}.',
    'summary.tie':
      'Failed: {ayes, plural, one {# aye} other {# ayes}}, {nays, plural, one {# nay} other {# nays}}{abstaining, plural, =0 {} other {, # abstaining}}{absent, plural, =0 {} other {, # absent}} (a tie does not carry).',
    'summary.failed': 'Failed: {tally}.',
  },
  es: {
    'blocker.review':
      '{count, plural, one {La revisión encontró 1 problema que impide la aprobación: corríjalo en el paso Revisión.} other {La revisión encontró # problemas que impiden la aprobación: corríjalos en el paso Revisión.}}',
    'blocker.date': 'Escriba la fecha de la reunión de la mesa directiva.',
    'blocker.place': 'Escriba dónde se reunió la mesa directiva.',
    'blocker.quorumFixed':
      'Escriba el quórum que fijan sus estatutos, o elija la mayoría de los puestos.',
    'blocker.votes': 'Anote el voto de {names}: a favor, en contra, abstención o ausente.',
    'blocker.noQuorum':
      'No hubo quórum ({present} de {seats} puestos presentes; se necesitaban {needed}): la mesa directiva solo puede aprobar en una reunión con quórum.',
    'blocker.notCarried':
      'La moción no se aprobó: {tally}. El acuerdo solo se aprueba con una moción aprobada: compare cada voto anotado con el acta.',
    'blocker.resolution':
      'Escriba el número de resolución: los sistemas pequeños aprueban sus documentos por resolución numerada, como la Resolución Núm. {year}-3.',
    'motion.choose':
      '{role, select, moved {Elija quién propuso la moción.} other {Elija quién secundó la moción.}}',
    'motion.gone':
      '{role, select, moved {El miembro que propuso la moción ya no está en la mesa directiva: elija quién la propuso.} other {El miembro que secundó la moción ya no está en la mesa directiva: elija quién la secundó.}}',
    'motion.absent':
      '{role, select, moved {{name} propuso la moción, pero no está anotado como presente: anote su voto, o elija quién la propuso.} other {{name} secundó la moción, pero no está anotado como presente: anote su voto, o elija quién la secundó.}}',
    'motion.same':
      'El mismo miembro no puede proponer y secundar la moción: elija quién la secundó.',
    'member.numbered': 'el miembro {number} de la mesa directiva',
    'member.numberedStart': 'El miembro {number} de la mesa directiva',
    recordsChanged:
      'Los registros de esta computadora se cambiaron fuera de LOS Builder (vea el aviso rojo arriba). Restaure una copia de respaldo de antes del cambio antes de anotar una nueva aprobación.',
    frozen:
      'La mesa directiva aprobó la revisión {revision} y ya no se puede cambiar. Empiece una nueva revisión para hacer cambios.',
    'frozen.onDay':
      'La mesa directiva aprobó la revisión {revision} el {date} y ya no se puede cambiar. Empiece una nueva revisión para hacer cambios.',

    ayesNeeded:
      '{ayes, plural, one {# voto a favor} other {# votos a favor}}; se necesitaban {needed} ({rule})',
    'threshold.majority-present': 'la mayoría de los miembros presentes',
    'threshold.majority-present.counted': 'la mayoría de los {present} presentes',
    'threshold.majority-seats.counted': 'la mayoría de los {seats} puestos',
    'threshold.two-thirds-present': 'dos tercios de los miembros presentes',
    'threshold.two-thirds-present.counted': 'dos tercios de los {present} presentes',

    'summary.noQuorum':
      'Sin quórum: {present} de {seats} puestos presentes; se necesitaban {needed}.',
    'summary.carried':
      'Aprobada {ayes}–{nays}{abstaining, plural, =0 {} one {, # abstención} other {, # abstenciones}}{absent, plural, =0 {} one {, # ausente} other {, # ausentes}}.',
    'summary.tie':
      'No aprobada: {ayes} a favor, {nays} en contra{abstaining, plural, =0 {} one {, # abstención} other {, # abstenciones}}{absent, plural, =0 {} one {, # ausente} other {, # ausentes}} (un empate no aprueba la moción).',
    'summary.failed': 'No aprobada: {tally}.',
  },
});
