import type { Language } from '../../domain/printed-date';

/**
 * The resolution the board adopts, drafted before the meeting with blanks for what only the vote
 * can say, and filled in from the recorded vote after it. Its clauses state only what the app
 * knows: the service the utility runs, that customers were asked (with how many answered), that
 * the agreement was reviewed, and how the meeting was noticed, as step 7 recorded it.
 */
export interface ResolutionWords {
  number: (number: string) => string;
  notAdopted: string;
  title: (utility: string, revision: number) => string;
  whereas: {
    service: (utility: string, service: string) => string;
    written: string;
    asked: (responses: string) => string;
    reviewed: string;
    noticed: (notice: string) => string;
  };
  resolvedBy: (utility: string) => string;
  adopts: (revision: number) => string;
  adoptsIdentified: (revision: number, fingerprint: string) => string;
  reviewBy: (date: string) => string;
  passed: (date: string, place: string, mover: string, seconder: string) => string;
  failed: (date: string, place: string, mover: string, seconder: string) => string;
  roll: { aye: string; nay: string; abstain: string; absent: string };
  nobody: string;
  president: string;
  attest: string;
  secretary: string;
  date: string;
  /** A blank the board fills in by hand, wide enough to write a name or a date. */
  blank: string;
}

export const resolutionWords: Record<Language, ResolutionWords> = {
  en: {
    number: (number) => `RESOLUTION NO. ${number}`,
    notAdopted: 'NOT ADOPTED',
    title: (utility, revision) =>
      `A resolution of the board of directors of ${utility} adopting revision ${revision} of its Level of Service Agreement`,
    whereas: {
      service: (utility, service) => `WHEREAS, ${utility} provides ${service} to its customers;`,
      written:
        'WHEREAS, the board and the utility’s operators have written a Level of Service Agreement that states the service the utility promises its customers and how it will measure that service;',
      asked: (responses) =>
        `WHEREAS, the utility asked its customers what service they want, and ${responses};`,
      reviewed:
        'WHEREAS, the agreement was reviewed before this meeting, and the review’s findings were given to the board;',
      noticed: (notice) => `WHEREAS, notice of this meeting was given as follows: ${notice};`,
    },
    resolvedBy: (utility) =>
      `NOW, THEREFORE, BE IT RESOLVED by the board of directors of ${utility} that:`,
    adopts: (revision) =>
      `1.  Revision ${revision} of the Level of Service Agreement, attached, is adopted.`,
    adoptsIdentified: (revision, fingerprint) =>
      `1.  Revision ${revision} of the Level of Service Agreement, attached and identified by the fingerprint ${fingerprint}, is adopted.`,
    reviewBy: (date) =>
      `2.  The board will review the agreement against the year’s results at least once a year, the first time by ${date}.`,
    passed: (date, place, mover, seconder) =>
      `PASSED AND ADOPTED at a meeting of the board held on ${date} at ${place}, on motion by ${mover}, seconded by ${seconder}, by the following vote:`,
    failed: (date, place, mover, seconder) =>
      `At a meeting of the board held on ${date} at ${place}, the motion by ${mover}, seconded by ${seconder}, to adopt this resolution failed by the following vote:`,
    roll: { aye: 'AYES:', nay: 'NAYS:', abstain: 'ABSTAINING:', absent: 'ABSENT:' },
    nobody: 'none',
    president: 'President of the board',
    attest: 'ATTEST:',
    secretary: 'Secretary of the board',
    date: 'Date',
    blank: '________________',
  },
  es: {
    number: (number) => `RESOLUCIÓN NÚM. ${number}`,
    notAdopted: 'NO ADOPTADA',
    title: (utility, revision) =>
      `Resolución de la mesa directiva de ${utility} que adopta la revisión ${revision} de su Acuerdo de Nivel de Servicio`,
    whereas: {
      service: (utility, service) =>
        `CONSIDERANDO que ${utility} presta ${service} a sus clientes;`,
      written:
        'CONSIDERANDO que la mesa directiva y los operadores del servicio redactaron un Acuerdo de Nivel de Servicio que establece el servicio que se promete a los clientes y cómo se medirá ese servicio;',
      asked: (responses) =>
        `CONSIDERANDO que se preguntó a los clientes qué servicio desean, y ${responses};`,
      reviewed:
        'CONSIDERANDO que el acuerdo se revisó antes de esta reunión y que los resultados de la revisión se entregaron a la mesa directiva;',
      noticed: (notice) => `CONSIDERANDO que esta reunión se anunció así: ${notice};`,
    },
    resolvedBy: (utility) => `POR LO TANTO, SE RESUELVE por la mesa directiva de ${utility} que:`,
    adopts: (revision) =>
      `1.  Se adopta la revisión ${revision} del Acuerdo de Nivel de Servicio, adjunta.`,
    adoptsIdentified: (revision, fingerprint) =>
      `1.  Se adopta la revisión ${revision} del Acuerdo de Nivel de Servicio, adjunta e identificada con la huella ${fingerprint}.`,
    reviewBy: (date) =>
      `2.  La mesa directiva revisará el acuerdo con los resultados del año al menos una vez al año, la primera vez a más tardar el ${date}.`,
    passed: (date, place, mover, seconder) =>
      `APROBADA Y ADOPTADA en una reunión de la mesa directiva celebrada el ${date} en ${place}, a moción de ${mover}, secundada por ${seconder}, con la siguiente votación:`,
    failed: (date, place, mover, seconder) =>
      `En una reunión de la mesa directiva celebrada el ${date} en ${place}, la moción de ${mover}, secundada por ${seconder}, para adoptar esta resolución no fue aprobada, con la siguiente votación:`,
    roll: { aye: 'A FAVOR:', nay: 'EN CONTRA:', abstain: 'ABSTENCIONES:', absent: 'AUSENTES:' },
    nobody: 'ninguno',
    president: 'Presidente de la mesa directiva',
    attest: 'DOY FE:',
    secretary: 'Secretario de la mesa directiva',
    date: 'Fecha',
    blank: '________________',
  },
};
