import {
  cleanupHourWords,
  noticeDayWords,
  outageHourWords,
  overflowNoticeHourWords,
  payChoiceWords,
  wordsOfCount,
  type Worded,
} from '../domain/customers/answer-words';
import type { FeedbackTally, HourAnswers } from '../domain/customers/feedback-summary';
import { feedbackMethodTitles } from '../domain/customers/feedback-plan';
import { topicTitle } from '../domain/customers/topic-words';
import { runsSewer, runsWater, type SystemType } from '../domain/utility';
import type { CsvValue } from './csv-cell';

const header: CsvValue[] = ['Question', 'Answer', 'Number', 'Unit'];

/** A share (0 to 1) as a percentage to one decimal, so 0.666… reads 66.7, not 0.6666666666666666. */
function percent(share: number): number {
  return Math.round(share * 1000) / 10;
}

/** A question asked in hours: how many answered, each answer's count, and the median. */
function hourRows(question: string, answers: HourAnswers, words: Worded<number>): CsvValue[][] {
  if (answers.answered === 0) return [];
  return [
    [question, 'Answered', answers.answered, 'cards'],
    ...answers.distribution.map(({ hours, count }): CsvValue[] => [
      question,
      wordsOfCount(words, hours)?.card ?? `${hours} hours`,
      count,
      'cards',
    ]),
    [question, 'Median', answers.medianHours, 'hours'],
  ];
}

function satisfactionRows({ satisfaction }: FeedbackTally): CsvValue[][] {
  if (satisfaction.answered === 0) return [];
  const question = 'Overall satisfaction, 1 (very dissatisfied) to 5 (very satisfied)';
  const rows: CsvValue[][] = [
    [question, 'Answered', satisfaction.answered, 'cards'],
    ...satisfaction.distribution.map((count, index): CsvValue[] => [
      question,
      String(index + 1),
      count,
      'cards',
    ]),
  ];
  if (satisfaction.shareSatisfied !== null) {
    const share = percent(satisfaction.shareSatisfied);
    rows.push([question, 'Satisfied (4 or 5)', share, '% of those who answered']);
  }
  return rows;
}

function noticeRows({ notice }: FeedbackTally): CsvValue[][] {
  if (notice.answered === 0) return [];
  const question = 'Notice wanted before a planned shutoff';
  return [
    [question, 'Answered', notice.answered, 'cards'],
    ...notice.distribution.map(({ days, count }): CsvValue[] => [
      question,
      wordsOfCount(noticeDayWords, days)?.card ?? `${days} days`,
      count,
      'cards',
    ]),
    [question, 'Median', notice.medianDays, 'days'],
  ];
}

function payRows({ pay }: FeedbackTally): CsvValue[][] {
  if (pay.answered === 0) return [];
  const question = 'Willing to pay for better service';
  const rows: CsvValue[][] = [
    [question, 'Answered', pay.answered, 'cards'],
    ...pay.distribution.map(({ choice, count }): CsvValue[] => [
      question,
      payChoiceWords[choice].en.card,
      count,
      'cards',
    ]),
  ];
  if (pay.shareWilling !== null) {
    rows.push([
      question,
      'Willing to pay more',
      percent(pay.shareWilling),
      '% of those who answered',
    ]);
  }
  return rows;
}

/**
 * The tallies step 4 shows (`tallyFeedback`), one figure a row: the question, the answer, the
 * count and what it counts. As on the screen and in the agreement, the questions the system
 * type does not ask are left out, and so is a question nobody answered.
 */
export function feedbackRows(
  tally: FeedbackTally,
  outreaches: number,
  systemType: SystemType | null,
): CsvValue[][] {
  if (tally.entries === 0) return [];
  return [
    header,
    ['Cards recorded', 'All', tally.entries, 'cards'],
    ['Outreaches', 'All', outreaches, 'outreaches'],
    ...tally.byMethod.map(({ method, entries }): CsvValue[] => [
      'Cards by way of asking',
      feedbackMethodTitles[method],
      entries,
      'cards',
    ]),
    ...tally.byTopic.map(({ topic, count }): CsvValue[] => [
      'Comments by topic',
      topicTitle(topic),
      count,
      'cards',
    ]),
    ...tally.byTopic.map(({ topic, strong }): CsvValue[] => [
      'Felt strongly, by topic',
      topicTitle(topic),
      strong,
      'cards',
    ]),
    ...satisfactionRows(tally),
    ...(runsWater(systemType)
      ? [...hourRows('Acceptable outage', tally.outage, outageHourWords), ...noticeRows(tally)]
      : []),
    ...(runsSewer(systemType)
      ? [
          ...hourRows('Crew at a sewage backup within', tally.cleanup, cleanupHourWords),
          ...hourRows(
            'Told of an overflow near home within',
            tally.overflowNotice,
            overflowNoticeHourWords,
          ),
        ]
      : []),
    ...payRows(tally),
  ];
}
