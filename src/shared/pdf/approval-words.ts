import type { VoteOutcome, VoteThreshold } from '../domain/approval';
import { ayesAgainstNeeded } from '../domain/approval-rules/ayes-needed';
import { outcomeSummary } from '../domain/approval-rules/vote-outcome';
import { countOf } from '../domain/numbers/plural';
import type { Language } from '../domain/printed-date';
import { sayIn } from '../i18n/say-in';

type Tally = Pick<VoteOutcome, 'ayes' | 'nays' | 'abstentions' | 'absent'>;

/** The fixed text of the approval record and the signature page. */
export interface ApprovalWords {
  title: string;
  notApproved: string;
  columns: [string, string, string];
  notRecorded: string;
  quorum: (outcome: VoteOutcome) => string;
  moved: string;
  seconded: string;
  toAdopt: (revision: number) => string;
  rows: {
    date: string;
    place: string;
    notice: string;
    quorum: string;
    motion: string;
    toPass: string;
    tally: string;
    outcome: string;
    resolution: string;
  };
  toPass: (threshold: VoteThreshold, outcome: VoteOutcome) => string;
  tally: (outcome: Tally) => string;
  /** The signature band's short tally: "3 aye, 1 nay, 1 absent". */
  shortTally: (outcome: Tally) => string;
  rollCall: string;
  minutes: string;
  kicker: string;
  signatures: string;
  boardOf: string;
  theUtility: string;
  willConsider: (revision: number) => string;
  adopted: (revision: number, date: string) => string;
  byResolution: string;
  name: string;
  date: string;
  president: string;
  secretary: string;
  operator: string;
  fingerprint: string;
  notAssigned: string;
  fingerprintOf: string;
  shortForm: string;
  howToCheck: string;
  resolutionNo: string;
  adoptedOn: string;
  vote: string;
  notNumbered: string;
}

/** How many voted each way, as the English record always said it. */
function englishShortTally(outcome: Tally): string {
  const parts = [`${outcome.ayes} aye`, `${outcome.nays} nay`];
  if (outcome.abstentions > 0) parts.push(`${outcome.abstentions} abstaining`);
  if (outcome.absent > 0) parts.push(`${outcome.absent} absent`);
  return parts.join(', ');
}

const abstention = { one: 'abstención', other: 'abstenciones' };
const absentee = { one: 'ausente', other: 'ausentes' };
const aye = { one: 'voto a favor', other: 'votos a favor' };

/** The same count in Spanish: "3 a favor, 1 en contra, 1 ausente". */
function spanishShortTally(outcome: Tally): string {
  const parts = [`${outcome.ayes} a favor`, `${outcome.nays} en contra`];
  if (outcome.abstentions > 0) parts.push(countOf(outcome.abstentions, abstention, 'es'));
  if (outcome.absent > 0) parts.push(countOf(outcome.absent, absentee, 'es'));
  return parts.join(', ');
}

/** The rule with this meeting's numbers, in Spanish (ayes-needed.ts says it in English). */
function spanishThreshold(threshold: VoteThreshold, outcome: VoteOutcome): string {
  switch (threshold) {
    case 'majority-present':
      return outcome.present === 0
        ? 'la mayoría de los miembros presentes'
        : `la mayoría de los ${outcome.present} presentes`;
    case 'majority-seats':
      return `la mayoría de los ${outcome.seats} puestos`;
    case 'two-thirds-present':
      return outcome.present === 0
        ? 'dos tercios de los miembros presentes'
        : `dos tercios de los ${outcome.present} presentes`;
  }
}

function spanishToPass(threshold: VoteThreshold, outcome: VoteOutcome): string {
  return `${countOf(outcome.ayes, aye, 'es')}; se necesitaban ${outcome.ayesNeeded} (${spanishThreshold(threshold, outcome)})`;
}

/**
 * The outcome in one sentence, in Spanish: vote-outcome.ts's summary, worked out again from
 * the recorded counts (the stored summary is the English one, kept as it was approved).
 */
export function spanishSummary(threshold: VoteThreshold, outcome: VoteOutcome): string {
  return sayIn(outcomeSummary(outcome, threshold), 'es');
}

