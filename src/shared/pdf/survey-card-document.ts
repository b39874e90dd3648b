import { countMarked, englishCountWords, printedPassage } from './printed-passage';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { answersIn } from '../domain/customers/answer-words';
import type { Goal } from '../domain/goal';
import {
  cardLists,
  cardQuestions,
  contactWays,
  importanceAnswers,
  type CardQuestion,
} from '../domain/customers/card-questions';
import type { Language } from '../domain/printed-date';
import type { Scope } from '../domain/scope';
import type { UtilityProfile } from '../domain/utility';
import {
  answerGrid,
  choiceGrid,
  labelledLine,
  noLines,
  scaleRow,
  writeLine,
  writingLines,
} from './form-parts';
import { importanceLines } from './importance-lines';
import { documentBase, palette } from './pdf-styles';
import { surveyCardWords, type SurveyCardWords } from './survey-card-words';
import { asksBoth, pairedQuestions, question } from './survey-card-questions';
import { aspectWords, cardChoiceWords, cardQuestionWords } from './card-choice-words';
import { wrappedFooterMargin } from './page-frame';
import { estimatedWidth } from './text-lines';
import { userText } from './user-text';

export interface SurveyCardInput {
  utility: UtilityProfile;
  scope: Scope;
  goals: Goal[];
  language: Language;
  /** Step 4's answer: the card invites customers to the annual meeting only if there is one. */
  annualMeeting: boolean | null;
}

// Letter with half-inch-plus margins: the card is filled in by hand, not bound.
const margins: [number, number, number, number] = [48, 36, 48, 44];
const contentWidth = 612 - margins[0] - margins[2];
const answerWidth = 40;

// Up to this many rows, a grid question is kept on one page with its question.
const shortGridRows = 10;

function returnBox(input: SurveyCardInput, words: SurveyCardWords): Content {
  const name = input.utility.name.trim();
  return {
    table: {
      // The padding is not part of a column's width: without it the band runs past the margin.
      widths: [contentWidth - 20],
      body: [
        [
          {
            stack: [
              name === ''
                ? labelledLine(`${words.returnTo}:`, 300)
                : { text: [{ text: `${words.returnTo}: ` }, userText(name, 'strong')] },
              {
                columns: [labelledLine(words.where, 250), labelledLine(words.by, 120)],
                columnGap: 18,
                margin: [0, 6, 0, 4],
              },
              {
                text: input.annualMeeting === true ? words.returnOtherOrMeeting : words.returnOther,
                style: 'small',
              },
            ],
          },
        ],
      ],
    },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      fillColor: () => palette.band,
      paddingLeft: () => 10,
      paddingRight: () => 10,
      paddingTop: () => 8,
      paddingBottom: () => 8,
    },
    margin: [0, 8, 0, 4],
  };
}

function questions(input: SurveyCardInput, words: SurveyCardWords): Content[] {
  const { language } = input;
  const { systemType } = input.utility;
  const dense = asksBoth(systemType);
  const lists = cardLists(systemType);
  const choices = cardChoiceWords[language];
  const asks = cardQuestionWords(systemType, language);
  const goals = importanceLines({
    goals: input.goals,
    areas: input.scope.areas,
    systemType,
    language,
  }).map((line) => printedPassage(line.passage, 'gridItem'));
  const boxes = (answers: string[], columns = 2) => choiceGrid(answers, columns, { dense });
  const parts: Record<CardQuestion, (number: number) => Content> = {
    overall: (n) => question(n, asks.overall, scaleRow(words.scale)),
    aspects: (n) =>
      question(
        n,
        asks.aspects,
        answerGrid({
          items: lists.aspects.map((aspect) => ({
            text: aspectWords(aspect, systemType, language),
          })),
          answers: [...words.scaleHeader, words.dontKnow],
          answerWidth,
          itemHeader: words.scaleKey,
          dense,
        }),
      ),
    problems: (n) =>
      question(
        n,
        asks.problems,
        boxes(
          [...lists.problems, 'none' as const].map((p) => choices.problems[p]),
          3,
        ),
      ),
    outage: (n) => question(n, asks.outage, boxes(answersIn.outage(language, 'card'))),
    notice: (n) => question(n, asks.notice, boxes(answersIn.notice(language, 'card'))),
    cleanup: (n) => question(n, asks.cleanup, boxes(answersIn.cleanup(language, 'card'))),
    overflowNotice: (n) =>
      question(n, asks.overflowNotice, boxes(answersIn.overflowNotice(language, 'card'))),
    pay: (n) => question(n, asks.pay, boxes(answersIn.pay(language, 'card'), 3)),
    priorities: (n) =>
      question(
        n,
        asks.priorities,
        choiceGrid(
          lists.priorities.map((priority) => choices.priorities[priority]),
          3,
          { boxSize: 16, dense },
        ),
      ),
    contact: (n) =>
      question(
        n,
        asks.contact,
        boxes(
          contactWays.map((way) => choices.contact[way]),
          3,
        ),
      ),
    goals: (n) =>
      question(
        n,
        asks.goals,
        answerGrid({
          items: goals,
          answers: importanceAnswers.map((answer) => choices.importance[answer]),
          answerWidth: 58,
          // The count of goals in English heads their column: a line of its own would push
          // the card past its one sheet.
          itemHeader: [words.goalHeader, englishCountWords(countMarked(goals))]
            .filter((part) => part !== '')
            .join(' — '),
          dense,
        }),
        goals.length <= shortGridRows,
      ),
    comments: (n) =>
      question(n, asks.comments, {
        ...writingLines(dense ? 3 : 4, contentWidth - 20, 23),
        margin: [20, 0, 0, 0],
      }),
  };
  const asked = cardQuestions(systemType, goals.length > 0);
  return pairedQuestions(asked.map((id, index) => ({ id, content: parts[id](index + 1) })));
}

