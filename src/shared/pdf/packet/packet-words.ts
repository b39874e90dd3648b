import type { FindingSeverity } from '../../domain/review-finding';
import type { Language } from '../../domain/printed-date';

/** The board packet's own words: the memo, the public notice and the parts' headings. */
export interface PacketWords {
  title: string;
  minutesTitle: string;
  kicker: string;
  memoTitle: (revision: number) => string;
  to: string;
  toBoard: (utility: string) => string;
  from: string;
  fromNobody: string;
  operator: string;
  meeting: string;
  prepared: string;
  notSet: string;
  asked: string;
  askedText: (revision: number, resolution: string) => string;
  byWhen: string;
  byMeeting: (date: string) => string;
  noMeetingDate: string;
  voteNeeded: string;
  /** `rule` is the threshold as the minutes name it: "a majority of the members present". */
  voteNeededText: (seats: number, quorum: number, rule: string) => string;
  seatsNotSet: string;
  review: string;
  reviewBlocked: (count: number) => string;
  reviewClear: (warnings: number, notes: number) => string;
  contents: string;
  parts: string[];
  responses: (count: number) => string;
  noticeKicker: string;
  noticeText: {
    meets: (utility: string, date: string, place: string) => string;
    considers: (revision: number) => string;
    copy: (blank: string) => string;
    welcome: string;
    how: (notice: string) => string;
  };
  findings: string;
  severity: Record<FindingSeverity, string>;
  noFindings: string;
  whatToDo: string;
  customers: string;
  noCards: string;
  attachment: string;
  minutesKicker: string;
  minutesOf: (utility: string, date: string) => string;
  /** Said when the board saved no minutes excerpt: the wording is the app's, from the record. */
  suggested: string;
  certify: (date: string) => string;
  /** Printed while the app has not recorded the approval: the vote is as typed on step 7. */
  notYetApproved: string;
  example: string;
}

const count = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

