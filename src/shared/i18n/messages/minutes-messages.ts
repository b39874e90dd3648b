import { defineMessages } from '../define-messages';

/**
 * The minutes of the board's vote (minutes-wording.ts): the paragraph step 7 suggests for the
 * secretary and the minutes excerpt the board packet prints after the vote say the same words.
 * What is not recorded yet is a bracketed blank the secretary sees to fill in.
 */
export const minutesMessages = defineMessages('minutes', {
  en: {
    whoMoved: '[who moved]',
    whoSeconded: '[who seconded]',
    number: '[number]',
    date: '[date]',
    place: '[place]',
    board: 'The board',
    boardOf: 'The board of {name}',
    met: '{body} met on {date} at {place}.',
    notice: 'Notice of the meeting: {notice}',
    present:
      '{present} of {seats} members were present; {quorum, select, yes {a quorum was present.} other {there was no quorum.}}',
    agreement: 'the Level of Service Agreement, revision {revision}',
    'rule.majority-present': 'a majority of the members present',
    'rule.majority-seats': 'a majority of all seats',
    'rule.two-thirds-present': 'two-thirds of the members present',
    required: '{rule} ({ayes, plural, one {# aye} other {# ayes}}) was required',
    tally:
      'by a vote of {ayes} to {nays}{others, select, none {} abstaining {, with {abstaining} abstaining} absent {, with {absent} absent} other {, with {abstaining} abstaining and {absent} absent}}; {rule}',
    carried:
      'On motion by {mover}, seconded by {seconder}, the board adopted Resolution No. {resolution} approving {agreement}, {tally}.',
    failed:
      'A motion by {mover}, seconded by {seconder}, to adopt Resolution No. {resolution} approving {agreement} failed, {tally}.',
    'roll.aye': 'Voting aye: {names}.',
    'roll.nay': 'Voting nay: {names}.',
    'roll.abstain': 'Abstaining: {names}.',
    'roll.absent': 'Absent: {names}.',
    noName: 'a member with no name yet',
  },
  es: {
    whoMoved: '[quién presentó la moción]',
    whoSeconded: '[quién la secundó]',
    number: '[número]',
    date: '[fecha]',
    place: '[lugar]',
    board: 'La mesa directiva',
    boardOf: 'La mesa directiva de {name}',
    met: '{body} se reunió el {date} en {place}.',
    notice: 'Aviso de la reunión: {notice}',
    present:
      'Estuvieron presentes {present} de {seats} miembros; {quorum, select, yes {hubo quórum.} other {no hubo quórum.}}',
    agreement: 'el Acuerdo de Nivel de Servicio, revisión {revision}',
    'rule.majority-present': 'la mayoría de los miembros presentes',
    'rule.majority-seats': 'la mayoría de todos los puestos',
    'rule.two-thirds-present': 'dos tercios de los miembros presentes',
    required: 'se requería {rule} ({ayes, plural, one {# voto a favor} other {# votos a favor}})',
    tally:
      'por {ayes} votos a favor y {nays} en contra{others, select, none {} abstaining {, con {abstaining, plural, one {# abstención} other {# abstenciones}}} absent {, con {absent, plural, one {# ausente} other {# ausentes}}} other {, con {abstaining, plural, one {# abstención} other {# abstenciones}} y {absent, plural, one {# ausente} other {# ausentes}}}}; {rule}',
    carried:
      'A moción de {mover}, secundada por {seconder}, la mesa directiva adoptó la Resolución N.º {resolution} que aprueba {agreement}, {tally}.',
    failed:
      'No se aprobó una moción de {mover}, secundada por {seconder}, para adoptar la Resolución N.º {resolution} que aprueba {agreement}, {tally}.',
    'roll.aye': 'Votaron a favor: {names}.',
    'roll.nay': 'Votaron en contra: {names}.',
    'roll.abstain': 'Se abstuvieron: {names}.',
    'roll.absent': 'Ausentes: {names}.',
    noName: 'un miembro todavía sin nombre',
  },
});