function followUp(words: SurveyCardWords): Content {
  return {
    stack: [
      { text: words.followUp, style: 'question' },
      {
        table: {
          widths: ['auto', 150, 'auto', '*'],
          body: [
            [
              { text: `${words.name}:`, margin: [0, 2, 4, 0] },
              writeLine(150, 14),
              { text: `${words.addressOrPhone}:`, margin: [14, 2, 4, 0] },
              writeLine(180, 14),
            ],
          ],
        },
        layout: noLines,
        margin: [20, 2, 0, 0],
      },
      { text: words.privacy, style: 'small', margin: [20, 2, 0, 0] },
    ],
    unbreakable: true,
  };
}

/**
 * The printable survey and comment card (DOMAIN.md §3): the standard questions, in the words of
 * the services the utility runs (step 1's system type), a question on the board's external
 * goals, room to write, and where to return it. Two pages, one sheet
 * printed on both sides. Nothing a customer wrote is in it: it goes out blank.
 */
export function surveyCardDocument(input: SurveyCardInput): TDocumentDefinitions {
  const words = surveyCardWords[input.language];
  const name = input.utility.name.trim();
  // The footer wraps the utility's name, never cuts it (issue 11): the words beside it get the
  // width they need, the name the rest, and the bottom margin grows with its lines.
  const markWidth = Math.ceil(
    Math.max(estimatedWidth(words.turnOver, 8), estimatedWidth(words.thanks, 8)),
  );
  const nameWidth = contentWidth - markWidth - 90 - 2 * 12;
  const bottom = wrappedFooterMargin(name === '' ? words.title : name, nameWidth, 16, margins[3]);
  return {
    ...documentBase,
    pageMargins: [margins[0], margins[1], margins[2], bottom],
    defaultStyle: { ...documentBase.defaultStyle, fontSize: 10.5, lineHeight: 1.15 },
    styles: {
      ...documentBase.styles,
      title: { ...documentBase.styles.title, fontSize: 20 },
      question: {
        fontSize: 11,
        bold: true,
        lineHeight: 1.15,
        margin: asksBoth(input.utility.systemType) ? [0, 6, 0, 3] : [0, 9, 0, 4],
      },
      formHeader: { fontSize: 8.5, bold: true, color: palette.accent },
      strong: { bold: true },
      gridItem: { fontSize: 10 },
    },
    info: {
      title: name === '' ? words.title : `${words.title} — ${name}`,
      author: name === '' ? 'LOS Builder' : name,
      subject: words.heading,
      creator: 'LOS Builder',
    },
    footer: (page: number, count: number): Content => ({
      columns: [
        { text: name === '' ? words.title : [userText(name)], width: '*' },
        {
          text: page < count ? words.turnOver : words.thanks,
          width: markWidth,
          noWrap: true,
          bold: true,
          color: palette.ink,
        },
        { text: words.page(page, count), width: 90, alignment: 'right' },
      ],
      columnGap: 12,
      style: 'footer',
      margin: [margins[0], 16, margins[2], 0],
    }),
    content: [
      { text: words.kicker, style: 'kicker', margin: [0, 0, 0, 4] },
      name === '' ? { ...writingLines(1, 320, 20), margin: [0, 0, 0, 4] } : userText(name, 'title'),
      { text: words.heading, style: 'subtitle', margin: [0, 4, 0, 6] },
      { text: words.intro, lineHeight: 1.25 },
      returnBox(input, words),
      ...questions(input, words),
      followUp(words),
    ],
  };
}