export const packetWords: Record<Language, PacketWords> = {
  en: {
    title: 'Board packet',
    minutesTitle: 'Minutes excerpt and resolution',
    kicker: 'AGENDA ITEM',
    memoTitle: (revision) => `Approve the Level of Service Agreement, revision ${revision}`,
    to: 'To',
    toBoard: (utility) => `The board of directors of ${utility}`,
    from: 'From',
    fromNobody: 'The planning team',
    operator: 'operator',
    meeting: 'Meeting',
    prepared: 'Prepared',
    notSet: 'not set yet (step 7)',
    asked: 'What is asked of the board',
    askedText: (revision, resolution) =>
      `To adopt Resolution No. ${resolution}, approving revision ${revision} of the Level of Service Agreement: the service the utility promises its customers and how it will measure it.`,
    byWhen: 'By when',
    byMeeting: (date) => `At the meeting on ${date}.`,
    noMeetingDate: 'The meeting date is not set yet (step 7).',
    voteNeeded: 'The vote needed',
    voteNeededText: (seats, quorum, rule) =>
      `The board has ${count(seats, 'seat', 'seats')}; a quorum is ${count(quorum, 'member', 'members')} present. The motion carries with the ayes of ${rule}.`,
    seatsNotSet: 'The number of seats is not set yet (step 7).',
    review: 'Where the review stands',
    reviewBlocked: (n) =>
      `The review still lists ${count(n, 'item', 'items')} that must be fixed before the board can approve (part 4 of this packet).`,
    reviewClear: (warnings, notes) =>
      `The review lists nothing that stops approval; ${count(warnings, 'warning', 'warnings')} and ${count(notes, 'note', 'notes')} are for the board to weigh (part 4 of this packet).`,
    contents: 'In this packet',
    parts: [
      '1. This memo',
      '2. The draft resolution',
      '3. The public notice of the meeting',
      '4. The review’s findings',
      '5. What customers said',
      '6. The draft agreement (attachment A)',
    ],
    responses: (n) => `${count(n, 'response was', 'responses were')} recorded`,
    noticeKicker: 'NOTICE OF PUBLIC MEETING',
    noticeText: {
      meets: (utility, date, place) =>
        `The board of directors of ${utility} will hold a public meeting on ${date} at ${place}.`,
      considers: (revision) =>
        `At this meeting the board will consider adopting revision ${revision} of the utility’s Level of Service Agreement: the service the utility promises its customers and how it will measure it.`,
      copy: (blank) => `The draft agreement can be seen before the meeting at: ${blank}`,
      welcome: 'Customers are welcome to attend and to speak on the agreement.',
      how: (notice) => `How this notice is given, as recorded for the meeting: ${notice}`,
    },
    findings: 'The review’s findings',
    severity: {
      blocker: 'Must be fixed before the board can approve',
      warning: 'Warnings for the board to weigh',
      note: 'Notes',
    },
    noFindings: 'The review found nothing to report.',
    whatToDo: 'What to do:',
    customers: 'What customers said',
    noCards: 'No survey cards are recorded yet.',
    attachment: 'ATTACHMENT A: THE DRAFT AGREEMENT',
    minutesKicker: 'EXCERPT FROM THE MINUTES',
    minutesOf: (utility, date) => `Meeting of the board of directors of ${utility}, ${date}`,
    suggested:
      'No minutes excerpt was saved in step 7; this paragraph is worded from the vote as recorded there.',
    certify: (date) =>
      `I certify that this is a true excerpt from the minutes of the meeting of the board held on ${date}, and that the resolution that follows is the one voted on.`,
    notYetApproved:
      'The approval of this revision is not recorded in LOS Builder yet: the vote below is as typed in step 7.',
    example: 'EXAMPLE',
  },
  es: {
    title: 'Documentos para la junta',
    minutesTitle: 'Extracto del acta y resolución',
    kicker: 'PUNTO DEL ORDEN DEL DÍA',
    memoTitle: (revision) => `Aprobar el Acuerdo de Nivel de Servicio, revisión ${revision}`,
    to: 'Para',
    toBoard: (utility) => `La mesa directiva de ${utility}`,
    from: 'De',
    fromNobody: 'El equipo de planificación',
    operator: 'operador',
    meeting: 'Reunión',
    prepared: 'Preparado',
    notSet: 'sin fijar todavía (paso 7)',
    asked: 'Lo que se pide a la mesa directiva',
    askedText: (revision, resolution) =>
      `Adoptar la Resolución núm. ${resolution}, que aprueba la revisión ${revision} del Acuerdo de Nivel de Servicio: el servicio que se promete a los clientes y cómo se medirá.`,
    byWhen: 'Para cuándo',
    byMeeting: (date) => `En la reunión del ${date}.`,
    noMeetingDate: 'La fecha de la reunión no está fijada todavía (paso 7).',
    voteNeeded: 'La votación necesaria',
    voteNeededText: (seats, quorum, rule) =>
      `La mesa directiva tiene ${count(seats, 'puesto', 'puestos')}; hay quórum con ${count(quorum, 'miembro presente', 'miembros presentes')}. La moción se aprueba con los votos a favor de ${rule}.`,
    seatsNotSet: 'El número de puestos no está fijado todavía (paso 7).',
    review: 'El estado de la revisión',
    reviewBlocked: (n) =>
      `La revisión todavía señala ${count(n, 'punto', 'puntos')} que deben corregirse antes de que la mesa directiva pueda aprobar (parte 4).`,
    reviewClear: (warnings, notes) =>
      `La revisión no señala nada que impida la aprobación; ${count(warnings, 'advertencia', 'advertencias')} y ${count(notes, 'nota', 'notas')} quedan a criterio de la mesa directiva (parte 4).`,
    contents: 'En estos documentos',
    parts: [
      '1. Este memorando',
      '2. El proyecto de resolución',
      '3. El aviso público de la reunión',
      '4. Los resultados de la revisión',
      '5. Lo que dijeron los clientes',
      '6. El proyecto de acuerdo (anexo A)',
    ],
    responses: (n) => `se ${n === 1 ? 'anotó' : 'anotaron'} ${count(n, 'respuesta', 'respuestas')}`,
    noticeKicker: 'AVISO DE REUNIÓN PÚBLICA',
    noticeText: {
      meets: (utility, date, place) =>
        `La mesa directiva de ${utility} celebrará una reunión pública el ${date} en ${place}.`,
      considers: (revision) =>
        `En esta reunión la mesa directiva considerará adoptar la revisión ${revision} del Acuerdo de Nivel de Servicio: el servicio que se promete a los clientes y cómo se medirá.`,
      copy: (blank) => `El proyecto de acuerdo puede consultarse antes de la reunión en: ${blank}`,
      welcome: 'Los clientes pueden asistir y opinar sobre el acuerdo.',
      how: (notice) => `Cómo se da este aviso, según lo anotado para la reunión: ${notice}`,
    },
    findings: 'Los resultados de la revisión',
    severity: {
      blocker: 'Debe corregirse antes de que la mesa directiva pueda aprobar',
      warning: 'Advertencias a criterio de la mesa directiva',
      note: 'Notas',
    },
    noFindings: 'La revisión no encontró nada que señalar.',
    whatToDo: 'Qué hacer:',
    customers: 'Lo que dijeron los clientes',
    noCards: 'Todavía no hay tarjetas de encuesta anotadas.',
    attachment: 'ANEXO A: EL PROYECTO DE ACUERDO',
    minutesKicker: 'EXTRACTO DEL ACTA',
    minutesOf: (utility, date) => `Reunión de la mesa directiva de ${utility}, ${date}`,
    suggested:
      'No se guardó un extracto del acta en el paso 7; este párrafo se redactó con la votación tal como se anotó allí.',
    certify: (date) =>
      `Certifico que este es un extracto fiel del acta de la reunión de la mesa directiva celebrada el ${date}, y que la resolución que sigue es la que se votó.`,
    notYetApproved:
      'La aprobación de esta revisión todavía no está registrada en LOS Builder: la votación es la anotada en el paso 7.',
    example: 'EJEMPLO',
  },
};
