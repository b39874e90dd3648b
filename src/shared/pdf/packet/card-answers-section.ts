import type { Content, TableCell } from 'pdfmake/interfaces';
import type { CardAnswerTally, MarkedTally } from '../../domain/customers/card-answer-tally';
import type { FeedbackTally } from '../../domain/customers/feedback-summary';
import { responseWords, type SharedText } from '../../domain/customers/response-words';
import { formatNumber } from '../../domain/numbers/number-text';
import { shareText } from '../../domain/numbers/share-text';
import type { Language } from '../../domain/printed-date';
import type { SystemType } from '../../domain/utility';
import { formatIn } from '../../i18n/say-in';
import { sharedCatalogs } from '../../i18n/shared-catalog';
import { barChart } from '../bar-chart';
import { aspectWords, cardChoiceWords, cardQuestionWords } from '../card-choice-words';
import { satisfactionChart } from '../feedback-charts';
import type { ImportanceLine } from '../importance-lines';
import { printedPassage } from '../printed-passage';
import { quietTable } from '../quiet-table';

/** A figure in a table, right-aligned under its heading. */
function figure(text: string): TableCell {
  return { text, alignment: 'right' };
}

/** A table under the card's question, as the chart titles are. */
function captioned(caption: string, table: Content): Content {
  return { stack: [{ text: caption, style: 'tableHeader', margin: [0, 0, 0, 3] }, table] };
}
import { packetWords } from './packet-words';

export interface CardAnswersInput {
  tally: FeedbackTally;
  answers: CardAnswerTally;
  systemType: SystemType | null;
  /** The importance question's lines, as the card printed them. */
  importance: readonly ImportanceLine[];
  language: Language;
}

const labelWidth = 170;
const barWidth = 170;

/**
 * What customers said on the survey card, for the board packet: how many were reached and
 * answered and how far so few cards can be trusted, then every grid and check-box question as a
 * chart or a table with its figures in words, captioned with the card's own question.
 */
export function cardAnswersSection(input: CardAnswersInput): Content[] {
  const { tally, answers, systemType, language } = input;
  const say: SharedText = (key, values) => formatIn(sharedCatalogs, key, values, language);
  const words = cardChoiceWords[language];
  const asks = cardQuestionWords(systemType, language);
  const number = (value: number) => formatNumber(value, language, 0);
  const outOf = (part: number, whole: number) =>
    `${number(part)} / ${number(whole)} (${shareText(part, whole, language)})`;
  const trust = responseWords(say, language, tally).map((line): Content => ({
    text: line,
    style: 'body',
  }));
  if (tally.entries === 0)
    return [...trust, { text: packetWords[language].noCards, style: 'body' }];

  const passages = new Map(input.importance.map((line) => [line.key, line.passage]));
  const rated = answers.aspects.filter((row) => row.rated > 0);
  /** A check-box question: how often each box was marked, of the cards that marked any. */
  const markedChart = <Choice extends string>(
    question: string,
    tallied: MarkedTally<Choice>,
    label: Record<Choice, string>,
  ): Content | null =>
    tallied.cards === 0
      ? null
      : barChart(
          tallied.counts.map(({ choice, count }) => ({
            label: label[choice],
            value: count,
            figure: outOf(count, tallied.cards),
          })),
          {
            title: `${question} ${say('cardTally.marked', { cards: tallied.cards })}`,
            labelWidth,
            barWidth,
          },
        );
  const charts: (Content | null)[] = [
    satisfactionChart(tally, language),
    rated.length === 0
      ? null
      : barChart(
          rated.map((row) => ({
            label: aspectWords(row.aspect, systemType, language),
            value: row.satisfied / row.rated,
            figure: outOf(row.satisfied, row.rated),
          })),
          {
            title: `${asks.aspects} ${say('cardTally.satisfied')}`,
            labelWidth,
            barWidth,
            fullScale: 1,
          },
        ),
    markedChart(asks.problems, answers.problems, words.problems),
    captioned(
      asks.priorities,
      quietTable(
        [say('cardTally.priority'), say('cardTally.first'), say('cardTally.meanRank')],
        ['*', 110, 80],
        answers.priorities.map((row) => [
          words.priorities[row.priority],
          figure(number(row.first)),
          figure(row.meanRank === null ? '—' : formatNumber(row.meanRank, language, 1)),
        ]),
      ),
    ),
    markedChart(asks.contact, answers.contact, words.contact),
    answers.importance.length === 0
      ? null
      : captioned(
          asks.goals,
          quietTable(
            [
              say('cardTally.goal'),
              words.importance.very,
              words.importance.somewhat,
              words.importance.not,
            ],
            ['*', 60, 60, 60],
            answers.importance.map((row) => [
              printedPassage(passages.get(row.key) ?? { text: row.key, inEnglish: false }),
              figure(number(row.counts.very)),
              figure(number(row.counts.somewhat)),
              figure(number(row.counts.not)),
            ]),
          ),
        ),
  ];
  return [
    ...trust,
    ...charts
      .filter((chart): chart is Content => chart !== null)
      .map((chart): Content => ({ stack: [chart], margin: [0, 8, 0, 4], unbreakable: true })),
  ];
}
