import type { Content } from 'pdfmake/interfaces';
import { answersIn } from '../domain/customers/answer-words';
import type { Language } from '../domain/printed-date';
import { runsSewer, runsWater, type SystemType } from '../domain/utility';
import { choiceGrid } from './form-parts';
import { palette } from './pdf-styles';
import type { SurveyCardWords } from './survey-card-words';

/** A numbered question kept on one page with its answers, when they are short. */
export function question(number: number, text: string, answers: Content, short = true): Content {
  return {
    stack: [
      {
        // The number hangs in its own column so a wrapped question lines up under itself.
        columns: [
          { text: `${number}.`, width: 20, color: palette.accent },
          { text, width: '*' },
        ],
        columnGap: 0,
        style: 'question',
      },
      answers,
    ],
    unbreakable: short,
  };
}

/** Two short questions side by side, so the card stays on one sheet. */
function side(left: Content, right: Content): Content {
  return { columns: [left, right], columnGap: 18 };
}

/**
 * The questions on the service itself, two side by side: how long a planned shutoff may last
 * and the notice wanted for drinking water; how soon a crew comes to a sewage backup and how
 * soon an overflow is told for sewer service.
 */
export function serviceQuestions(
  systemType: SystemType | null,
  words: SurveyCardWords,
  language: Language,
  next: () => number,
): Content[] {
  const dense = asksBoth(systemType);
  const boxes = (answers: string[]) => choiceGrid(answers, 2, { dense });
  const pairs: Content[] = [];
  if (runsWater(systemType)) {
    pairs.push(
      side(
        question(next(), words.outage, boxes(answersIn.outage(language, 'card'))),
        question(next(), words.notice, boxes(answersIn.notice(language, 'card'))),
      ),
    );
  }
  if (runsSewer(systemType)) {
    pairs.push(
      side(
        question(next(), words.cleanup, boxes(answersIn.cleanup(language, 'card'))),
        question(next(), words.overflowNotice, boxes(answersIn.overflowNotice(language, 'card'))),
      ),
    );
  }
  return pairs;
}

/**
 * Whether the card asks about both services: two more questions, so its questions sit a little
 * closer together and it stays on one sheet.
 */
export function asksBoth(systemType: SystemType | null): boolean {
  return runsWater(systemType) && runsSewer(systemType);
}
