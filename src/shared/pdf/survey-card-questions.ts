import type { Content } from 'pdfmake/interfaces';
import type { CardQuestion } from '../domain/customers/card-questions';
import { runsSewer, runsWater, type SystemType } from '../domain/utility';
import { palette } from './pdf-styles';

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

/** The service questions printed in pairs: a shutoff's length and notice; backup and overflow. */
const pairs: readonly (readonly [CardQuestion, CardQuestion])[] = [
  ['outage', 'notice'],
  ['cleanup', 'overflowNotice'],
];

/**
 * The card's questions in order, each pair of short service questions side by side: how long a
 * planned shutoff may last and the notice wanted for drinking water; how soon a crew comes to a
 * sewage backup and how soon an overflow is told for sewer service.
 */
export function pairedQuestions(
  parts: readonly { id: CardQuestion; content: Content }[],
): Content[] {
  const laidOut: Content[] = [];
  for (let index = 0; index < parts.length; index += 1) {
    const part = parts[index]!;
    const next = parts[index + 1];
    const paired = next && pairs.some(([left, right]) => part.id === left && next.id === right);
    if (paired) {
      laidOut.push(side(part.content, next.content));
      index += 1;
    } else {
      laidOut.push(part.content);
    }
  }
  return laidOut;
}

/**
 * Whether the card asks about both services: two more questions, so its questions sit a little
 * closer together and it stays on one sheet.
 */
export function asksBoth(systemType: SystemType | null): boolean {
  return runsWater(systemType) && runsSewer(systemType);
}
