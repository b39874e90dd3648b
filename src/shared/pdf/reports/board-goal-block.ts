import type { Content, ContentStack, ContentText, TableCell } from 'pdfmake/interfaces';
import { sayIn } from '../../i18n/say-in';
import type { TrackedGoal } from '../../api/tracking-contract';
import type { PeriodStanding, ReportPeriod, Trend } from '../../domain/tracking/period-results';
import type { Language } from '../../domain/printed-date';
import { statementIn } from '../../domain/spanish/goal-wording';
import { palette } from '../pdf-styles';
import { printedPassage, unitInEnglishMark } from '../printed-passage';
import { targetPassage } from '../target-passage';
import { userText } from '../user-text';
import { boardWordsIn, type BoardWords } from './board-report-words';
import {
  judgedWords,
  resultLine,
  statusWords,
  trendWords,
  valueWords,
} from './board-report-phrases';
import { printedUnit, withSpanish, type SpanishWordings } from './goal-wording';
import { chartCanvas, chartLayout, manyPoints } from './result-chart';
import { markedWords } from './status-mark';

/** One goal's standing over the report's period, with the period before to compare. */
export interface GoalInPeriod {
  goal: TrackedGoal;
  standing: PeriodStanding;
  trend: Trend | null;
  previousInForce: boolean;
}

const chartSize = { width: 170, height: 64 };

/** More results than this are counted, with only the misses listed, not one line each. */
const manyResults = 31;

/** The lines a chart holds its results against: one target, both ends of a range, yes and no. */
function chartTargets(goal: TrackedGoal): { lines: number[]; scale: number[] } {
  const { direction, target, targetHigh } = goal;
  if (direction === 'yes-no') return { lines: [target === 0 ? 0 : 1], scale: [0, 1] };
  const lines = [target, direction === 'range' ? targetHigh : null].filter(
    (value): value is number => value !== null,
  );
  return { lines: direction === null ? [] : lines, scale: [] };
}

function chart(
  goal: TrackedGoal,
  standing: PeriodStanding,
  boardWords: BoardWords,
  language: Language,
): ContentText | ContentStack {
  if (standing.results.length === 0) return { text: boardWords.noChart, style: 'small' };
  const values = standing.results.map((result) => result.actual.value);
  const targets = chartTargets(goal);
  const layout = chartLayout(values, [...targets.lines, ...targets.scale], chartSize);
  const lines = { ...layout, targetYs: layout.targetYs.slice(0, targets.lines.length) };
  const meets = standing.results.map((result) => result.meets);
  const words = boardWords.chartKey;
  const many = values.length > manyPoints;
  const key = [
    targets.lines.length > 1 ? words.range : words.target,
    many ? words.many : words.dots,
    !many && meets.includes(null) ? words.noTarget : '',
  ]
    .filter((part) => part !== '')
    .join(' ');
  return {
    stack: [
      { canvas: chartCanvas(lines, meets) },
      {
        text: boardWords.scale(
          valueWords(goal, layout.low, language),
          valueWords(goal, layout.high, language),
        ),
        style: 'small',
        margin: [0, 3, 0, 0],
      },
      { text: key, style: 'small' },
    ],
  };
}

function row(label: string, content: Content): TableCell[] {
  return [{ text: label, style: 'tableHeader', margin: [0, 1, 0, 0] }, content];
}

/** A goal in the report: target, status, every result in the period, trend, and its chart. */
export function boardGoalBlock(
  item: GoalInPeriod,
  reportKind: ReportPeriod['kind'],
  language: Language = 'en',
  wordings?: SpanishWordings,
): Content {
  const boardWords = boardWordsIn[language];
  const worded = withSpanish(item.goal, wordings);
  // Results and the chart count in the unit the paper says: the board's Spanish when written.
  const goal = { ...item.goal, unit: printedUnit(worded, language === 'es') };
  const { standing } = item;
  const status = statusWords(standing.status, standing.ended, language);
  const lines = standing.results.map(
    ({ actual, meets }) => `${resultLine(goal, actual, language)}${judgedWords(meets, language)}`,
  );
  // A goal measured daily or at each event may have hundreds: counted, and only the misses
  // listed, so a year of a daily goal is a paragraph rather than five pages.
  const many = lines.length > manyResults;
  const missedLines = standing.results
    .filter(({ meets }) => meets === false)
    .map(({ actual }) => resultLine(goal, actual, language));
  const results: Content =
    lines.length === 0
      ? { text: boardWords.noResults }
      : many
        ? {
            stack: [
              {
                text: boardWords.manyResults(
                  lines.length,
                  standing.results.filter(({ meets }) => meets === true).length,
                  missedLines.length,
                ),
              },
              ...(missedLines.length > 0
                ? [userText(`${boardWords.missedOnes}${missedLines.join('; ')}.`)]
                : []),
            ],
          }
        : { stack: lines.map((line) => userText(line)) };
  const trend = trendWords(
    {
      met: standing.met,
      missed: standing.missed,
      kind: goal.periodKind,
      frequency: goal.frequency,
      reportKind,
      trend: item.trend,
      previousInForce: item.previousInForce,
    },
    language,
  );
  const statement = statementIn(worded, language);
  // The English report keeps the overview's own words for the target, as it always printed.
  const target =
    language === 'en'
      ? userText(sayIn(goal.targetWords, 'en'))
      : printedPassage(targetPassage(worded, language), undefined, unitInEnglishMark);
  return {
    // Kept on one page unless it cannot fit on one.
    unbreakable: !many,
    margin: [0, 8, 0, 6],
    stack: [
      {
        text: [
          { text: `${goal.number}  `, bold: true, color: palette.accent },
          statement.text === '' ? { text: '—' } : printedPassage(statement),
        ],
        bold: true,
        fontSize: 11,
        margin: [0, 0, 0, 4],
      },
      {
        columns: [
          {
            width: '*',
            table: {
              widths: [language === 'en' ? 52 : 62, '*'],
              body: [
                row(boardWords.target, target),
                row(boardWords.status, markedWords(status.mark, status.words)),
                row(boardWords.results, results),
                row(boardWords.trend, { text: trend }),
              ],
            },
            layout: 'noBorders',
          },
          { width: chartSize.width, ...chart(goal, standing, boardWords, language) },
        ],
        columnGap: 14,
        fontSize: 9.5,
      },
      {
        canvas: [
          { type: 'line', x1: 0, y1: 0, x2: 484, y2: 0, lineWidth: 0.5, lineColor: palette.rule },
        ],
        margin: [0, 8, 0, 0],
      },
    ],
  };
}
