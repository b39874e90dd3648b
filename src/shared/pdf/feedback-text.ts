import { countOf, type WordForms } from '../domain/numbers/plural';
import type { Language } from '../domain/printed-date';

/** The fixed text of "What our customers told us" and of its answers, one sentence each. */
export interface FeedbackText {
  title: string;
  lead: (occasions: string, comments: string) => string;
  occasion: WordForms;
  comment: WordForms;
  complaint: WordForms;
  answer: WordForms;
  customer: WordForms;
  howWeAsked: string;
  whatTheySaid: string;
  log: string;
  noOutreach: string;
  noComments: string;
  noLog: string;
  notCounted: string;
  outreachColumns: [string, string, string, string, string];
  topicColumns: [string, string, string];
  complaintColumns: [string, string, string, string, string, string];
  received: (from: string, to: string) => string;
  inDays: string;
  times: string;
  satisfied: (percent: string, customers: string) => string;
  outage: (median: string, answers: string, spread: string) => string;
  notice: (median: string, answers: string) => string;
  aWeek: string;
  day: WordForms;
  cleanup: (median: string, answers: string, spread: string) => string;
  overflowNotice: (median: string, answers: string, spread: string) => string;
  pay: (percent: string, answered: number, spread: string) => string;
}

export const feedbackText: Record<Language, FeedbackText> = {
  en: {
    title: 'What our customers told us',
    lead: (occasions, comments) =>
      `External goals rest on what customers said. The board heard from them on ${occasions} and recorded ${comments}. Under “Notes on the goals”, each external goal lists the evidence it rests on.`,
    occasion: { one: 'occasion', other: 'occasions' },
    comment: { one: 'comment', other: 'comments' },
    complaint: { one: 'complaint', other: 'complaints' },
    answer: { one: 'answer', other: 'answers' },
    customer: { one: 'customer', other: 'customers' },
    howWeAsked: 'How we asked',
    whatTheySaid: 'What they said',
    log: 'The call and complaint log',
    noOutreach: 'No outreach has been recorded yet.',
    noComments: 'No comments have been recorded yet.',
    noLog: 'No call or complaint log has been imported.',
    notCounted: 'Not counted',
    outreachColumns: ['Method', 'Date', 'Where', 'Taking part', 'Comments'],
    topicColumns: ['Topic', 'Comments', 'Felt strongly'],
    complaintColumns: [
      'Topic',
      'Complaints',
      'Median to respond',
      '90% within',
      'Median to resolve',
      '90% within',
    ],
    received: (from, to) => ` received from ${from} to ${to}`,
    inDays:
      ' Where the log gives a date without a time of day, a topic’s time to respond or to resolve that rests on such a date is counted in whole calendar days: “same day” is the day the complaint came in, “1 day” the day after.',
    times:
      ' The response times run from when a complaint came in to when the utility first responded, and to when it was resolved; “90% within” is the time nine complaints in ten were handled within.',
    satisfied: (percent, customers) =>
      `Satisfied with the service (4 or 5 out of 5): ${percent} of ${customers} who rated it.`,
    outage: (median, answers, spread) =>
      `A planned shutoff is acceptable for up to ${median} (the median of ${answers}; ${spread}).`,
    notice: (median, answers) =>
      `Notice wanted before a shutoff: ${median} (the median of ${answers}).`,
    aWeek: 'a week',
    day: { one: 'day', other: 'days' },
    cleanup: (median, answers, spread) =>
      `A crew should be at a sewage backup in a home within ${median} (the median of ${answers}; ${spread}).`,
    overflowNotice: (median, answers, spread) =>
      `Customers want to be told of a sewage overflow near their home within ${median} (the median of ${answers}; ${spread}).`,
    pay: (percent, answered, spread) =>
      `Willing to pay more for better service: ${percent} of ${answered} who answered (${spread}).`,
  },
  es: {
    title: 'Lo que nos dijeron los clientes',
    lead: (occasions, comments) =>
      `Las metas externas se basan en lo que dijeron los clientes. La mesa directiva los escuchó en ${occasions} y anotó ${comments}. En «Notas sobre las metas», cada meta externa dice en qué datos se basa.`,
    occasion: { one: 'ocasión', other: 'ocasiones' },
    comment: { one: 'comentario', other: 'comentarios' },
    complaint: { one: 'queja', other: 'quejas' },
    answer: { one: 'respuesta', other: 'respuestas' },
    customer: { one: 'cliente', other: 'clientes' },
    howWeAsked: 'Cómo preguntamos',
    whatTheySaid: 'Lo que dijeron',
    log: 'El registro de llamadas y quejas',
    noOutreach: 'Todavía no se ha anotado ninguna consulta a los clientes.',
    noComments: 'Todavía no se ha anotado ningún comentario.',
    noLog: 'No se ha importado ningún registro de llamadas o quejas.',
    notCounted: 'Sin contar',
    outreachColumns: ['Manera', 'Fecha', 'Dónde', 'Participaron', 'Comentarios'],
    topicColumns: ['Tema', 'Comentarios', 'Con fuerza'],
    complaintColumns: [
      'Tema',
      'Quejas',
      'Mediana para responder',
      'El 90% en',
      'Mediana para resolver',
      'El 90% en',
    ],
    received: (from, to) => ` recibidas del ${from} al ${to}`,
    inDays:
      ' Cuando el registro da una fecha sin la hora, el tiempo para responder o resolver que depende de esa fecha se cuenta en días enteros: «mismo día» es el día en que llegó la queja, «1 día» el día siguiente.',
    times:
      ' Los tiempos de respuesta van desde que llegó una queja hasta que el sistema respondió por primera vez, y hasta que se resolvió; «el 90% en» es el tiempo en que se atendieron nueve de cada diez quejas.',
    satisfied: (percent, customers) =>
      `Satisfechos con el servicio (4 o 5 de 5): el ${percent} de ${customers} que lo calificaron.`,
    outage: (median, answers, spread) =>
      `Un corte programado es aceptable hasta por ${median} (la mediana de ${answers}; ${spread}).`,
    notice: (median, answers) =>
      `Aviso de corte programado que se pide: ${median} (la mediana de ${answers}).`,
    aWeek: 'una semana',
    day: { one: 'día', other: 'días' },
    cleanup: (median, answers, spread) =>
      `Una cuadrilla debe llegar a un drenaje tapado en una casa en ${median} como máximo (la mediana de ${answers}; ${spread}).`,
    overflowNotice: (median, answers, spread) =>
      `Los clientes quieren saber de un derrame de drenaje cerca de su casa en ${median} como máximo (la mediana de ${answers}; ${spread}).`,
    pay: (percent, answered, spread) =>
      `Dispuestos a pagar más por un mejor servicio: el ${percent} de ${answered} que contestaron (${spread}).`,
  },
};

/** A count with its noun in the paper's language: "3 comentarios". */
export function counted(count: number, forms: WordForms, language: Language): string {
  return countOf(count, forms, language);
}
