import { feedbackMethodTitles, type FeedbackMethod } from '../domain/customers/feedback-plan';
import type { FeedbackTopic } from '../domain/customers/feedback-entry';
import { formatSpanFigure } from '../domain/customers/format-span';
import { formatHours } from '../domain/customers/format-hours';
import { outreachCountWords, type OutreachCounts } from '../domain/customers/outreach-words';
import { leftOutNote } from '../domain/customers/topic-applies';
import { topicTitle } from '../domain/customers/topic-words';
import { listOf } from '../domain/list-of';
import { formatNumber } from '../domain/numbers/number-text';
import { countOf, wordFor, type WordForms } from '../domain/numbers/plural';
import type { Language } from '../domain/printed-date';
import type { SystemType } from '../domain/utility';

// "What our customers told us" in Spanish. The English words stay where the screens also use
// them (topic-words.ts, feedback-plan.ts, outreach-words.ts, topic-applies.ts); the Spanish ones
// are the agreement's only, so they live beside it.

const spanishMethods: Record<FeedbackMethod, string> = {
  'door-to-door': 'De casa en casa',
  'annual-meeting': 'Reunión anual',
  'focus-group': 'Grupo de enfoque',
  'mail-survey': 'Encuesta con la factura o por correo',
  'internet-poll': 'Encuesta por internet o redes sociales',
  'complaint-log': 'Registro de llamadas y quejas',
};

const spanishTopics: Record<FeedbackTopic, string> = {
  'water-quality': 'Calidad del agua',
  pressure: 'Presión',
  outages: 'Cortes de agua',
  leaks: 'Fugas',
  sewer: 'Drenaje (otros)',
  odor: 'Olor del drenaje',
  backups: 'Drenaje tapado',
  overflows: 'Derrames',
  billing: 'Facturación',
  courtesy: 'Trato',
  response: 'Atención',
  conservation: 'Ahorro de agua',
  rates: 'Tarifas',
  other: 'Otro',
};

/** The topics a note names, as "complaints about …" would. */
const spanishTopicPhrases: Partial<Record<FeedbackTopic, string>> = {
  sewer: 'el servicio de drenaje',
  odor: 'el olor del drenaje',
  backups: 'drenajes tapados',
  overflows: 'derrames de drenaje',
  'water-quality': 'la calidad del agua',
  pressure: 'la presión del agua',
  outages: 'cortes de agua',
  leaks: 'fugas de agua',
  conservation: 'el ahorro de agua',
};

type Phrase = (figure: string, count: number) => string;
const people =
  (one: string, other: string): Phrase =>
  (figure, count) =>
    `${figure} ${wordFor(count, { one, other }, 'es')}`;

const spanishPhrases: Record<FeedbackMethod, { reached: Phrase; answered: Phrase }> = {
  'door-to-door': {
    reached: people('casa visitada', 'casas visitadas'),
    answered: people('contestó', 'contestaron'),
  },
  'annual-meeting': {
    reached: people('asistió', 'asistieron'),
    answered: people('habló', 'hablaron'),
  },
  'focus-group': {
    reached: people('asistió', 'asistieron'),
    answered: people('habló', 'hablaron'),
  },
  'mail-survey': {
    reached: people('enviada', 'enviadas'),
    answered: people('devuelta', 'devueltas'),
  },
  'internet-poll': {
    reached: people('alcanzada', 'alcanzadas'),
    answered: people('contestó', 'contestaron'),
  },
  'complaint-log': {
    reached: people('llamada anotada', 'llamadas anotadas'),
    answered: people('contestó las preguntas', 'contestaron las preguntas'),
  },
};

/** outreach-words.ts's counts in Spanish: "23 asistieron, 8 hablaron", "al menos 40 asistieron". */
function spanishOutreach(method: FeedbackMethod, counts: OutreachCounts[]): string | null {
  const parts = (['reached', 'answered'] as const).flatMap((which) => {
    const known = counts.map((outreach) => outreach[which]).filter((value) => value !== null);
    if (known.length === 0) return [];
    const sum = known.reduce((total, value) => total + value, 0);
    const figure = `${known.length < counts.length ? 'al menos ' : ''}${formatNumber(sum, 'es')}`;
    return [spanishPhrases[method][which](figure, sum)];
  });
  return parts.length === 0 ? null : parts.join(', ');
}

/** format-hours.ts in Spanish: "45 min", "4 h", "3 días". */
export function hoursIn(hours: number, language: Language): string {
  const english = formatHours(hours);
  return language === 'en' ? english : english.replace(/ days$/, ' días');
}

/** A complaint figure in its own unit: "4 h", "mismo día", "2 días", or a dash. */
function spanishSpanFigure(hours: number | null, unit: 'days' | undefined): string {
  if (hours === null) return '—';
  if (unit !== 'days') return hoursIn(hours, 'es');
  const days = Math.round(hours / 24);
  return days === 0 ? 'mismo día' : countOf(days, { one: 'día', other: 'días' }, 'es');
}

const coverage: Record<Exclude<SystemType, 'both'>, string> = {
  water: 'solo el agua potable',
  wastewater: 'solo el servicio de drenaje',
};

const nouns: Record<'complaint' | 'comment', WordForms> = {
  complaint: { one: 'queja', other: 'quejas' },
  comment: { one: 'comentario', other: 'comentarios' },
};

function spanishLeftOut(
  leftOut: { topic: FeedbackTopic; count: number }[],
  systemType: SystemType | null,
  noun: 'complaint' | 'comment',
): string | null {
  if (leftOut.length === 0 || systemType === null || systemType === 'both') return null;
  const total = leftOut.reduce((sum, row) => sum + row.count, 0);
  const about = listOf(
    leftOut.map((row) => spanishTopicPhrases[row.topic] ?? spanishTopics[row.topic]),
    'y',
  );
  const left = wordFor(total, { one: 'se dejó fuera', other: 'se dejaron fuera' }, 'es');
  return `${countOf(total, nouns[noun], 'es')} sobre ${about} ${left}: este acuerdo cubre ${coverage[systemType]}.`;
}

/** The section's words that come from the customers' domain, in the paper's language. */
export interface FeedbackTerms {
  method: (method: FeedbackMethod) => string;
  topic: (topic: FeedbackTopic) => string;
  outreach: (method: FeedbackMethod, counts: OutreachCounts[]) => string | null;
  spanFigure: (hours: number | null, unit: 'days' | undefined) => string;
  leftOut: (
    leftOut: { topic: FeedbackTopic; count: number }[],
    systemType: SystemType | null,
    noun?: 'complaint' | 'comment',
  ) => string | null;
}

export const feedbackTerms: Record<Language, FeedbackTerms> = {
  en: {
    method: (method) => feedbackMethodTitles[method],
    topic: topicTitle,
    outreach: outreachCountWords,
    spanFigure: formatSpanFigure,
    leftOut: leftOutNote,
  },
  es: {
    method: (method) => spanishMethods[method],
    topic: (topic) => spanishTopics[topic],
    outreach: spanishOutreach,
    spanFigure: spanishSpanFigure,
    leftOut: (leftOut, systemType, noun = 'complaint') => spanishLeftOut(leftOut, systemType, noun),
  },
};
