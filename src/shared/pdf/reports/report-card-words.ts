import type { MeasureFrequency } from '../../domain/goal';
import type { Language } from '../../domain/printed-date';
import type { PeriodStatus } from '../../domain/tracking/period-results';
import type { PeriodKind } from '../../domain/tracking/periods';
import type { MarkKind } from './status-mark';

export interface CardWords {
  kicker: string;
  title: (year: number) => string;
  /** Takes the service's name by system type: "water service", "servicio de drenaje". */
  intro: (service: string) => string;
  /** The year is not over yet: results so far. */
  soFar: (date: string) => string;
  target: string;
  status: Record<PeriodStatus, { mark: MarkKind; words: string }>;
  /** "Kept in 10 of 12 months measured." */
  counted: (met: number, judged: number, noun: string) => string;
  nouns: Record<PeriodKind | 'result', [string, string]>;
  willDo: string;
  noFollowUp: string;
  noGoals: string;
  closing: string;
  revision: (revision: number, adoptedOn: string) => string;
  docTitle: (year: number) => string;
}

/** The customer report card's fixed text; the goals themselves stay as the board typed them. */
export const cardWords: Record<Language, CardWords> = {
  en: {
    kicker: 'OUR REPORT CARD',
    title: (year) => `How we did in ${year}`,
    intro: (service) =>
      `Our board set goals for the ${service} you receive, and promised to tell you each year how we did. Here are the goals you notice as a customer.`,
    soFar: (date) => `The year is not over: these are the results up to ${date}.`,
    target: 'Our target',
    status: {
      met: { mark: 'tick', words: 'Met' },
      'on-track': { mark: 'tick', words: 'Met so far' },
      'not-met': { mark: 'cross', words: 'Not met' },
      'no-data': { mark: 'dash', words: 'No results recorded' },
      'no-target': { mark: 'dash', words: 'No target to measure against' },
    },
    counted: (met, judged, noun) =>
      judged === 1
        ? `Target ${met === 1 ? 'met' : 'missed'} in the one ${noun} measured.`
        : `Target met in ${met} of the ${judged} ${noun} measured.`,
    nouns: {
      day: ['day', 'days'],
      week: ['week', 'weeks'],
      month: ['month', 'months'],
      quarter: ['quarter', 'quarters'],
      year: ['year', 'years'],
      result: ['event', 'events'],
    },
    willDo: 'What we will do about it',
    noFollowUp: 'The board has not yet decided what it will do.',
    noGoals: 'Our agreement has no goals about the service you see directly.',
    closing:
      'These targets are goals we work toward, not a binding contract. Questions or ideas? Come to a board meeting or call our office.',
    revision: (revision, adoptedOn) => `Goals of revision ${revision}, adopted ${adoptedOn}`,
    docTitle: (year) => `How we did in ${year}`,
  },
  es: {
    kicker: 'NUESTRO INFORME DE RESULTADOS',
    title: (year) => `Cómo nos fue en ${year}`,
    intro: (service) =>
      `Nuestra mesa directiva fijó metas para el ${service} que usted recibe y prometió informarle cada año cómo nos fue. Estas son las metas que usted nota como cliente.`,
    soFar: (date) => `El año aún no termina: estos son los resultados hasta el ${date}.`,
    target: 'Nuestro objetivo',
    status: {
      met: { mark: 'tick', words: 'Cumplida' },
      'on-track': { mark: 'tick', words: 'Cumplida hasta ahora' },
      'not-met': { mark: 'cross', words: 'No cumplida' },
      'no-data': { mark: 'dash', words: 'Sin resultados registrados' },
      'no-target': { mark: 'dash', words: 'Sin objetivo con qué medirla' },
    },
    counted: (met, judged, noun) => `Se cumplió en ${met} de ${judged} ${noun}.`,
    // The participle agrees with the noun: "meses medidos", "semanas medidas".
    nouns: {
      day: ['día medido', 'días medidos'],
      week: ['semana medida', 'semanas medidas'],
      month: ['mes medido', 'meses medidos'],
      quarter: ['trimestre medido', 'trimestres medidos'],
      year: ['año medido', 'años medidos'],
      result: ['ocasión medida', 'ocasiones medidas'],
    },
    willDo: 'Lo que haremos al respecto',
    noFollowUp: 'La mesa directiva aún no ha decidido qué hará.',
    noGoals: 'Nuestro acuerdo no tiene metas sobre el servicio que usted nota directamente.',
    closing:
      'Estas metas son objetivos que nos esforzamos por cumplir, no un contrato vinculante. ¿Preguntas o ideas? Venga a una reunión de la mesa directiva o llame a nuestra oficina.',
    revision: (revision, adoptedOn) => `Metas de la revisión ${revision}, aprobada el ${adoptedOn}`,
    docTitle: (year) => `Cómo nos fue en ${year}`,
  },
};

/** The noun a goal's results are counted in, agreeing with the count. */
export function countedNoun(
  words: CardWords,
  kind: PeriodKind | null,
  frequency: MeasureFrequency | null,
  count: number,
): string {
  const pair = kind === null || frequency === 'each-event' ? words.nouns.result : words.nouns[kind];
  return count === 1 ? pair[0] : pair[1];
}