export const approvalWords: Record<Language, ApprovalWords> = {
  en: {
    title: 'Approval record',
    notApproved:
      'This revision has not been approved yet. When the board votes at a noticed, open meeting, this section records the meeting, the motion, each member’s vote and the outcome. For the roll call:',
    columns: ['Board member', 'Office', 'Vote'],
    notRecorded: 'not recorded',
    quorum: (o) =>
      `${o.seats} seats; ${o.present} members present; ${o.quorumNeeded} needed for a quorum — ${o.hasQuorum ? 'a quorum was present' : 'no quorum'}.`,
    moved: 'Moved by ',
    seconded: ', seconded by ',
    toAdopt: (revision) => `, to adopt Revision ${revision} of this Level of Service Agreement.`,
    rows: {
      date: 'Meeting date',
      place: 'Place',
      notice: 'Notice',
      quorum: 'Quorum',
      motion: 'Motion',
      toPass: 'To pass',
      tally: 'Tally',
      outcome: 'Outcome',
      resolution: 'Resolution',
    },
    toPass: (threshold, outcome) => `${ayesAgainstNeeded(threshold, outcome)}.`,
    tally: (o) =>
      `${countOf(o.ayes, { one: 'aye', other: 'ayes' })}, ${countOf(o.nays, { one: 'nay', other: 'nays' })}, ${o.abstentions} abstaining, ${o.absent} absent.`,
    shortTally: englishShortTally,
    rollCall: 'Roll call',
    minutes: 'From the minutes',
    kicker: 'ADOPTION',
    signatures: 'Signatures',
    boardOf: 'The Board of Directors of ',
    theUtility: 'the utility',
    willConsider: (revision) =>
      ` will consider Revision ${revision} of this Level of Service Agreement at a noticed, open meeting. It takes effect when the board adopts it.`,
    adopted: (revision, date) =>
      ` adopted Revision ${revision} of this Level of Service Agreement at its meeting of ${date}`,
    byResolution: ' by Resolution No. ',
    name: 'Name: ____________________________',
    date: 'Date',
    president: 'President of the Board',
    secretary: 'Attest: Secretary of the Board',
    operator: 'Prepared by: Operator',
    fingerprint: 'FINGERPRINT',
    notAssigned:
      'Not yet assigned. When the board approves this revision, LOS Builder computes its fingerprint; it then appears here, with a QR code, and at the foot of every page.',
    fingerprintOf: 'FINGERPRINT OF THIS APPROVED VERSION (SHA-256)',
    shortForm: 'Short form, printed at the foot of every page: ',
    howToCheck:
      'The fingerprint is computed from the agreement and the record of the vote; any change to either gives a different one. To check a printed copy, choose “Check a printed copy” in LOS Builder and type the short form.',
    resolutionNo: 'Resolution No.',
    adoptedOn: 'Adopted',
    vote: 'Vote',
    notNumbered: 'not numbered',
  },
  es: {
    title: 'Constancia de aprobación',
    notApproved:
      'Esta revisión todavía no se ha aprobado. Cuando la mesa directiva vote en una reunión pública convocada con aviso, esta sección anotará la reunión, la moción, el voto de cada miembro y el resultado. Para pasar lista:',
    columns: ['Miembro de la mesa directiva', 'Cargo', 'Voto'],
    notRecorded: 'sin anotar',
    quorum: (o) =>
      `${countOf(o.seats, { one: 'puesto', other: 'puestos' }, 'es')}; ${countOf(o.present, { one: 'miembro presente', other: 'miembros presentes' }, 'es')}; se necesitan ${o.quorumNeeded} para el quórum — ${o.hasQuorum ? 'hubo quórum' : 'no hubo quórum'}.`,
    moved: 'Propuesta por ',
    seconded: ', secundada por ',
    toAdopt: (revision) =>
      `, para aprobar la Revisión ${revision} de este Acuerdo de Nivel de Servicio.`,
    rows: {
      date: 'Fecha de la reunión',
      place: 'Lugar',
      notice: 'Aviso',
      quorum: 'Quórum',
      motion: 'Moción',
      toPass: 'Para aprobarse',
      tally: 'Conteo',
      outcome: 'Resultado',
      resolution: 'Resolución',
    },
    toPass: (threshold, outcome) => `${spanishToPass(threshold, outcome)}.`,
    tally: (o) =>
      `${o.ayes} a favor, ${o.nays} en contra, ${countOf(o.abstentions, abstention, 'es')}, ${countOf(o.absent, absentee, 'es')}.`,
    shortTally: spanishShortTally,
    rollCall: 'El voto de cada miembro',
    minutes: 'Del acta',
    kicker: 'APROBACIÓN',
    signatures: 'Firmas',
    boardOf: 'La mesa directiva de ',
    theUtility: 'el sistema',
    willConsider: (revision) =>
      ` estudiará la Revisión ${revision} de este Acuerdo de Nivel de Servicio en una reunión pública convocada con aviso. Entra en vigor cuando la mesa directiva lo apruebe.`,
    adopted: (revision, date) =>
      ` aprobó la Revisión ${revision} de este Acuerdo de Nivel de Servicio en su reunión del ${date}`,
    byResolution: ' mediante la Resolución Núm. ',
    name: 'Nombre: ____________________________',
    date: 'Fecha',
    president: 'Presidente de la mesa directiva',
    secretary: 'Doy fe: Secretario de la mesa directiva',
    operator: 'Preparado por: Operador',
    fingerprint: 'HUELLA DIGITAL',
    notAssigned:
      'Todavía sin asignar. Cuando la mesa directiva apruebe esta revisión, LOS Builder calculará su huella digital; entonces aparecerá aquí, con un código QR, y al pie de cada página.',
    fingerprintOf: 'HUELLA DIGITAL DE ESTA VERSIÓN APROBADA (SHA-256)',
    shortForm: 'Forma corta, impresa al pie de cada página: ',
    // The step, not the panel's title: the screens may be in English, and a step's number is the
    // same in both languages.
    howToCheck:
      'La huella digital se calcula a partir del acuerdo y la constancia de la votación; cualquier cambio en uno u otro da una huella distinta. Para verificar una copia impresa, abra el paso 8 de LOS Builder y escriba ahí la forma corta.',
    resolutionNo: 'Resolución Núm.',
    adoptedOn: 'Aprobado',
    vote: 'Votación',
    notNumbered: 'sin número',
  },
};
