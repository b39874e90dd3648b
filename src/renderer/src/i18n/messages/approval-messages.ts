import { defineMessages } from '@shared/i18n/define-messages';

/** The words of step 7, the board approval (features/approval/). */
export const approvalMessages = defineMessages('approval', {
  en: {
    intro:
      'Record the board meeting that votes on the agreement: who was there, who moved and seconded, and each member’s vote. The outcome is worked out by your board’s rule as you go.',
    'approved.title': 'Revision {revision} approved and frozen',
    'approved.message': 'Print the signed-off agreement on {step}.',
    meetingMode: 'Meeting mode',
    meetingModeHint: 'Large text for the board to see',
    'section.meeting': 'The meeting',
    'section.vote': 'The vote',
    'section.voteHint':
      'Record each member’s vote as it is cast. Absent members count against the <quorum>quorum</quorum>.',
    'section.motion': 'The motion and the minutes',
    // The meeting's papers (MeetingPapers).
    'papers.title': 'Papers for the meeting',
    'papers.hint':
      'Before the meeting, print the board packet: the agenda memo, the draft resolution with blanks for the vote, the public notice, the review’s findings, what customers said and the draft agreement. After the vote, print the minutes excerpt and the resolution, filled in from the votes recorded above.',
    'papers.packet': 'Board packet (English)',
    'papers.packetEs': 'Board packet in Spanish',
    'papers.minutes': 'Minutes excerpt and resolution (English)',
    'papers.minutesEs': 'Minutes and resolution in Spanish',
    'papers.noVotes':
      'Once each member’s vote is recorded above, the minutes excerpt and the filled-in resolution can be printed here.',
    // The meeting (MeetingFields): the same labels as the shared schema's messages.
    'meeting.date': 'Meeting date',
    'meeting.dateHint': 'Such as 3/14/2027 or March 14, 2027.',
    'meeting.place': 'Place',
    'meeting.placeHint': 'Such as: the community hall, 12 Main Street.',
    'meeting.notice': 'How the meeting was noticed',
    'meeting.noticeHint':
      'Open-meetings rules ask for public notice: such as posted at the post office and the well house on March 4, with the agenda.',
    'meeting.seats': 'Board seats',
    'meeting.seatsHint':
      'All seats on the board, filled or not. Leave empty to count the {count, plural, one {# member} other {# members}} listed on step 1.',
    'meeting.quorumRule': 'Quorum: how many must be present',
    'quorum.majority-of-seats': 'More than half of the seats (the usual rule)',
    'quorum.fixed-number': 'A number set by our bylaws',
    'meeting.quorumFixed': 'Quorum set by the bylaws',
    'meeting.quorumFixedHint': 'How many members must be present, such as 3.',
    'meeting.threshold': 'What it takes to pass',
    'meeting.thresholdHint':
      'As your bylaws say. Abstaining members count as present but not as ayes.',
    'threshold.majority-present': 'More than half of those present',
    'threshold.majority-present.hint': 'The usual rule: with 4 present, 3 ayes carry the motion.',
    'threshold.majority-seats': 'More than half of all seats',
    'threshold.majority-seats.hint':
      'Counts every seat, present or not: with 5 seats, 3 ayes are needed.',
    'threshold.two-thirds-present': 'Two-thirds of those present',
    'threshold.two-thirds-present.hint':
      'Some bylaws ask this for major decisions: with 5 present, 4 ayes.',
    // The roll call (VoteTable) and its outcome (OutcomePanel).
    'vote.aye': 'Aye',
    'vote.nay': 'Nay',
    'vote.abstain': 'Abstain',
    'vote.absent': 'Absent',
    'votes.noBoard': 'No board members yet. Add them on step 1, “Utility and team”.',
    'votes.member': 'Board member',
    'votes.vote': 'Vote',
    'votes.unnamed': 'Board member {number}',
    'votes.of': 'Vote of {name}',
    'outcome.label': 'Outcome',
    'outcome.none': 'No votes recorded yet.',
    'outcome.noQuorum': 'No quorum: {present} of {seats} seats present, {needed} needed.',
    'outcome.carried':
      'Carried {ayes}–{nays}{abstaining, plural, =0 {} other {, # abstaining}}{absent, plural, =0 {} other {, # absent}}.',
    'outcome.tie':
      'Failed: {ayes, plural, one {# aye} other {# ayes}}, {nays, plural, one {# nay} other {# nays}}{abstaining, plural, =0 {} other {, # abstaining}}{absent, plural, =0 {} other {, # absent}} (a tie does not carry).',
    'outcome.failed': 'Failed: {needed}.',
    'outcome.needed': '{ayes, plural, one {# aye} other {# ayes}}; {needed} needed ({rule})',
    'outcome.presence': '{present} of {seats} seats present; a quorum is {quorum}.',
    'outcome.neededSentence': '{needed}.',
    'rule.majority-present':
      '{present, plural, =0 {a majority of the members present} other {a majority of the # present}}',
    'rule.majority-seats': 'a majority of the {seats} seats',
    'rule.two-thirds-present':
      '{present, plural, =0 {two-thirds of the members present} other {two-thirds of the # present}}',
    // The motion (MotionFields; the minutes' own words are shared: minutes-messages.ts).
    'motion.notRecorded': 'Not recorded yet',
    'motion.member': '{name} ({office})',
    'motion.movedBy': 'Moved by',
    'motion.secondedBy': 'Seconded by',
    'motion.resolution': 'Resolution number',
    'motion.resolutionHint': 'The number the board gives the resolution, such as 2027-3.',
    'motion.minutes': 'Minutes excerpt',
    'motion.minutesHint':
      'What the secretary writes in the minutes about this vote. “Copy suggested wording” puts a paragraph built from what is recorded above in this box, in place of its text.',
    'motion.copy': 'Copy suggested wording',
    'motion.copied':
      'The suggested wording is in the box above and on the clipboard, ready to paste into the minutes.',
    'motion.notCopied':
      'The suggested wording is in the box above. Select it and copy it into the minutes.',
    // Approving (ApproveSection) and what was approved (ApprovedPanel).
    'approve.title': 'Approve the agreement',
    'approve.hint':
      'Once the vote is recorded and the motion carried, approving freezes this revision so the signed copy can never drift from what the board adopted.',
    'approve.notReady': 'Not ready to approve yet',
    'approve.ready': 'Everything is recorded and the motion carried: {outcome}',
    'approve.checkDate': 'Check the meeting date',
    'approve.dateConfirm': 'The meeting has taken place on that date: record the vote anyway',
    'approve.failed': 'Not approved',
    'approve.button': 'Approve and freeze revision {revision}',
    'approve.confirmTitle': 'Approve and freeze revision {revision}?',
    'approve.cancel': 'Cancel',
    'approve.vote': 'The board’s vote: {outcome}',
    'approve.explain':
      'Approving freezes revision {revision}: the utility and team, the goals, the review settings and this meeting record can no longer be changed, and the version gets its fingerprint for the signed copy. To change anything later, start a new revision.',
    'approve.goBack': 'Go back',
    'approve.confirm': 'Approve and freeze',
    'panel.title': 'Revision {revision} approved',
    'panel.meeting': 'Approved at the board meeting of {date}.',
    'panel.resolution': 'Resolution No. {number}.',
    'panel.recorded': 'Recorded in LOS Builder on {date}.',
    'panel.fingerprint': 'Fingerprint:',
    'panel.print': 'Print the signed-off agreement',
    // Meeting mode (MeetingMode).
    'mode.title': 'Meeting mode: the vote on revision {revision} of the agreement',
    'mode.leave': 'Leave meeting mode',
    // The help beside the step (DOMAIN.md section 4).
    'help.who': 'The board secretary records it at the board meeting',
    'help.body': 'Only the full board can approve',
    'help.bodyText':
      'The board acts as a body, at a meeting noticed to the public, by a motion that is moved, seconded and voted on, with the vote in the minutes.',
    'help.before': 'Before the meeting',
    'help.beforeText':
      'Fill in the date, place and notice here, then print the board packet under “Papers for the meeting”: the memo, the draft resolution, the public notice, the review’s findings, what customers said and the draft agreement, in one PDF.',
    'help.at': 'At the meeting',
    'help.atText':
      'Turn on meeting mode so everyone can see the roll call. Record each member’s vote as it is cast; the outcome is worked out by your board’s rule.',
    'help.freezes': 'Approving freezes the version',
    'help.freezesText':
      'Once approved, this revision cannot change, so the copy the board signs matches what it adopted. Next year, start a new revision from it.',
  },
  es: {
    intro:
      'Registre la reunión de la mesa directiva que vota el acuerdo: quiénes estuvieron, quién presentó y quién secundó la moción, y el voto de cada miembro. El resultado se calcula con la regla de su mesa directiva a medida que avanza.',
    'approved.title': 'Revisión {revision} aprobada y congelada',
    'approved.message': 'Imprima el acuerdo firmado en {step}.',
    meetingMode: 'Modo reunión',
    meetingModeHint: 'Letra grande para que la mesa directiva la vea',
    'section.meeting': 'La reunión',
    'section.vote': 'La votación',
    'section.voteHint':
      'Registre el voto de cada miembro al momento de votar. Los ausentes cuentan en contra del <quorum>quórum</quorum>.',
    'section.motion': 'La moción y el acta',
    'papers.title': 'Documentos para la reunión',
    'papers.hint':
      'Antes de la reunión, imprima los documentos para la junta: el memorando del orden del día, el proyecto de resolución con espacios para la votación, el aviso público, los resultados de la revisión, lo que dijeron los clientes y el proyecto de acuerdo. Después de la votación, imprima el extracto del acta y la resolución, llenados con los votos anotados arriba.',
    'papers.packet': 'Documentos para la junta (inglés)',
    'papers.packetEs': 'Documentos para la junta en español',
    'papers.minutes': 'Extracto del acta y resolución (inglés)',
    'papers.minutesEs': 'Acta y resolución en español',
    'papers.noVotes':
      'Cuando el voto de cada miembro esté anotado arriba, aquí se podrán imprimir el extracto del acta y la resolución llenada.',
    'meeting.date': 'Fecha de la reunión',
    'meeting.dateHint': 'Como 3/14/2027 o 14 de marzo de 2027.',
    'meeting.place': 'Lugar',
    'meeting.placeHint': 'Por ejemplo: el salón comunitario, 12 Main Street.',
    'meeting.notice': 'Cómo se anunció la reunión',
    'meeting.noticeHint':
      'Las reglas de reuniones abiertas piden un aviso público: por ejemplo, publicado en la oficina de correos y en la caseta del pozo el 4 de marzo, con la agenda.',
    'meeting.seats': 'Puestos de la mesa directiva',
    'meeting.seatsHint':
      'Todos los puestos de la mesa, ocupados o no. Déjelo vacío para contar {count, plural, one {el # miembro anotado} other {los # miembros anotados}} en el paso 1.',
    'meeting.quorumRule': 'Quórum: cuántos deben estar presentes',
    'quorum.majority-of-seats': 'Más de la mitad de los puestos (la regla usual)',
    'quorum.fixed-number': 'Un número que fijan nuestros estatutos',
    'meeting.quorumFixed': 'Quórum que fijan los estatutos',
    'meeting.quorumFixedHint': 'Cuántos miembros deben estar presentes, por ejemplo 3.',
    'meeting.threshold': 'Lo que se necesita para aprobar',
    'meeting.thresholdHint':
      'Según sus estatutos. Los que se abstienen cuentan como presentes, pero no como votos a favor.',
    'threshold.majority-present': 'Más de la mitad de los presentes',
    'threshold.majority-present.hint':
      'La regla usual: con 4 presentes, 3 votos a favor aprueban la moción.',
    'threshold.majority-seats': 'Más de la mitad de todos los puestos',
    'threshold.majority-seats.hint':
      'Cuenta cada puesto, presente o no: con 5 puestos se necesitan 3 votos a favor.',
    'threshold.two-thirds-present': 'Dos tercios de los presentes',
    'threshold.two-thirds-present.hint':
      'Algunos estatutos lo piden para decisiones importantes: con 5 presentes, 4 votos a favor.',
    'vote.aye': 'A favor',
    'vote.nay': 'En contra',
    'vote.abstain': 'Se abstiene',
    'vote.absent': 'Ausente',
    'votes.noBoard':
      'Todavía no hay miembros de la mesa directiva. Agréguelos en el paso 1, “Sistema y equipo”.',
    'votes.member': 'Miembro de la mesa',
    'votes.vote': 'Voto',
    'votes.unnamed': 'Miembro de la mesa {number}',
    'votes.of': 'Voto de {name}',
    'outcome.label': 'Resultado',
    'outcome.none': 'Todavía no hay votos registrados.',
    'outcome.noQuorum':
      'Sin quórum: {present} de {seats} puestos presentes; se necesitaban {needed}.',
    'outcome.carried':
      'Aprobada {ayes}–{nays}{abstaining, plural, =0 {} one {, # abstención} other {, # abstenciones}}{absent, plural, =0 {} one {, # ausente} other {, # ausentes}}.',
    'outcome.tie':
      'No aprobada: {ayes} a favor, {nays} en contra{abstaining, plural, =0 {} one {, # abstención} other {, # abstenciones}}{absent, plural, =0 {} one {, # ausente} other {, # ausentes}} (un empate no aprueba la moción).',
    'outcome.failed': 'No aprobada: {needed}.',
    'outcome.needed':
      '{ayes, plural, one {# voto a favor} other {# votos a favor}}; se necesitaban {needed} ({rule})',
    'outcome.presence': '{present} de {seats} puestos presentes; el quórum es de {quorum}.',
    'outcome.neededSentence': '{needed}.',
    'rule.majority-present':
      '{present, plural, =0 {la mayoría de los miembros presentes} other {la mayoría de los # presentes}}',
    'rule.majority-seats': 'la mayoría de los {seats} puestos',
    'rule.two-thirds-present':
      '{present, plural, =0 {dos tercios de los miembros presentes} other {dos tercios de los # presentes}}',
    'motion.notRecorded': 'Todavía sin registrar',
    'motion.member': '{name} ({office})',
    'motion.movedBy': 'Moción presentada por',
    'motion.secondedBy': 'Secundada por',
    'motion.resolution': 'Número de resolución',
    'motion.resolutionHint': 'El número que la mesa directiva da a la resolución, como 2027-3.',
    'motion.minutes': 'Extracto del acta',
    'motion.minutesHint':
      'Lo que el secretario escribe en el acta sobre esta votación. “Copiar el texto sugerido” pone en este cuadro, en lugar de su texto, un párrafo armado con lo que se registró arriba.',
    'motion.copy': 'Copiar el texto sugerido',
    'motion.copied':
      'El texto sugerido está en el cuadro de arriba y en el portapapeles, listo para pegarlo en el acta.',
    'motion.notCopied':
      'El texto sugerido está en el cuadro de arriba. Selecciónelo y cópielo en el acta.',
    'approve.title': 'Aprobar el acuerdo',
    'approve.hint':
      'Una vez registrada la votación y aprobada la moción, al aprobar se congela esta revisión, para que la copia firmada nunca se aparte de lo que adoptó la mesa directiva.',
    'approve.notReady': 'Todavía no se puede aprobar',
    'approve.ready': 'Todo está registrado y la moción fue aprobada: {outcome}',
    'approve.checkDate': 'Revise la fecha de la reunión',
    'approve.dateConfirm':
      'La reunión se llevó a cabo en esa fecha: registrar la votación de todos modos',
    'approve.failed': 'No se aprobó',
    'approve.button': 'Aprobar y congelar la revisión {revision}',
    'approve.confirmTitle': '¿Aprobar y congelar la revisión {revision}?',
    'approve.cancel': 'Cancelar',
    'approve.vote': 'La votación de la mesa directiva: {outcome}',
    'approve.explain':
      'Al aprobar se congela la revisión {revision}: el sistema y el equipo, las metas, los ajustes de la revisión y este registro de la reunión ya no se pueden cambiar, y la versión recibe su huella digital para la copia firmada. Para cambiar algo más adelante, empiece una nueva revisión.',
    'approve.goBack': 'Regresar',
    'approve.confirm': 'Aprobar y congelar',
    'panel.title': 'Revisión {revision} aprobada',
    'panel.meeting': 'Aprobada en la reunión de la mesa directiva del {date}.',
    'panel.resolution': 'Resolución N.º {number}.',
    'panel.recorded': 'Registrada en LOS Builder el {date}.',
    'panel.fingerprint': 'Huella digital:',
    'panel.print': 'Imprimir el acuerdo firmado',
    'mode.title': 'Modo reunión: la votación de la revisión {revision} del acuerdo',
    'mode.leave': 'Salir del modo reunión',
    'help.who': 'El secretario de la mesa directiva lo registra en la reunión',
    'help.body': 'Solo la mesa directiva completa puede aprobar',
    'help.bodyText':
      'La mesa directiva actúa como cuerpo, en una reunión anunciada al público, por una moción presentada, secundada y votada, con la votación en el acta.',
    'help.before': 'Antes de la reunión',
    'help.beforeText':
      'Anote aquí la fecha, el lugar y el aviso, y luego imprima los documentos para la junta en «Documentos para la reunión»: el memorando, el proyecto de resolución, el aviso público, los resultados de la revisión, lo que dijeron los clientes y el proyecto de acuerdo, en un solo PDF.',
    'help.at': 'En la reunión',
    'help.atText':
      'Active el modo reunión para que todos vean la votación nominal. Registre el voto de cada miembro al momento de votar; el resultado se calcula con la regla de su mesa directiva.',
    'help.freezes': 'Aprobar congela la versión',
    'help.freezesText':
      'Una vez aprobada, esta revisión no puede cambiar, así que la copia que firma la mesa directiva es igual a lo que adoptó. El próximo año, empiece una nueva revisión a partir de ella.',
  },
});
