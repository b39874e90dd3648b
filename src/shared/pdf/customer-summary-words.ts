import { listOf } from '../domain/list-of';
import type { Language } from '../domain/printed-date';
import { reportingChannels, type ReportingChannelWords } from '../domain/reporting-channels';
import type { SystemType } from '../domain/utility';

export interface SummaryWords {
  kicker: string;
  adopted: (date: string) => string;
  revision: (revision: number) => string;
  checkCode: string;
  inForce: string;
  superseded: (revision: number, adoptedOn: string | null) => string;
  /** Takes the service's name by system type: "water service", "servicio de drenaje". */
  intro: (service: string) => string;
  external: string;
  internal: string;
  target: string;
  today: string;
  /** Takes the channels that are true for the utility (see `reportingChannels`). */
  reporting: (channels: string[]) => string;
  channels: ReportingChannelWords;
  nextReview: (date: string) => string;
  notContract: string;
  title: string;
}

/** The fixed text of the customer summary; the goals themselves stay as the board typed them. */
export const summaryWords: Record<Language, SummaryWords> = {
  en: {
    kicker: 'OUR SERVICE GOALS',
    adopted: (date) => `Adopted by the board on ${date}`,
    revision: (revision) => `Revision ${revision}`,
    checkCode: 'Fingerprint',
    inForce: 'In force',
    superseded: (revision, adoptedOn) =>
      `Superseded by revision ${revision}${adoptedOn ? `, adopted ${adoptedOn}` : ''}: no longer in force`,
    intro: (service) =>
      `Our board has set these goals for the ${service} you receive. Each one has a target we measure ourselves against, and every year we report to you how we did.`,
    external: 'What you can expect from us',
    internal: 'How we look after the system',
    target: 'Target',
    today: 'today',
    reporting: (channels) =>
      `We track every goal and report the results once a year ${listOf(channels)}.`,
    channels: {
      qualityReport: 'in our water-quality report',
      billInsert: 'on a bill insert',
      annualMeeting: 'at the annual meeting',
      openMeeting: 'at an open board meeting',
    },
    nextReview: (date) => `The board will review these goals by ${date}.`,
    notContract:
      'These targets are goals we work toward, not a binding contract. Questions or ideas? Come to a board meeting or call our office.',
    title: 'Our service goals',
  },
  es: {
    kicker: 'NUESTRAS METAS DE SERVICIO',
    adopted: (date) => `Aprobadas por la mesa directiva el ${date}`,
    revision: (revision) => `Revisión ${revision}`,
    checkCode: 'Huella digital',
    inForce: 'Vigente',
    superseded: (revision, adoptedOn) =>
      `Reemplazada por la revisión ${revision}${adoptedOn ? `, aprobada el ${adoptedOn}` : ''}: ya no está vigente`,
    intro: (service) =>
      `Nuestra mesa directiva fijó estas metas para el ${service} que usted recibe. Cada una tiene un objetivo con el que medimos nuestro trabajo, y cada año le informamos cómo nos fue.`,
    external: 'Lo que usted puede esperar de nosotros',
    internal: 'Cómo cuidamos el sistema',
    target: 'Objetivo',
    today: 'hoy',
    reporting: (channels) =>
      `Damos seguimiento a cada meta e informamos los resultados una vez al año ${listOf(channels, 'y')}.`,
    channels: {
      qualityReport: 'en nuestro informe de calidad del agua',
      billInsert: 'en un aviso con la factura',
      annualMeeting: 'en la reunión anual',
      openMeeting: 'en una reunión pública de la mesa directiva',
    },
    nextReview: (date) => `La mesa directiva revisará estas metas a más tardar el ${date}.`,
    notContract:
      'Estas metas son objetivos que nos esforzamos por cumplir, no un contrato vinculante. ¿Preguntas o ideas? Venga a una reunión de la mesa directiva o llame a nuestra oficina.',
    title: 'Nuestras metas de servicio',
  },
};

/** The summary's promise of how customers hear the results: only the ways that are true. */
export function summaryReporting(
  language: Language,
  systemType: SystemType | null,
  annualMeeting: boolean | null,
): string {
  const words = summaryWords[language];
  return words.reporting(reportingChannels(words.channels, systemType, annualMeeting));
}
