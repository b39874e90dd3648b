import type { Language } from '../printed-date';
import type { FeedbackTopic } from './feedback-entry';

export interface TopicWords {
  /** On the screen and in the agreement (both in English). */
  title: string;
  /** A tally sheet's column heading, short to fit a narrow column, in each paper's language. */
  tally: Record<Language, string>;
}

/** Each topic's words, wherever it is shown or printed. */
export const feedbackTopicWords: Record<FeedbackTopic, TopicWords> = {
  'water-quality': { title: 'Water quality', tally: { en: 'Quality', es: 'Calidad' } },
  pressure: { title: 'Pressure', tally: { en: 'Pressure', es: 'Presión' } },
  outages: { title: 'Outages', tally: { en: 'Outages', es: 'Cortes' } },
  leaks: { title: 'Leaks', tally: { en: 'Leaks', es: 'Fugas' } },
  sewer: { title: 'Sewer (other)', tally: { en: 'Sewer', es: 'Drenaje' } },
  odor: { title: 'Sewer odor', tally: { en: 'Odor', es: 'Olor' } },
  backups: { title: 'Sewer backups', tally: { en: 'Backups', es: 'Drenaje tapado' } },
  overflows: { title: 'Overflows', tally: { en: 'Overflows', es: 'Derrames' } },
  billing: { title: 'Billing', tally: { en: 'Billing', es: 'Factura' } },
  courtesy: { title: 'Courtesy', tally: { en: 'Courtesy', es: 'Trato' } },
  response: { title: 'Response', tally: { en: 'Response', es: 'Atención' } },
  conservation: { title: 'Conservation', tally: { en: 'Saving water', es: 'Ahorro de agua' } },
  rates: { title: 'Rates', tally: { en: 'Rates', es: 'Tarifas' } },
  other: { title: 'Other', tally: { en: 'Other', es: 'Otro' } },
};

/** A topic as the screen and the agreement name it: "Water quality", "Sewer backups". */
export function topicTitle(topic: FeedbackTopic): string {
  return feedbackTopicWords[topic].title;
}
