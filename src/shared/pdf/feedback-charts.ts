import type { Content } from 'pdfmake/interfaces';
import type { ComplaintTopicStats, FeedbackTally } from '../domain/customers/feedback-summary';
import { formatNumber } from '../domain/numbers/number-text';
import type { Language } from '../domain/printed-date';
import { barChart } from './bar-chart';
import { feedbackTerms } from './feedback-section-words';
import { scoreWords } from './card-choice-words';

const chartWords: Record<Language, { satisfaction: string; respond: string }> = {
  en: {
    satisfaction: 'Overall satisfaction: how many chose each score on the survey card',
    respond: 'Median time to respond, by topic',
  },
  es: {
    satisfaction: 'Satisfacción general: cuántos escogieron cada calificación en la tarjeta',
    respond: 'Mediana del tiempo para responder, por tema',
  },
};

// The charts share the section's width: labels in a column, bars to one scale, figures after.
const labelWidth = 130;
const barWidth = 220;

/** How many chose each overall score, 1 to 5, each score named as the card names it. */
export function satisfactionChart(tally: FeedbackTally, language: Language): Content | null {
  const { satisfaction } = tally;
  if (satisfaction.answered === 0) return null;
  return barChart(
    satisfaction.distribution.map((count, index) => ({
      label: scoreWords(index + 1, language),
      value: count,
      figure: formatNumber(count, language, 0),
    })),
    { title: chartWords[language].satisfaction, labelWidth, barWidth },
  );
}

/**
 * The median time to respond for each topic with one. Only drawn when every topic's figure is in
 * the same unit: a span counted in whole calendar days (a log with dates only) and one in hours
 * cannot share a scale without saying more than the log does.
 */
export function responseChart(rows: ComplaintTopicStats[], language: Language): Content | null {
  const timed = rows.filter((row) => row.responded.medianHours !== null);
  if (timed.length === 0) return null;
  const units = new Set(timed.map((row) => row.responded.unit ?? 'hours'));
  if (units.size > 1) return null;
  const terms = feedbackTerms[language];
  return barChart(
    timed.map((row) => ({
      label: terms.topic(row.topic),
      value: row.responded.medianHours!,
      figure: terms.spanFigure(row.responded.medianHours, row.responded.unit),
    })),
    { title: chartWords[language].respond, labelWidth, barWidth },
  );
}
